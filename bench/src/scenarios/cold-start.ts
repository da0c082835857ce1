import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, waitFor } from '../support/ports.js';
import { pssOf, rssOf, startProcess } from '../support/processes.js';
import { met, mib, ratio, type ScenarioResult } from '../support/report.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const READY_TARGET_MS = 15_000;
const RSS_TARGET = 600 * 1024 * 1024;

/** Only what a fresh shell has: no database, Redis or port settings leak in from the harness. */
function cleanEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of ['PATH', 'HOME', 'TMPDIR', 'LANG']) if (process.env[name]) env[name] = process.env[name] as string;
  return { ...env, ...extra };
}

async function startAll(commands: Array<{ args: string[]; readyUrl: string }>, env: Record<string, string>) {
  const started = performance.now();
  const processes = commands.map(({ args }) => startProcess(process.execPath, args, env));
  try {
    const readyMs = Math.max(
      ...(await Promise.all(commands.map(({ readyUrl }) => waitFor(readyUrl, 180_000, started)))),
    );
    // Something else answering on a port would pass for ready: each process must still be running.
    const exited = processes.filter(({ child }) => child.exitCode !== null || child.signalCode !== null);
    if (exited.length > 0) throw new Error(`${exited.map(({ child }) => child.spawnargs.join(' ')).join(', ')} exited`);
    return { processes, readyMs };
  } catch (error) {
    await Promise.all(processes.map((child) => child.stop()));
    throw error;
  }
}

/** Scenario 5: the four services from `node dist/main.js` on embedded defaults to a ready stack, and idle RSS. */
export async function coldStartScenario(options: { smoke: boolean }): Promise<ScenarioResult> {
  const dataDir = await mkdtemp(join(tmpdir(), 'sp0t1fy-bench-cold-'));
  const ports = [await freePort(5970)];
  for (let index = 1; index < 4; index++) ports.push(await freePort((ports[index - 1] as number) + 1));
  const [users, catalog, playback, gateway] = ports as [number, number, number, number];
  const url = (port: number) => `http://127.0.0.1:${port}`;
  const env = cleanEnv({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    LOG_FORMAT: 'json',
    USERS_PORT: String(users),
    CATALOG_PORT: String(catalog),
    PLAYBACK_PORT: String(playback),
    PORT: String(gateway),
    USERS_URL: url(users),
    CATALOG_URL: url(catalog),
    PLAYBACK_URL: url(playback),
  });
  const idleMs = options.smoke ? 500 : 5_000;
  // V8 gives back start-up garbage and young-generation space only after some idle seconds (its memory reducer).
  const settledMs = options.smoke ? 1_000 : 60_000;
  const sum = (pids: number[], of: (pid: number) => number) => pids.reduce((total, pid) => total + of(pid), 0);
  try {
    const stack = await startAll(
      [
        { args: [join(ROOT, 'subgraphs/users/dist/main.js')], readyUrl: `${url(users)}/ready` },
        { args: [join(ROOT, 'subgraphs/catalog/dist/main.js')], readyUrl: `${url(catalog)}/ready` },
        { args: [join(ROOT, 'subgraphs/playback/dist/main.js')], readyUrl: `${url(playback)}/ready` },
        { args: [join(ROOT, 'gateway/dist/main.js')], readyUrl: `${url(gateway)}/ready` },
      ],
      env,
    );
    const stackPids = stack.processes.map(({ child }) => child.pid as number);
    await new Promise((resolve) => setTimeout(resolve, idleMs));
    const stackRss = sum(stackPids, rssOf);
    const stackPss = sum(stackPids, pssOf);
    await new Promise((resolve) => setTimeout(resolve, settledMs - idleMs));
    const settledRss = sum(stackPids, rssOf);
    await Promise.all(stack.processes.map((child) => child.stop()));

    // Warm start: the same data directory, databases already created and migrated (not in a smoke run).
    const warm = options.smoke
      ? undefined
      : await startAll(
          [
            { args: [join(ROOT, 'subgraphs/users/dist/main.js')], readyUrl: `${url(users)}/ready` },
            { args: [join(ROOT, 'subgraphs/catalog/dist/main.js')], readyUrl: `${url(catalog)}/ready` },
            { args: [join(ROOT, 'subgraphs/playback/dist/main.js')], readyUrl: `${url(playback)}/ready` },
            { args: [join(ROOT, 'gateway/dist/main.js')], readyUrl: `${url(gateway)}/ready` },
          ],
          env,
        );
    await Promise.all((warm?.processes ?? []).map((child) => child.stop()));

    const bare = `require('node:http').createServer((q, s) => s.end('ok')).listen(Number(process.argv[1]), '127.0.0.1')`;
    const baseline = await startAll(
      ports.map((port) => ({ args: ['-e', bare, String(port)], readyUrl: url(port) })),
      env,
    );
    const baselinePids = baseline.processes.map(({ child }) => child.pid as number);
    await new Promise((resolve) => setTimeout(resolve, idleMs));
    const baselineRss = sum(baselinePids, rssOf);
    const baselinePss = sum(baselinePids, pssOf);
    await new Promise((resolve) => setTimeout(resolve, settledMs - idleMs));
    const baselineSettledRss = sum(baselinePids, rssOf);
    await Promise.all(baseline.processes.map((child) => child.stop()));

    const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;
    return {
      title: '5. Cold start and idle memory (embedded defaults)',
      baselineName: 'four bare Node HTTP servers (`http.createServer`), started the same way',
      rows: [
        {
          measure: 'first start to every /ready (fresh DATA_DIR: PGlite created and migrated)',
          value: seconds(stack.readyMs),
          baseline: seconds(baseline.readyMs),
          ratio: ratio(stack.readyMs, baseline.readyMs),
          target: '< 15 s',
          met: met(stack.readyMs < READY_TARGET_MS),
        },
        ...(warm
          ? [
              {
                measure: 'restart to every /ready (existing DATA_DIR)',
                value: seconds(warm.readyMs),
                baseline: seconds(baseline.readyMs),
                ratio: ratio(warm.readyMs, baseline.readyMs),
                target: '< 15 s',
                met: met(warm.readyMs < READY_TARGET_MS),
              },
            ]
          : []),
        {
          measure: `idle RSS of the four processes, ${idleMs / 1000} s after ready`,
          value: mib(stackRss),
          baseline: mib(baselineRss),
          ratio: ratio(stackRss, baselineRss),
          target: '< 600 MiB',
          met: met(stackRss < RSS_TARGET),
        },
        {
          measure: `idle PSS of the four processes, ${idleMs / 1000} s after ready (pages they share counted once)`,
          value: mib(stackPss),
          baseline: mib(baselinePss),
          ratio: ratio(stackPss, baselinePss),
          target: 'reported',
          met: '',
        },
        {
          measure: `idle RSS of the four processes, ${settledMs / 1000} s after ready`,
          value: mib(settledRss),
          baseline: mib(baselineSettledRss),
          ratio: ratio(settledRss, baselineSettledRss),
          target: 'reported',
          met: '',
        },
      ],
      notes: [
        '`npm start` also runs `turbo run build` first (cached: about a second when nothing changed); the timing starts at `node subgraphs/*/dist/main.js` and `node gateway/dist/main.js`, launched together as `npm start` does, and ends when all four answer /ready.',
      ],
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
