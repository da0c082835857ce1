import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, two folders above web/. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** What `npm start` runs: the gateway with every subgraph in its process. */
const ENTRY = 'gateway/dist/main.js';

export interface RunningStack {
  url: string;
  /** Everything the services printed, for a failing test's message. */
  output(): string;
  close(): Promise<void>;
}

/** What is missing for `npm start`'s stack to run: built services and the built web app. */
export function missingBuilds(): string[] {
  const needed = [ENTRY, 'web/dist/index.html'];
  return needed.filter((path) => !existsSync(join(ROOT, path)));
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

async function waitUntilReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url} exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 200));
  }
  throw new Error(`${url} did not become ready within ${timeoutMs} ms`);
}

/**
 * Starts the built product as `npm start` does (node gateway/dist/main.js, one process), on embedded
 * defaults: a fresh DATA_DIR, no database or Redis URL, no subgraph URL, generated secrets. Only the
 * port differs.
 */
export async function startStack(): Promise<RunningStack> {
  const dataDir = await mkdtemp(join(tmpdir(), 'sp0t1fy-e2e-'));
  const port = await freePort();
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    // The test runner's own settings (NODE_ENV=test, stores and URLs from CI) are not what `npm start` sees.
    if (value === undefined || name === 'NODE_ENV' || /_URL$|^JWT_SECRET$/.test(name)) continue;
    env[name] = value;
  }
  Object.assign(env, {
    PORT: String(port),
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
    LOG_FORMAT: 'json',
  });

  let output = '';
  const child = spawn(process.execPath, [ENTRY], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  const close = async () => {
    await new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        done();
      });
      child.kill('SIGTERM');
    });
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await waitUntilReady(`http://127.0.0.1:${port}/ready`, child, 240_000);
  } catch (error) {
    await close();
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return { url: `http://127.0.0.1:${port}`, output: () => output, close };
}
