import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { chown, mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import pg from 'pg';

/**
 * Stores and servers that fault tests may stop and restart. The machine's shared PostgreSQL and
 * Redis serve every other suite and must never be stopped; these are private to one test file.
 */
export interface RestartableServer {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it for good and removes its files. */
  destroy(): Promise<void>;
}

const run = promisify(execFile);

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitUntil(what: string, ready: () => Promise<boolean>, attempts = 100): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (await ready().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not become ready`);
}

/**
 * A redis-server of its own, on a free port: keeping nothing on disk, or with `persistent` an
 * append-only file, as Docker Compose runs it, so a restart brings back what it held.
 */
export async function startRedisServer({ persistent = false } = {}): Promise<RestartableServer> {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  const dataDir = persistent ? await mkdtemp(join(tmpdir(), 'sp0t1fy-redis-')) : undefined;
  const storage = dataDir ? ['--dir', dataDir, '--appendonly', 'yes'] : ['--appendonly', 'no'];
  let child: ChildProcess | undefined;
  const answers = async () => {
    const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    redis.on('error', () => {});
    try {
      await redis.connect();
      return (await redis.ping()) === 'PONG';
    } finally {
      redis.disconnect();
    }
  };
  const server: RestartableServer = {
    url,
    async start() {
      child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', ...storage], {
        stdio: 'ignore',
      });
      await waitUntil(`redis-server on ${port}`, answers);
    },
    async stop() {
      const stopping = child;
      child = undefined;
      if (!stopping || stopping.exitCode !== null) return;
      const exited = new Promise((resolve) => stopping.once('exit', resolve));
      stopping.kill('SIGTERM');
      await exited;
    },
    async destroy() {
      await server.stop();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}

/**
 * A PostgreSQL cluster of its own (initdb into a temp dir, on a free port, trust auth on
 * 127.0.0.1), run as the postgres OS user when the tests run as root, which PostgreSQL refuses.
 */
export async function startPostgresServer(): Promise<RestartableServer> {
  const bin = await postgresBinDir();
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'sp0t1fy-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await chown(dataDir, Number(stdout.trim()), Number(gid.trim()));
  }
  const asPostgres = (command: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', join(bin, command), ...args]) : run(join(bin, command), args);

  await asPostgres('initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dataDir} -c fsync=off`;
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const answers = async () => {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.query('select 1');
      return true;
    } finally {
      await client.end().catch(() => {});
    }
  };
  let running = false;
  const server: RestartableServer = {
    url,
    async start() {
      await asPostgres('pg_ctl', ['-D', dataDir, '-o', options, '-l', join(dataDir, 'server.log'), '-w', 'start']);
      running = true;
      await waitUntil(`PostgreSQL on ${port}`, answers);
    },
    async stop() {
      if (!running) return;
      running = false;
      // "fast" ends every session at once, as a restart by an operator or a crash-restart would.
      await asPostgres('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
    },
    async destroy() {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}

async function postgresBinDir(): Promise<string> {
  const root = '/usr/lib/postgresql';
  const versions = (await readdir(root)).sort((a, b) => Number(b) - Number(a));
  if (!versions[0]) throw new Error(`No PostgreSQL under ${root}`);
  return join(root, versions[0], 'bin');
}

/**
 * A port held by a server that drops every connection as it arrives: a subgraph that is down. It
 * keeps the port, where a port merely found free could be taken by another suite's server meanwhile
 * and answer in the missing subgraph's place. `release()` frees the port for a subgraph to come back.
 */
export async function startDroppingServer(): Promise<{ url: string; port: number; release(): Promise<void> }> {
  const server: Server = createServer((socket) => socket.resetAndDestroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    release: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A TCP server that accepts connections and never answers: a subgraph stuck in a deadlock. */
export async function startHungServer(): Promise<{ url: string; accepted(): number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let accepted = 0;
  const server: Server = createServer((socket) => {
    accepted++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    accepted: () => accepted,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
