/**
 * Uploads one large, valid MP3 through the gateway to the catalog, each service in its own process as
 * `npm start` runs them, and reports how much each process's memory (RSS) grew while it streamed.
 * Neither hop may hold the file: growth must stay at a few tens of MB whatever the file's size.
 *
 *   npm run build && npx tsx gateway/scripts/upload-memory-check.ts [size in MB, default 200] [--json]
 *
 * Services listen on MEMCHECK_BASE_PORT..+2 (default 5200: gateway, 5201 users, 5202 catalog) with
 * embedded stores in a fresh temp folder; Linux only (reads /proc). Exits 1 when a process grew by
 * more than MEMCHECK_LIMIT_MB (default 64). Not a benchmark: the time is printed for information.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { audioFixture } from '@sp0t1fy/platform/testing';

const MB = 1024 * 1024;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = audioFixture('speech-cbr128.mp3');
const sizeMb = Number(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 200);
const asJson = process.argv.includes('--json');
const basePort = Number(process.env.MEMCHECK_BASE_PORT ?? 5200);
const limitMb = Number(process.env.MEMCHECK_LIMIT_MB ?? 64);

interface Sample {
  baselineBytes: number;
  peakBytes: number;
  /** The kernel's own high-water mark since the reset, as a cross-check of the sampled peak. */
  hwmBytes: number | null;
}

/** Samples a process's RSS every 10 ms from /proc, and resets its high-water mark on `reset`. */
function rssMonitor(pid: number) {
  const status = () => readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => {
    const match = new RegExp(`${name}:\\s+(\\d+) kB`).exec(status());
    return match ? Number(match[1]) * 1024 : null;
  };
  let baseline = 0;
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, field('VmRSS') ?? 0);
  }, 10);
  return {
    reset() {
      try {
        writeFileSync(`/proc/${pid}/clear_refs`, '5'); // resets VmHWM
      } catch {
        // not permitted: VmHWM is then the lifetime peak and only the sampled peak counts
      }
      baseline = field('VmRSS') ?? 0;
      peak = baseline;
    },
    report(): Sample {
      peak = Math.max(peak, field('VmRSS') ?? 0);
      return { baselineBytes: baseline, peakBytes: peak, hwmBytes: field('VmHWM') };
    },
    stop: () => clearInterval(timer),
  };
}

