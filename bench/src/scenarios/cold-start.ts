import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { subgraphs, variablesOf } from '@sp0t1fy/schema';
import { freePort, waitFor } from '../support/ports.js';
import { descendantsOf, pssOf, rssOf, startProcess } from '../support/processes.js';
import { met, mib, type Row, ratio, type ScenarioResult } from '../support/report.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ONE_PROCESS_FIRST_START_MS = 4_000;
const ONE_PROCESS_RESTART_MS = 3_000;
const ONE_PROCESS_RSS = 300 * 1024 * 1024;

/** Only what a fresh shell has: no database, Redis or port settings leak in from the harness. */
function cleanEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of ['PATH', 'HOME', 'TMPDIR', 'LANG']) if (process.env[name]) env[name] = process.env[name] as string;
  return { ...env, ...extra };
}

/** What to launch: node processes, and the URLs that all answer when it is ready. */
interface Launch {
  commands: string[][];
  env: Record<string, string>;
  readyUrls: string[];
}

interface Running {
  readyMs: number;
  /** When it became ready (performance.now()). */
  readyAt: number;
  /** Its processes now, children of a supervisor included. */
  pids(): number[];
  stop(): Promise<void>;
}

async function launch({ commands, env, readyUrls }: Launch): Promise<Running> {
  const started = performance.now();
  const processes = commands.map((args) => startProcess(process.execPath, args, env));
  const stop = async () => {
    await Promise.all(processes.map((child) => child.stop()));
  };
  try {
    const readyMs = Math.max(...(await Promise.all(readyUrls.map((url) => waitFor(url, 180_000, started)))));
    // Something else answering on a port would pass for ready: each process must still be running.
    const exited = processes.filter(({ child }) => child.exitCode !== null || child.signalCode !== null);
    if (exited.length > 0) throw new Error(`${exited.map(({ child }) => child.spawnargs.join(' ')).join(', ')} exited`);
    const pids = () => processes.flatMap(({ child }) => [child.pid as number, ...descendantsOf(child.pid as number)]);
    return { readyMs, readyAt: started + readyMs, pids, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

const url = (port: number) => `http://127.0.0.1:${port}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** `node gateway/dist/main.js`, what `npm start` runs: the gateway hosting every subgraph. */
async function oneProcess(dataDir: string): Promise<Launch> {
  const port = await freePort(5970);
  return {
    commands: [[join(ROOT, 'gateway/dist/main.js')]],
    env: cleanEnv({ DATA_DIR: dataDir, LOG_LEVEL: 'warn', LOG_FORMAT: 'json', PORT: String(port) }),
    readyUrls: [`${url(port)}/ready`],
  };
}

/** `node gateway/dist/start-services.js` (npm run start:services): a process per subgraph and the gateway. */
async function separate(dataDir: string): Promise<Launch> {
  const env = cleanEnv({ DATA_DIR: dataDir, LOG_LEVEL: 'warn', LOG_FORMAT: 'json' });
  const readyUrls: string[] = [];
  let port = 5975;
  for (const entry of subgraphs) {
    port = await freePort(port + 1);
    env[variablesOf(entry).port] = String(port);
    readyUrls.push(`${url(port)}/ready`);
  }
  port = await freePort(port + 1);
  env.PORT = String(port);
  readyUrls.push(`${url(port)}/ready`);
  return { commands: [[join(ROOT, 'gateway/dist/start-services.js')]], env, readyUrls };
}

/** `count` bare Node HTTP servers, started together: what a process costs before any of our code. */
async function bareServers(count: number, from: number): Promise<Launch> {
  const bare = `require('node:http').createServer((q, s) => s.end('ok')).listen(Number(process.argv[1]), '127.0.0.1')`;
  const ports: number[] = [];
  for (let index = 0; index < count; index++) ports.push(await freePort((ports.at(-1) ?? from - 1) + 1));
  return {
    commands: ports.map((port) => ['-e', bare, String(port)]),
    env: cleanEnv({}),
    readyUrls: ports.map(url),
  };
}

interface Reading {
  running: Running;
  processes: number;
  rss: number;
  pss: number;
  settledRss: number;
}

const sum = (pids: number[], of: (pid: number) => number) => pids.reduce((total, pid) => total + of(pid), 0);

/**
 * Scenario 5: each layout from its `node …js` on embedded defaults to ready, started again on the same
 * data, and its idle memory; against bare Node servers, one per process of the layout.
 */
export async function coldStartScenario(options: { smoke: boolean }): Promise<ScenarioResult> {
  const dataDirs = await Promise.all([0, 1].map(() => mkdtemp(join(tmpdir(), 'sp0t1fy-bench-cold-'))));
  const idleMs = options.smoke ? 500 : 5_000;
  // V8 gives back start-up garbage and young-generation space only after some idle seconds (its memory reducer).
  const settledMs = options.smoke ? 1_000 : 60_000;
  const all: Running[] = [];
  try {
    const layouts = [
      { name: 'one process (`node gateway/dist/main.js`)', launch: await oneProcess(dataDirs[0] as string) },
      { name: 'separate (`node gateway/dist/start-services.js`)', launch: await separate(dataDirs[1] as string) },
    ];
    // Each starts while the ones before it idle (costing it next to no CPU); the memory readings of
    // all of them are taken at the same times after their own ready, so the minute of settling is shared.
    const readings: Reading[] = [];
    const begin = async (launched: Launch) => {
      const running = await launch(launched);
      all.push(running);
      await sleep(running.readyAt + idleMs - performance.now());
      const pids = running.pids();
      readings.push({ running, processes: pids.length, rss: sum(pids, rssOf), pss: sum(pids, pssOf), settledRss: 0 });
    };
    for (const { launch: launched } of layouts) await begin(launched);
    const [oneReading, separateReading] = [readings[0] as Reading, readings[1] as Reading];
    // Bare servers, as many as each layout has processes (the supervisor of start-services counted).
    await begin(await bareServers(oneReading.processes, 5985));
    await begin(await bareServers(separateReading.processes, 5990));
    for (const reading of readings) {
      await sleep(reading.running.readyAt + settledMs - performance.now());
      reading.settledRss = sum(reading.running.pids(), rssOf);
    }
    for (const running of all.splice(0)) await running.stop();

    // Restart: the same data directory, databases already created and migrated (not in a smoke run).
    const restarts: Array<number | undefined> = [];
    for (const { launch: launched } of layouts) {
      if (options.smoke) {
        restarts.push(undefined);
        continue;
      }
      const running = await launch(launched);
      await running.stop();
      restarts.push(running.readyMs);
    }

    const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;
    const rows: Row[] = [];
    layouts.forEach(({ name }, index) => {
      const reading = readings[index] as Reading;
      const base = readings[index + 2] as Reading;
      const restart = restarts[index];
      const isOne = index === 0;
      const judged = (ok: boolean, target: string) =>
        isOne ? { target, met: met(ok) } : { target: 'reported', met: '' as const };
      const processes = `${reading.processes} process${reading.processes === 1 ? '' : 'es'}`;
      rows.push(
        {
          measure: `${name}: first start to ready (fresh DATA_DIR: PGlite created and migrated)`,
          value: seconds(reading.running.readyMs),
          baseline: seconds(base.running.readyMs),
          ratio: ratio(reading.running.readyMs, base.running.readyMs),
          ...judged(reading.running.readyMs < ONE_PROCESS_FIRST_START_MS, '< 4 s'),
        },
        ...(restart === undefined
          ? []
          : [
              {
                measure: `${name}: restart to ready (existing DATA_DIR)`,
                value: seconds(restart),
                baseline: seconds(base.running.readyMs),
                ratio: ratio(restart, base.running.readyMs),
                ...judged(restart < ONE_PROCESS_RESTART_MS, '< 3 s'),
              },
            ]),
        {
          measure: `${name}: idle RSS of the ${processes}, ${idleMs / 1000} s after ready`,
          value: mib(reading.rss),
          baseline: mib(base.rss),
          ratio: ratio(reading.rss, base.rss),
          ...judged(reading.rss < ONE_PROCESS_RSS, '< 300 MiB'),
        },
        {
          measure: `${name}: idle PSS of the ${processes}, ${idleMs / 1000} s after ready (pages they share counted once)`,
          value: mib(reading.pss),
          baseline: mib(base.pss),
          ratio: ratio(reading.pss, base.pss),
          target: 'reported',
          met: '',
        },
        {
          measure: `${name}: idle RSS of the ${processes}, ${settledMs / 1000} s after ready`,
          value: mib(reading.settledRss),
          baseline: mib(base.settledRss),
          ratio: ratio(reading.settledRss, base.settledRss),
          target: 'reported',
          met: '',
        },
      );
    });
    return {
      title: '5. Cold start and idle memory (embedded defaults), both layouts',
      baselineName: 'bare Node HTTP servers (`http.createServer`), one per process of the layout, started the same way',
      rows,
      notes: [
        '`npm start` runs `turbo run build` first (cached: about a second when nothing changed), then `node gateway/dist/main.js`; the timing starts at that command and ends when /ready answers. The separate layout is `npm run start:services` without its build: ready when every subgraph and the gateway answer /ready, its memory summed over the supervisor and its children.',
        'One process starts first on a quiet machine; the separate layout and then the baselines start while the ones before them idle, and every reading is taken the same time after its own ready. Restarts run one at a time with nothing else up.',
      ],
    };
  } finally {
    for (const running of all) await running.stop();
    await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  }
}
