import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const main = new URL('../dist/main.js', import.meta.url).pathname;

/** The users service as `npm start` runs it: its own process, embedded PGlite under DATA_DIR. */
async function startProcess(dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, DATA_DIR: dataDir, USERS_PORT: String(port), LOG_LEVEL: 'warn', LOG_FORMAT: 'json' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // Generous: a loaded CI machine can take many seconds to open PGlite and replay its log.
  for (let attempt = 0; attempt < 900; attempt++) {
    if (child.exitCode !== null) throw new Error(`users exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/ready`)).ok) return child;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('users did not become ready');
}

async function graphql(port: number, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: Record<string, { user: { id: string }; token: string } | null>;
    errors?: Array<{ extensions?: { code?: string; reason?: string } }>;
  };
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

describe('the embedded store after a crash', () => {
  let dataDir: string;
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('keeps accounts and sign-outs when the process is killed with SIGKILL and started again', {
    timeout: 240_000,
  }, async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'users-crash-'));
    const port = await freePort();
    const first = await startProcess(dataDir, port);
    const registered = await graphql(
      port,
      'mutation ($email: String!, $password: String!) { register(email: $email, password: $password) { token user { id } } }',
      { email: 'survivor@example.com', password: 'still here after a crash' },
    );
    expect(registered.errors).toBeUndefined();
    const signedOutToken = registered.data?.register?.token;
    expect((await graphql(port, 'mutation { logout }', {}, signedOutToken)).errors).toBeUndefined();
    const exited = new Promise((resolve) => first.once('exit', resolve));
    first.kill('SIGKILL');
    await exited;

    const second = await startProcess(dataDir, port);
    try {
      const login = await graphql(
        port,
        'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { user { id } } }',
        { email: 'survivor@example.com', password: 'still here after a crash' },
      );
      expect(login.errors).toBeUndefined();
      expect(login.data?.login?.user.id).toBe(registered.data?.register?.user.id);
      const me = await graphql(port, '{ me { id } }', {}, signedOutToken);
      expect(me.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_REVOKED' });
    } finally {
      const stopped = new Promise((resolve) => second.once('exit', resolve));
      second.kill('SIGTERM');
      expect(await stopped).toBe(0);
    }
  });
});
