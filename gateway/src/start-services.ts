import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { subgraphs, variablesOf } from '@sp0t1fy/schema';

/**
 * `npm run start:services`: the separate layout on one machine, each subgraph and the gateway in a
 * process of its own (as the compose file runs them), on the registry's ports unless `<NAME>_PORT`
 * says otherwise. Every process is told every subgraph's URL, so the gateway hosts none itself.
 * Ctrl-C stops them all; one that exits stops the others.
 */
const require = createRequire(import.meta.url);
const env: Record<string, string | undefined> = { ...process.env };
const processes: Array<{ name: string; entry: string }> = [];
for (const entry of subgraphs) {
  const variables = variablesOf(entry);
  const port = env[variables.port] ?? String(entry.port);
  env[variables.port] = port;
  env[variables.url] ??= `http://127.0.0.1:${port}`;
  // A subgraph's main.js sits beside the module it exports, in its dist/.
  processes.push({ name: entry.name, entry: join(dirname(require.resolve(entry.module)), 'main.js') });
}
processes.push({ name: 'gateway', entry: fileURLToPath(new URL('./main.js', import.meta.url)) });

const width = Math.max(...processes.map(({ name }) => name.length));
const children: ChildProcess[] = processes.map(({ name, entry }) => {
  const child = spawn(process.execPath, [entry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `[${name.padEnd(width)}] `;
  const relay = (target: NodeJS.WriteStream) => (chunk: Buffer) => {
    const lines = chunk.toString().replace(/\n$/, '').split('\n');
    target.write(`${lines.map((line) => prefix + line).join('\n')}\n`);
  };
  child.stdout?.on('data', relay(process.stdout));
  child.stderr?.on('data', relay(process.stderr));
  child.once('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${prefix}exited (${signal ?? code}); stopping the others`);
      stop(code ?? 1);
    }
  });
  return child;
});

let stopping = false;
function stop(exitCode: number) {
  stopping = true;
  let running = children.filter((child) => child.exitCode === null && child.signalCode === null);
  if (running.length === 0) process.exit(exitCode);
  for (const child of running) {
    child.once('exit', () => {
      running = running.filter((other) => other !== child);
      if (running.length === 0) process.exit(exitCode);
    });
    child.kill('SIGTERM');
  }
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
