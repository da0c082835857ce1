import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { subgraphs, variablesOf } from '@sp0t1fy/schema';
import { afterAll, describe, expect, it } from 'vitest';
import { createClient } from './support/client.js';
import { freePort } from './support/fault-servers.js';
import { seed } from './support/seed.js';
import { readFixture } from './support/uploads.js';

const GATEWAY_DIST = new URL('../dist/', import.meta.url).pathname;
const RECORD_PLAY = /* GraphQL */ `
  mutation ($songId: ID!) { recordPlayback(songId: $songId, action: PLAY, positionSeconds: 0) { id } }
`;
const SONG = /* GraphQL */ `query ($id: ID!) { song(id: $id) { id title streamUrl myPlayCount } }`;

interface Started {
  child: ChildProcess;
  url: string;
  output(): string;
}

/** A built entry point (`npm start`'s main.js or start:services) on embedded defaults, as a user runs it. */
async function startEntry(entry: string, env: Record<string, string>): Promise<Started> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !/_URL$|^JWT_SECRET$/.test(name)),
  );
  let output = '';
  const child = spawn(process.execPath, [join(GATEWAY_DIST, entry)], {
    env: { ...inherited, LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn', LOG_FORMAT: 'json', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const url = `http://127.0.0.1:${env.PORT}`;
  await waitUntilReady(url, child, () => output);
  return { child, url, output: () => output };
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  // Generous: a loaded CI machine can take many seconds to open PGlite and replay its log.
  for (let attempt = 0; attempt < 1200; attempt++) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${url}/ready`)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not become ready:\n${output()}`);
}

const exitOf = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null)
      resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });

/** Node processes whose parent is `pid`. */
async function childrenOf(pid: number): Promise<number[]> {
  const { readdir, readFile } = await import('node:fs/promises');
  const found: number[] = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (parent === pid) found.push(Number(name));
  }
  return found;
}

describe('npm start: the whole product in one process', () => {
  const dataDirs: string[] = [];
  afterAll(() => Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('keeps accounts, songs, plays and sign-outs through kill -9, and stops cleanly on Ctrl-C', {
    timeout: 300_000,
  }, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'one-process-'));
    dataDirs.push(dataDir);
    const env = { DATA_DIR: dataDir, PORT: String(await freePort()) };
    const first = await startEntry('main.js', env);
    // One process: the subgraphs are not children of it.
    expect(await childrenOf(first.child.pid as number)).toEqual([]);

    const client = createClient(first.url);
    const ann = await seed(client).user();
    const signedOut = await seed(client).user();
    const song = await seed(client).song(ann);
    expect((await ann.client.request(RECORD_PLAY, { songId: song.id })).errors).toBeUndefined();
    expect((await signedOut.client.request('mutation { logout }')).errors).toBeUndefined();
    first.child.kill('SIGKILL');
    expect((await exitOf(first.child)).signal).toBe('SIGKILL');

    const second = await startEntry('main.js', env);
    try {
      const login = await client.request<{ login: { token: string } }>(
        'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
        { email: ann.email, password: ann.password },
      );
      expect(login.errors).toBeUndefined();
      const again = client.as(login.data?.login.token as string);
      const found = await again.request<{ song: { title: string; streamUrl: string; myPlayCount: number } }>(SONG, {
        id: song.id,
      });
      expect(found.data?.song).toMatchObject({ title: song.title, myPlayCount: 1 });
      const audio = Buffer.from(await (await fetch(`${second.url}${found.data?.song.streamUrl}`)).arrayBuffer());
      const original = await readFixture('speech-cbr128.mp3');
      expect(createHash('sha256').update(audio).digest('hex')).toBe(
        createHash('sha256').update(original).digest('hex'),
      );
      const me = await client.as(signedOut.token).request('{ me { id } }');
      expect(me.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_REVOKED' });
    } finally {
      second.child.kill('SIGINT');
      // Ctrl-C drains, closes each embedded database and exits 0.
      expect(await exitOf(second.child), second.output()).toEqual({ code: 0, signal: null });
    }
    expect(second.output()).not.toMatch(/"level":(50|60)/);
  });
});

describe('npm run start:services: each service in a process of its own', () => {
  it('answers through the gateway, with every subgraph on its own port, and Ctrl-C stops them all', {
    timeout: 300_000,
  }, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'separate-'));
    const env: Record<string, string> = { DATA_DIR: dataDir, PORT: String(await freePort()) };
    for (const entry of subgraphs) env[variablesOf(entry).port] = String(await freePort());
    const started = await startEntry('start-services.js', env);
    try {
      const children = await childrenOf(started.child.pid as number);
      expect(children).toHaveLength(subgraphs.length + 1);
      for (const entry of subgraphs) {
        await waitUntilReady(`http://127.0.0.1:${env[variablesOf(entry).port]}`, started.child, started.output);
      }
      const client = createClient(started.url);
      const ann = await seed(client).user();
      const song = await seed(client).song(ann);
      const found = await ann.client.request<{ song: { title: string } }>(SONG, { id: song.id });
      expect(found.data?.song.title).toBe(song.title);
      started.child.kill('SIGINT');
      expect(await exitOf(started.child)).toEqual({ code: 0, signal: null });
      for (const pid of children) expect(() => process.kill(pid, 0)).toThrow();
    } finally {
      if (started.child.exitCode === null) started.child.kill('SIGKILL');
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
