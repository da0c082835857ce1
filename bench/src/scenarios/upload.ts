import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { makeFlac, makeMp3 } from '../support/audio-files.js';
import { type BenchContext, layoutsOf } from '../support/context.js';
import { postMultipart, uploadSong } from '../support/graphql.js';
import { peakGrowth } from '../support/processes.js';
import { mbps, met, mib, type Row, ratio, type ScenarioResult } from '../support/report.js';
import type { BenchStack } from '../support/stack.js';
import { folderImportRows } from './folder-import.js';

const MB = 1024 * 1024;
const RSS_LIMIT = 64 * MB;

async function sha256Of(path: string) {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function startUploadServer(directory: string) {
  const child = fork(new URL('../baselines/upload-server.ts', import.meta.url).pathname, [directory], {
    execArgv: ['--import', 'tsx'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (message: { url: string }) => resolve(message.url));
    child.once('exit', (code) => reject(new Error(`upload server exited with ${code}`)));
  });
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

/** The processes an upload passes through: the one process, or the gateway and the catalog. */
function uploadPids(stack: BenchStack): Record<string, number> {
  if (stack.layout === 'one process') return { 'the one process': stack.gateway.child.pid as number };
  return { 'the gateway': stack.gateway.child.pid as number, 'the catalog': stack.catalog.child.pid as number };
}

/** Scenario 3: uploads through the gateway against a plain Node server writing the same bytes to disk. */
export async function uploadScenario(context: BenchContext): Promise<ScenarioResult> {
  const { smoke, workDir } = context;
  const sizes = smoke ? [2 * MB] : [20 * MB, 200 * MB];
  const received = join(workDir, 'received');
  await mkdir(received, { recursive: true });
  const server = await startUploadServer(received);
  const rows: Row[] = [];
  try {
    const warmup = join(workDir, 'warmup.mp3');
    await makeMp3(warmup, MB);
    for (const { stack, session } of layoutsOf(context)) await uploadSong(stack.gateway.url, session.token, warmup);
    await postMultipart(server.url, warmup);
    for (const size of sizes) {
      const file = join(workDir, `upload-${size}.mp3`);
      await makeMp3(file, size);
      const expected = await sha256Of(file);
      let started = performance.now();
      await postMultipart(server.url, file);
      const baselineSeconds = (performance.now() - started) / 1000;
      const label = `${Math.round(size / MB)} MB`;

      for (const { stack, session } of layoutsOf(context)) {
        const oneProcess = stack.layout === 'one process';
        const watch = peakGrowth(uploadPids(stack));
        started = performance.now();
        const song = await uploadSong(stack.gateway.url, session.token, file, `Upload ${size}`);
        const seconds = (performance.now() - started) / 1000;
        const growth = watch.stop();
        if (song.sha256 !== expected)
          throw new Error(`upload of ${size} bytes stored ${song.sha256}, sent ${expected}`);

        const ours = song.sizeBytes / seconds;
        const base = song.sizeBytes / baselineSeconds;
        rows.push({
          measure: `${stack.layout}, ${label} upload: throughput`,
          value: mbps(ours),
          baseline: mbps(base),
          ratio: ratio(ours, base),
          target: oneProcess ? '≥ 0.5×' : 'reported',
          met: oneProcess ? met(ours >= 0.5 * base) : '',
        });
        for (const [name, bytes] of Object.entries(growth)) {
          rows.push({
            measure: `${stack.layout}, ${label} upload: peak RSS growth of ${name}`,
            value: mib(bytes),
            baseline: '64 MiB',
            ratio: ratio(bytes, RSS_LIMIT),
            target: '< 64 MiB',
            met: met(bytes < RSS_LIMIT),
          });
        }
      }
      await rm(file);
    }
    rows.push(...(await flacUploadRows(context, server.url, smoke ? 20 : 300)));
  } finally {
    await server.stop();
  }
  const folderImport = await folderImportRows(context);
  rows.push(...folderImport.rows);
  return {
    title: '3. Uploads through the gateway, both layouts',
    baselineName:
      'a plain Node HTTP server piping the same multipart body to a file on disk; for the folder import, the same import one file at a time',
    rows,
    notes: [
      'One upload at a time after a 1 MB warm-up (one to each layout); each size goes to the baseline, then one process, then separate. The MP3 is a real CBR recording repeated to size, streamed from disk; the stored SHA-256 is checked.',
      'Sp0t1fy streams the file to the catalog (in one process within the process; separate, gateway → catalog over HTTP), stages it, hashes it, walks every MPEG frame to measure the duration and stores it by hash; RSS growth is the peak (kernel high-water mark, reset before the upload) over the RSS before it. In one process the one process holds both parts, against the same 64 MiB.',
      'The FLAC rows: a FLAC of five minutes (20 s in smoke runs), generated with ffmpeg, uploaded once per layout. Besides staging and hashing, the catalog proves it decodes with ffmpeg (a slice at the start and one at the end its header claims), so the time over the baseline is mostly that check and does not grow with the length.',
      folderImport.note,
    ],
  };
}

/** One FLAC upload per layout against the baseline server: what the decodability check costs. */
async function flacUploadRows(context: BenchContext, baselineUrl: string, seconds: number): Promise<Row[]> {
  const file = join(context.workDir, `upload-${seconds}s.flac`);
  await makeFlac(file, seconds);
  const rows: Row[] = [];
  try {
    const expected = await sha256Of(file);
    let started = performance.now();
    await postMultipart(baselineUrl, file);
    const baselineSeconds = (performance.now() - started) / 1000;
    const label = seconds >= 60 ? `${Math.round(seconds / 60)} min FLAC` : `${seconds} s FLAC`;
    for (const { stack, session } of layoutsOf(context)) {
      started = performance.now();
      const song = await uploadSong(stack.gateway.url, session.token, file, `Lossless ${seconds}`);
      const uploadSeconds = (performance.now() - started) / 1000;
      if (song.sha256 !== expected) throw new Error(`FLAC upload stored ${song.sha256}, sent ${expected}`);
      rows.push({
        measure: `${stack.layout}, ${label} (${mib(song.sizeBytes)}) upload: time`,
        value: `${uploadSeconds.toFixed(2)} s`,
        baseline: `${baselineSeconds.toFixed(2)} s`,
        ratio: ratio(uploadSeconds, baselineSeconds),
        target: 'reported',
        met: '',
      });
    }
  } finally {
    await rm(file, { force: true });
  }
  return rows;
}
