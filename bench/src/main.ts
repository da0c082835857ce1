/**
 * npm run bench [-- --smoke] [-- --only=1,3] [-- --cpu-prof=gateway,catalog]
 *
 * Starts what each scenario needs, runs it against its baseline in this run on this machine, and
 * writes bench/RESULTS.md (a full run) or prints the tables (--smoke: every scenario, tiny, to catch a
 * broken harness; --only: some scenarios). Scenarios run on the one-process layout (what `npm start`
 * runs) and, where a row compares layouts, on the separate one too; both stacks are up for the run.
 * --cpu-prof starts those services with node --cpu-prof (in one process, naming any of them profiles
 * the one process), writing profiles to bench/profiles/.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { audioScenario } from './scenarios/audio.js';
import { coldStartScenario } from './scenarios/cold-start.js';
import { gatewayOverheadScenario } from './scenarios/gateway-overhead.js';
import { libraryScaleScenario } from './scenarios/library-scale.js';
import { loginScenario } from './scenarios/login.js';
import { smartPlaylistsScenario } from './scenarios/smart-playlists.js';
import { transcodingScenario } from './scenarios/transcoding.js';
import { uploadScenario } from './scenarios/upload.js';
import type { BenchContext } from './support/context.js';
import { register } from './support/graphql.js';
import { renderScenario, type ScenarioResult } from './support/report.js';
import { type BenchStack, type Layout, startStack } from './support/stack.js';

const { values } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    only: { type: 'string' },
    'cpu-prof': { type: 'string' },
  },
});
const smoke = values.smoke ?? false;
const only = values.only ? new Set(values.only.split(',').map(Number)) : undefined;
const wanted = (scenario: number) => !only || only.has(scenario);
const benchDir = fileURLToPath(new URL('../', import.meta.url));
const profileDir = join(benchDir, 'profiles');
const profile = values['cpu-prof']?.split(',');
if (profile) await mkdir(profileDir, { recursive: true });

const started = new Date();
const results: ScenarioResult[] = [];
const log = (message: string) =>
  console.log(`[bench ${((Date.now() - started.getTime()) / 1000).toFixed(0)} s] ${message}`);

// Cold start first, on a quiet machine, before the PostgreSQL stacks exist.
if (wanted(5)) {
  log('5. cold start');
  results.push(await coldStartScenario({ smoke }));
}

const stackScenarios: Array<[number, string, (context: BenchContext) => Promise<ScenarioResult>]> = [
  [1, 'audio route vs nginx', audioScenario],
  [2, 'gateway overhead', gatewayOverheadScenario],
  [3, 'uploads', uploadScenario],
  [6, 'sign-in cost', loginScenario],
  [7, 'transcoding', transcodingScenario],
  // Last: it seeds 100,000 songs into the library the others use.
  [4, 'library of 100,000 songs', libraryScaleScenario],
  // After 4, on its songs: adds 1,000,000 plays.
  [8, 'smart playlists', smartPlaylistsScenario],
];
if (stackScenarios.some(([number]) => wanted(number))) {
  const workDir = await mkdtemp(join(tmpdir(), 'sp0t1fy-bench-work-'));
  const stacks: BenchStack[] = [];
  try {
    const signIn = async (layout: Layout) => {
      log(`starting the ${layout} stack on PostgreSQL and Redis`);
      const stack = await startStack({ layout, ...(profile ? { profileDir, profile } : {}) });
      stacks.push(stack);
      return { stack, session: await register(stack.gateway.url) };
    };
    // Both stay up for the whole run (idle, they cost the other next to no CPU): scenarios that
    // compare layouts measure one after the other on the same machine state.
    const oneProcess = await signIn('one process');
    const context: BenchContext = {
      smoke,
      workDir,
      ...oneProcess,
      separate: await signIn('separate'),
      seconds: smoke ? 1 : 10,
    };
    for (const [number, name, scenario] of stackScenarios) {
      if (!wanted(number)) continue;
      log(`${number}. ${name}`);
      results.push(await scenario(context));
    }
  } finally {
    for (const stack of stacks) await stack.close();
    await rm(workDir, { recursive: true, force: true });
  }
}

results.sort((a, b) => a.title.localeCompare(b.title));
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const report = [
  '# Benchmark results',
  '',
  `Written by \`npm run bench\`${smoke ? ' --smoke (tiny runs: the figures mean nothing)' : ''} on ${started.toISOString()}.`,
  '',
  `Machine: ${availableParallelism()} cores (${cpu}), ${(totalmem() / 1024 ** 3).toFixed(1)} GiB memory, Node ${process.version}, ${process.platform} ${process.arch}. Load comes from the harness's own process on loopback (the audio downloads from wrk, or undici in a child process), sharing the cores with the servers.`,
  '',
  ...results.map(renderScenario),
  // What profiling found and what was fixed, written by hand (profiles do not summarise themselves).
  await readFile(join(benchDir, 'PROFILE.md'), 'utf8').catch(() => ''),
].join('\n');

if (smoke || only) {
  console.log(report);
} else {
  await writeFile(join(benchDir, 'RESULTS.md'), report);
  log(`wrote ${join(benchDir, 'RESULTS.md')}`);
}
const missed = results.flatMap((result) => result.rows.filter((row) => row.met === 'no').map((row) => row.measure));
log(missed.length ? `targets missed: ${missed.join('; ')}` : 'every target met');
