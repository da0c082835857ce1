import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The built command, as `npm run import` runs it. */
export const CLI = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

export interface CliRun {
  child: ChildProcess;
  /** Everything printed so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves once stdout has a line matching `pattern`. */
  printed(pattern: RegExp): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** Runs the import command in a node process of its own, its output piped (so not a terminal). */
export function runCli(args: string[], env: Record<string, string | undefined> = {}): CliRun {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { ...process.env, SP0T1FY_PASSWORD: undefined, SP0T1FY_EMAIL: undefined, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const watchers: Array<{ pattern: RegExp; resolve(): void }> = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    for (const watcher of watchers.filter((one) => one.pattern.test(stdout))) {
      watchers.splice(watchers.indexOf(watcher), 1);
      watcher.resolve();
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>(
    (resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    printed: (pattern) =>
      new Promise<void>((resolve, reject) => {
        if (pattern.test(stdout)) return resolve();
        watchers.push({ pattern, resolve });
        exited.then(() => reject(new Error(`exited without printing ${pattern}:\n${stdout}\n${stderr}`)));
      }),
    exited,
  };
}
