import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { SMALL_MP3 } from '../support/audio-files.js';
import type { BenchContext } from '../support/context.js';
import { cpuSecondsOf } from '../support/processes.js';
import { met, perSecond, type Row, ratio } from '../support/report.js';

const IMPORT_CLI = join(
  dirname(createRequire(import.meta.url).resolve('@sp0t1fy/import/package.json')),
  'dist/main.js',
);
const TARGET = 3;

/**
 * `count` distinct small MP3s in nested folders (100 to a folder): the small fixture with an ID3v1
 * tag naming each one, so every file is new to the library.
 */
async function makeFolder(root: string, count: number, label: string): Promise<number> {
  const source = await readFile(SMALL_MP3);
  let bytes = 0;
  for (let index = 0; index < count; index++) {
    const tag = Buffer.alloc(128);
    tag.write('TAG', 0, 'latin1');
    tag.write(`Import ${label} ${index}`.slice(0, 30), 3, 'latin1');
    tag.write('Bench', 33, 'latin1');
    tag[127] = 255; // no genre
    const folder = join(root, `disc-${Math.floor(index / 100)}`);
    await mkdir(folder, { recursive: true });
    const file = Buffer.concat([source, tag]);
    await writeFile(join(folder, `track-${index}.mp3`), file);
    bytes += file.length;
  }
  return bytes;
}

interface ImportRun {
  seconds: number;
  /** CPU the product's one process used meanwhile, as a share of one core. */
  serverCoreShare: number;
}

/** Runs the import command on a folder; its wall time, start-up and sign-in included. */
function runImport(context: BenchContext, folder: string, concurrency: number): Promise<ImportRun> {
  const { stack, session } = context;
  const serverPid = stack.gateway.child.pid as number;
  const serverCpuBefore = cpuSecondsOf(serverPid);
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [IMPORT_CLI, folder, '--server', stack.gateway.url, '--email', session.email, '--concurrency', String(concurrency)],
    { env: { ...process.env, SP0T1FY_PASSWORD: session.password }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const summary = output.split('\n').find((line) => line.startsWith('Imported '));
      // Every file must have been sent: a refusal or a file already there would measure something else.
      if (code !== 0 || !summary?.includes('already there 0, refused 0, failed 0')) {
        reject(
          new Error(
            `import --concurrency ${concurrency} did not import every file (exit ${code}):\n${output.slice(-2000)}`,
          ),
        );
      } else resolve({ seconds, serverCoreShare: (cpuSecondsOf(serverPid) - serverCpuBefore) / seconds });
    });
  });
}

/**
 * Beside the single-file uploads: a folder of small files imported by `npm run import` with
 * --concurrency 4 against one at a time, on the one-process layout. Each run gets a folder of its own
 * files, so both send every file.
 */
export async function folderImportRows(context: BenchContext): Promise<{ rows: Row[]; note: string }> {
  const count = context.smoke ? 20 : 1000;
  const sizeBytes = await makeFolder(join(context.workDir, 'import-1'), count, 'c1');
  await makeFolder(join(context.workDir, 'import-4'), count, 'c4');
  const load = { before: loadavg()[0] ?? 0, after: () => loadavg()[0] ?? 0 };
  const one = await runImport(context, join(context.workDir, 'import-1'), 1);
  const four = await runImport(context, join(context.workDir, 'import-4'), 4);
  const oneAtATime = count / one.seconds;
  const fourAtATime = count / four.seconds;
  const busy = (run: ImportRun) => `${Math.round(run.serverCoreShare * 100)} %`;
  return {
    rows: [
      {
        measure: `one process, folder import of ${count.toLocaleString('en')} small files (${(sizeBytes / count / 1000).toFixed(1)} kB each): --concurrency 4 vs 1`,
        value: perSecond(fourAtATime),
        baseline: perSecond(oneAtATime),
        ratio: ratio(fourAtATime, oneAtATime),
        target: `≥ ${TARGET}×`,
        met: met(fourAtATime >= TARGET * oneAtATime),
      },
    ],
    note: `Folder import: \`npm run import\` (import/dist/main.js, its own process) on ${count.toLocaleString('en')} distinct small MP3s in folders of 100, files per second over the whole command (start-up, sign-in, hashing, the songsBySha256 look-ups, the uploads); one at a time first, then 4 at a time on a second folder of new files, against the one-process stack on PostgreSQL and Redis. The client, the gateway and PostgreSQL share the 2 cores. The product's one process was busy ${busy(one)} of a core one at a time and ${busy(four)} four at a time; the 1-minute load average was ${load.before.toFixed(1)} before the two runs and ${load.after().toFixed(1)} after. One at a time, each file is a chain of waits (client reads and hashes, gateway, catalog probe and store, a PostgreSQL transaction, the answer back) that concurrency overlaps; the overlap is bounded by the 2 cores the client, the product and PostgreSQL share, so with 4 in flight the cores, not the importer, set the pace, and a loaded machine (other jobs count in the load average) lowers the ratio further.`,
  };
}