function startService(name: string, script: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [join(ROOT, script)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  child.once('exit', (code, signal) => {
    if (code !== 0 && signal !== 'SIGTERM') console.error(`${name} exited with ${code ?? signal}`);
  });
  return child;
}

async function waitUntilReady(url: string): Promise<void> {
  // An embedded database's first start (initdb) can take a minute on a busy machine.
  for (let attempt = 0; attempt < 3000; attempt++) {
    try {
      if ((await fetch(`${url}/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`${url} did not become ready`);
}

async function graphql<T>(url: string, query: string, variables: object, token?: string): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The fixture whole, and its audio frames alone (no tags, no Info frame), to repeat. */
async function mp3Parts(): Promise<{ fixture: Buffer; frames: Buffer }> {
  const fixture = await readFile(FIXTURE);
  const tagSize = 10 + ((fixture[6]! << 21) | (fixture[7]! << 14) | (fixture[8]! << 7) | fixture[9]!);
  // The fixture is MPEG-1 Layer III, 128 kbit/s, 44.1 kHz: its first (Info) frame's length follows.
  const infoFrameLength = Math.floor((144 * 128_000) / 44_100) + ((fixture[tagSize + 2]! >> 1) & 1);
  const framesStart = tagSize + infoFrameLength;
  if (fixture[framesStart] !== 0xff || fixture.subarray(-128, -125).toString() !== 'TAG') {
    throw new Error('The fixture is not laid out as expected');
  }
  return { fixture, frames: fixture.subarray(framesStart, fixture.length - 128) };
}

/**
 * A valid MP3 of about `size` bytes, made on the fly: the fixture whole (tags and its Info frame),
 * then its audio frames again and again. The catalog accepts it (the frames are what a player plays).
 */
async function* largeMp3(size: number, hash: ReturnType<typeof createHash>): AsyncGenerator<Buffer> {
  const { fixture, frames } = await mp3Parts();
  hash.update(fixture);
  yield fixture;
  for (let sent = fixture.length; sent + frames.length <= size; sent += frames.length) {
    hash.update(frames);
    yield frames;
  }
}

async function expectedSize(size: number): Promise<number> {
  const { fixture, frames } = await mp3Parts();
  return fixture.length + Math.floor((size - fixture.length) / frames.length) * frames.length;
}

/** POSTs a GraphQL multipart upload, streaming the body with backpressure, as a browser would. */
async function upload(gatewayUrl: string, token: string, body: AsyncGenerator<Buffer>) {
  const boundary = `memcheck-${randomBytes(8).toString('hex')}`;
  const operations = JSON.stringify({
    query: 'mutation ($file: Upload!) { uploadSong(file: $file) { id sizeBytes sha256 durationSeconds } }',
    variables: { file: null },
  });
  async function* multipart() {
    yield Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${operations}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0":["variables.file"]}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="large.mp3"\r\nContent-Type: audio/mpeg\r\n\r\n`,
    );
    yield* body;
    yield Buffer.from(`\r\n--${boundary}--\r\n`);
  }
  const req = request(`${gatewayUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'apollo-require-preflight': 'true',
      authorization: `Bearer ${token}`,
    },
  });
  const response = new Promise<string>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => resolve(text));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
  await pipeline(Readable.from(multipart()), req);
  return JSON.parse(await response) as {
    data?: { uploadSong: { id: string; sizeBytes: number; sha256: string; durationSeconds: number } };
    errors?: unknown;
  };
}

async function main() {
  if (!(sizeMb > 0 && sizeMb <= 2000)) throw new Error('The size must be from 1 to 2000 MB');
  for (const script of ['subgraphs/users/dist/main.js', 'subgraphs/catalog/dist/main.js', 'gateway/dist/main.js']) {
    if (!existsSync(join(ROOT, script))) throw new Error(`${script} is missing: run \`npm run build\` first`);
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'sp0t1fy-memcheck-'));
  const [gatewayPort, usersPort, catalogPort] = [basePort, basePort + 1, basePort + 2];
  const url = (port: number) => `http://127.0.0.1:${port}`;
  const env = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    LOG_FORMAT: 'json',
    DATA_DIR: dataDir,
    PORT: String(gatewayPort),
    USERS_PORT: String(usersPort),
    CATALOG_PORT: String(catalogPort),
    USERS_URL: url(usersPort),
    CATALOG_URL: url(catalogPort),
    PLAYBACK_URL: url(basePort + 3), // not started: the gateway serves without it
    MAX_UPLOAD_BYTES: String(Math.min(2 ** 31 - 1, (sizeMb + 10) * MB)),
    REDIS_URL: '',
    USERS_DATABASE_URL: '',
    CATALOG_DATABASE_URL: '',
  };
  const users = startService('users', 'subgraphs/users/dist/main.js', env);
  await waitUntilReady(url(usersPort)); // it creates the shared JWT secret the others then read
  const catalog = startService('catalog', 'subgraphs/catalog/dist/main.js', env);
  const gateway = startService('gateway', 'gateway/dist/main.js', env);
  const children = { users, catalog, gateway };
  try {
    await Promise.all([waitUntilReady(url(catalogPort)), waitUntilReady(url(gatewayPort))]);
    const { register } = await graphql<{ register: { token: string } }>(
      url(gatewayPort),
      'mutation ($email: String!, $password: String!) { register(email: $email, password: $password) { token } }',
      { email: `memcheck-${randomBytes(4).toString('hex')}@example.com`, password: 'memory check password' },
    );
    // Warm-up: load and compile every code path before measuring.
    const warmUp = await upload(url(gatewayPort), register.token, largeMp3(2 * MB, createHash('sha256')));
    if (!warmUp.data) throw new Error(`The warm-up upload failed: ${JSON.stringify(warmUp.errors)}`);

    const monitors = { gateway: rssMonitor(gateway.pid!), catalog: rssMonitor(catalog.pid!) };
    for (const monitor of Object.values(monitors)) monitor.reset();
    const hash = createHash('sha256');
    const started = performance.now();
    const result = await upload(url(gatewayPort), register.token, largeMp3(sizeMb * MB, hash));
    const seconds = (performance.now() - started) / 1000;
    const samples = { gateway: monitors.gateway.report(), catalog: monitors.catalog.report() };
    for (const monitor of Object.values(monitors)) monitor.stop();

    const song = result.data?.uploadSong;
    const expected = await expectedSize(sizeMb * MB);
    if (!song || song.sha256 !== hash.digest('hex') || song.sizeBytes !== expected) {
      throw new Error(`The upload failed or was corrupted: ${JSON.stringify(result)}`);
    }
    const growthMb = (sample: Sample) => (sample.peakBytes - sample.baselineBytes) / MB;
    const ok = Object.values(samples).every((sample) => growthMb(sample) < limitMb);
    const report = {
      sizeBytes: song.sizeBytes,
      durationSeconds: Math.round(song.durationSeconds),
      uploadSeconds: Number(seconds.toFixed(1)),
      limitMb,
      ok,
      processes: Object.fromEntries(
        Object.entries(samples).map(([name, sample]) => [
          name,
          {
            baselineMb: Number((sample.baselineBytes / MB).toFixed(1)),
            peakMb: Number((sample.peakBytes / MB).toFixed(1)),
            growthMb: Number(growthMb(sample).toFixed(1)),
            hwmMb: sample.hwmBytes === null ? null : Number((sample.hwmBytes / MB).toFixed(1)),
          },
        ]),
      ),
    };
    if (asJson) {
      console.log(JSON.stringify(report));
    } else {
      console.log(
        `Uploaded ${(song.sizeBytes / MB).toFixed(1)} MB (${report.durationSeconds} s of audio) through the gateway in ` +
          `${report.uploadSeconds} s; SHA-256 verified.`,
      );
      console.log('process   baseline RSS   peak RSS   growth   VmHWM');
      for (const [name, p] of Object.entries(report.processes)) {
        console.log(
          `${name.padEnd(9)} ${`${p.baselineMb} MB`.padStart(12)} ${`${p.peakMb} MB`.padStart(10)} ` +
            `${`${p.growthMb} MB`.padStart(8)}   ${p.hwmMb === null ? 'n/a' : `${p.hwmMb} MB`}`,
        );
      }
      console.log(
        ok ? `OK: each process grew by less than ${limitMb} MB` : `FAIL: a process grew by ${limitMb} MB or more`,
      );
    }
    process.exitCode = ok ? 0 : 1;
  } finally {
    for (const child of Object.values(children)) child.kill('SIGTERM');
    await Promise.all(
      Object.values(children).map((child) =>
        child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : undefined,
      ),
    );
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
