import { execFileSync } from 'node:child_process';
import { readdir, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { makeMp3 } from '../support/audio-files.js';
import type { BenchContext } from '../support/context.js';
import { type DownloadResult, downloadGenerator, downloadLoad } from '../support/download-load.js';
import { uploadSong } from '../support/graphql.js';
import { freePort, waitFor } from '../support/ports.js';
import { startProcess } from '../support/processes.js';
import { mbps, met, ms, perSecond, type Row, ratio, type ScenarioResult } from '../support/report.js';

const RANGE = 256 * 1024;

function findNginx(): string | undefined {
  for (const candidate of ['nginx', '/usr/sbin/nginx']) {
    try {
      execFileSync(candidate, ['-v'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // try the next
    }
  }
  return undefined;
}

async function findBlob(dir: string, sha256: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const found = entries.find((entry) => entry.isFile() && entry.name.includes(sha256));
  if (!found) throw new Error(`blob ${sha256} not found under ${dir}`);
  return join(found.parentPath, found.name);
}

/** nginx (Debian's) as a child process with its own configuration, serving one file. */
async function startNginx(binary: string, workDir: string, file: string, port: number) {
  const prefix = join(workDir, 'nginx');
  await import('node:fs/promises').then((fs) => fs.mkdir(prefix, { recursive: true }));
  const config = join(prefix, 'nginx.conf');
  await writeFile(
    config,
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes auto;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  server {
    listen 127.0.0.1:${port};
    location = /audio.mp3 { alias ${file}; default_type audio/mpeg; }
  }
}
`,
  );
  return startProcess(binary, ['-p', prefix, '-c', config]);
}

const clientCpu = (result: DownloadResult) => result.clientCpuMs.toFixed(2);

/** What one download target is, and the share of nginx its Range and whole-file runs must reach. */
interface Target {
  label: string;
  url: string;
  range?: number;
  whole?: number;
}

function rowsOf(target: Target, kind: string, ours: DownloadResult, base: DownloadResult, share?: number): Row[] {
  const judged = (value: number, baseline: number) =>
    share === undefined
      ? { target: 'reported', met: '' as const }
      : { target: `≥ ${share}×`, met: met(value >= share * baseline) };
  return [
    {
      measure: `${target.label}, ${kind}: requests/s`,
      value: perSecond(ours.requestsPerSecond),
      baseline: perSecond(base.requestsPerSecond),
      ratio: ratio(ours.requestsPerSecond, base.requestsPerSecond),
      ...judged(ours.requestsPerSecond, base.requestsPerSecond),
    },
    {
      measure: `${target.label}, ${kind}: bytes/s`,
      value: mbps(ours.bytesPerSecond),
      baseline: mbps(base.bytesPerSecond),
      ratio: ratio(ours.bytesPerSecond, base.bytesPerSecond),
      ...judged(ours.bytesPerSecond, base.bytesPerSecond),
    },
    {
      measure: `${target.label}, ${kind}: p99 latency`,
      value: ms(ours.p99),
      baseline: ms(base.p99),
      ratio: ratio(ours.p99, base.p99),
      target: 'reported',
      met: '',
    },
  ];
}

/**
 * Scenario 1: the audio route against nginx serving the same file from disk: in one process (the
 * gateway serves /media itself), in the separate layout through the gateway's proxy, and at the
 * separate catalog's own port (what a load balancer routing /media straight to it would see).
 */
export async function audioScenario(context: BenchContext): Promise<ScenarioResult> {
  const { stack, session, separate, smoke, workDir, seconds } = context;
  const source = join(workDir, 'stream.mp3');
  await makeMp3(source, smoke ? 1024 * 1024 : 4 * 1024 * 1024);
  const song = await uploadSong(stack.gateway.url, session.token, source, 'Streaming bench');
  const separateSong = await uploadSong(separate.stack.gateway.url, separate.session.token, source, 'Streaming bench');
  const blob = await findBlob(join(stack.dataDir, 'catalog', 'blobs'), song.sha256);
  const size = (await stat(blob)).size;

  const nginx = findNginx();
  const port = await freePort(5900);
  const baseline = nginx
    ? await startNginx(nginx, workDir, blob, port)
    : startProcess(process.execPath, [
        '--import',
        'tsx',
        new URL('../baselines/static-server.ts', import.meta.url).pathname,
        String(port),
        blob,
      ]);
  const baselineName = nginx
    ? `nginx ${execFileSync(nginx, ['-v'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim() || '(Debian)'} (worker_processes auto, sendfile) serving the stored blob from disk`
    : 'nginx is not installed: Node `send` serving the stored blob from disk (install nginx for the intended baseline)';
  try {
    const baselineUrl = `http://127.0.0.1:${port}/audio.mp3`;
    await waitFor(baselineUrl, 10_000);
    const targets: Target[] = [
      { label: 'one process', url: `${stack.gateway.url}${song.streamUrl}`, range: 0.5, whole: 0.9 },
      {
        label: 'separate, through the gateway',
        url: `${separate.stack.gateway.url}${separateSong.streamUrl}`,
        range: 0.3,
      },
      { label: "separate, the catalog's own port", url: `${separate.stack.catalog.url}${separateSong.streamUrl}` },
    ];
    // Bodies are counted and dropped by a process of their own: autocannon decodes every body as text,
    // which cost it more CPU than nginx spends serving a range and capped both columns at its speed.
    const run = (url: string, ranged: boolean, duration = seconds): Promise<DownloadResult> =>
      downloadLoad({
        url,
        size,
        connections: 32,
        duration,
        ...(smoke ? { amount: 64 } : {}),
        ...(ranged ? { rangeBytes: RANGE } : {}),
      });
    // Warm every target (JIT, page cache) before measuring; a few seconds is thousands of requests.
    const warmup = Math.min(seconds, 3);
    // The machine may be shared: the load around the runs says how far to trust them.
    const loadBefore = loadavg()[0] as number;
    for (const { url } of targets) await run(url, true, warmup);
    await run(baselineUrl, true, warmup);
    const rangeBase = await run(baselineUrl, true);
    const range: DownloadResult[] = [];
    for (const { url } of targets) range.push(await run(url, true));
    const wholeBase = await run(baselineUrl, false);
    const whole: DownloadResult[] = [];
    for (const { url } of targets) whole.push(await run(url, false));
    const loadAfter = loadavg()[0] as number;
    const wholeLabel = `whole file (${(size / 1024 / 1024).toFixed(1)} MiB)`;
    const rows: Row[] = targets.flatMap((target, index) => [
      ...rowsOf(target, '256 KiB Range', range[index]!, rangeBase, target.range),
      ...rowsOf(target, wholeLabel, whole[index]!, wholeBase, target.whole),
    ]);
    const cpuOf = (results: DownloadResult[]) => results.map(clientCpu).join(' / ');
    return {
      title: '1. Audio route (/media) vs nginx, both layouts',
      baselineName,
      rows,
      notes: [
        `32 connections, ${seconds} s per run after a ${warmup} s warm-up run of each; Range requests start at random 256 KiB boundaries of the ${(size / 1024 / 1024).toFixed(1)} MiB file. The nginx runs come first, then the three targets in the order of the table.`,
        "One process: the gateway serves /media with the catalog's routes mounted in its own process (one Node process checks the signed URL and reads the file). Separate: the gateway proxies to the catalog process (two Node processes); the catalog's own port is that process alone. nginx uses sendfile from one process per core.",
        `Load: ${downloadGenerator}, 32 kept-alive connections on loopback, bodies counted (answers must be 2xx and carry the bytes asked for) and dropped. Its CPU per request (${cpuOf(range)} / ${clientCpu(rangeBase)} ms for Range requests to the three targets / the baseline, ${cpuOf(whole)} / ${clientCpu(wholeBase)} ms for whole files) shows how much of the 2 cores it took: near 1000 ms ÷ requests/s it is the bottleneck.`,
        `1-minute load average on ${availableParallelism()} cores: ${loadBefore.toFixed(1)} before the runs, ${loadAfter.toFixed(1)} after.`,
      ],
    };
  } finally {
    await baseline.stop();
  }
}
