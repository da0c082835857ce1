import { type ChildProcess, fork, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const HOST = fileURLToPath(new URL('../host.ts', import.meta.url));

export interface HostedService {
  name: string;
  url: string;
  child: ChildProcess;
  /** SQL statements the service has run so far. */
  statements(): Promise<number>;
  close(): Promise<void>;
}

function onMessage<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const listener = (message: { type: string }) => {
      if (message.type !== type) return;
      child.off('message', listener);
      child.off('exit', onExit);
      resolve(message as T);
    };
    const onExit = (code: number | null) => reject(new Error(`process exited with ${code} before '${type}'`));
    child.on('message', listener);
    child.once('exit', onExit);
  });
}

/** Starts one service in its own process (see host.ts); `execArgv` e.g. for --cpu-prof. */
export async function hostService(name: string, env: Record<string, string>, execArgv: string[] = []) {
  const child = fork(HOST, [name], {
    env: { ...process.env, ...env },
    execArgv: ['--import', 'tsx', ...execArgv],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const { url } = await onMessage<{ url: string }>(child, 'ready');
  const service: HostedService = {
    name,
    url,
    child,
    async statements() {
      const answer = onMessage<{ statements: number }>(child, 'statements');
      child.send('statements');
      return (await answer).statements;
    },
    async close() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send('close');
      await exited;
    },
  };
  return service;
}

/** A plain child process (nginx, `node dist/main.js`), stopped with SIGTERM. */
export function startProcess(command: string, args: string[], env: Record<string, string> = {}) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  return {
    child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

const statusField = (pid: number, field: string) => {
  const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : 0;
};

/** Resident memory of a process, in bytes (Linux /proc). */
export const rssOf = (pid: number) => statusField(pid, 'VmRSS');

/**
 * Proportional set size: resident memory with each page shared between processes (the node
 * executable's, say) divided among them, so a sum over processes counts it once.
 */
export function pssOf(pid: number): number {
  const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
  return match ? Number(match[1]) * 1024 : 0;
}

/**
 * Peak RSS growth of some processes over a stretch of work: resets the kernel's high-water mark
 * (clear_refs 5) and samples every 10 ms as well, in case the reset is not allowed.
 */
export function peakGrowth(pids: Record<string, number>) {
  const baseline: Record<string, number> = {};
  const peak: Record<string, number> = {};
  let resetWorked = true;
  for (const [name, pid] of Object.entries(pids)) {
    baseline[name] = rssOf(pid);
    peak[name] = baseline[name];
    try {
      writeFileSync(`/proc/${pid}/clear_refs`, '5');
    } catch {
      resetWorked = false;
    }
  }
  const sample = () => {
    for (const [name, pid] of Object.entries(pids)) peak[name] = Math.max(peak[name] ?? 0, rssOf(pid));
  };
  const timer = setInterval(sample, 10);
  return {
    /** Growth of each process over its baseline, in bytes. */
    stop(): Record<string, number> {
      clearInterval(timer);
      sample();
      const growth: Record<string, number> = {};
      for (const [name, pid] of Object.entries(pids)) {
        const hwm = resetWorked ? statusField(pid, 'VmHWM') : 0;
        growth[name] = Math.max(peak[name] ?? 0, hwm) - (baseline[name] ?? 0);
      }
      return growth;
    },
  };
}
