import { type ChildProcess, fork, spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const HOST = fileURLToPath(new URL('../host.ts', import.meta.url));

/** A process started by host.ts: the one-process product, a lone gateway, or one subgraph. */
export interface HostProcess {
  child: ChildProcess;
  /** The gateway's URL (product) or the subgraph's. */
  url: string;
  /** Each subgraph it runs, by name, at its own port (a product's are private loopback ports). */
  hosted: Record<string, string>;
  /** SQL statements each subgraph it runs has run so far, by name. */
  statements(): Promise<Record<string, number>>;
  close(): Promise<void>;
}

interface Reply {
  type: string;
  id?: number;
}

function onMessage<T extends Reply>(child: ChildProcess, matches: (message: Reply) => boolean): Promise<T> {
  return new Promise((resolve, reject) => {
    const listener = (message: Reply) => {
      if (!matches(message)) return;
      child.off('message', listener);
      child.off('exit', onExit);
      resolve(message as T);
    };
    const onExit = (code: number | null) => reject(new Error(`host.ts ${child.spawnargs.at(-1)} exited with ${code}`));
    child.on('message', listener);
    child.once('exit', onExit);
  });
}

/** Starts host.ts with `args` (see there); `execArgv` e.g. for --cpu-prof. */
export async function startHostProcess(
  args: string[],
  env: Record<string, string>,
  execArgv: string[] = [],
): Promise<HostProcess> {
  const child = fork(HOST, args, {
    env: { ...process.env, ...env },
    execArgv: ['--import', 'tsx', ...execArgv],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const { url, hosted } = await onMessage<Reply & { url: string; hosted: Record<string, string> }>(
    child,
    (message) => message.type === 'ready',
  );
  // Scenarios ask several subgraphs of one process at once: each question gets its own answer.
  let asked = 0;
  return {
    child,
    url,
    hosted,
    async statements() {
      const id = ++asked;
      const answer = onMessage<Reply & { bySubgraph: Record<string, number> }>(
        child,
        (message) => message.type === 'statements' && message.id === id,
      );
      child.send({ type: 'statements', id });
      return (await answer).bySubgraph;
    },
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ type: 'close' });
      await exited;
    },
  };
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

/** CPU time a process has used so far (user and system), in seconds (Linux /proc, 100 ticks a second). */
export function cpuSecondsOf(pid: number): number {
  // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are 14 and 15.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

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

/** Every process descended from `pid` (a supervisor's children, theirs...), from /proc's parent links. */
export function descendantsOf(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited while we looked
    }
    // The command name, in parentheses, may hold spaces: the parent pid is the second field after it.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  const found: number[] = [];
  const visit = (parent: number) => {
    for (const child of children.get(parent) ?? []) {
      found.push(child);
      visit(child);
    }
  };
  visit(pid);
  return found;
}
