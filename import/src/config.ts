import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { UsageError } from './errors.js';

export const USAGE = `Usage: npm run import -- <folder> [--server URL] [--email ADDRESS] [--concurrency N]

Uploads every audio file under <folder> (mp3 flac m4a mp4 aac ogg oga opus wav, at any depth) to a
Sp0t1fy server, skipping files the library already holds. Running it again resumes an interrupted import.

  --server URL       the server's address (default: $SP0T1FY_SERVER or http://localhost:4000)
  --email ADDRESS    the account to import into (default: $SP0T1FY_EMAIL)
  --concurrency N    files uploaded at a time, 1 to 32 (default: 2)

The password is read from $SP0T1FY_PASSWORD, else asked for (hidden) on a terminal; never pass it as an argument.
Exit code: 0 when every file was imported or already there, 1 when any was refused or failed, 2 for bad usage.`;

const ImportConfig = z.object({
  folder: z.string().min(1),
  server: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }),
  email: z.email({ error: 'must be an email address' }),
  concurrency: z.coerce
    .number({ error: 'must be a whole number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be at least 1' })
    .max(32, { error: 'must be at most 32' }),
  password: z.string().min(1).optional(),
});

export type ImportConfig = z.infer<typeof ImportConfig>;

const FLAGS: Record<string, string> = { server: '--server', email: '--email', concurrency: '--concurrency' };

/** `null` when help was asked for. The password comes from the environment or, later, a prompt. */
export async function loadConfig(argv: string[], env: NodeJS.ProcessEnv): Promise<ImportConfig | null> {
  if (argv.some((arg) => arg === '--password' || arg.startsWith('--password='))) {
    throw new UsageError('Never pass the password as an argument: set SP0T1FY_PASSWORD or type it when asked.');
  }
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.values.help) return null;
  if (parsed.positionals.length !== 1) {
    throw new UsageError(parsed.positionals.length === 0 ? 'Name the folder to import.' : 'Name one folder to import.');
  }
  const result = ImportConfig.safeParse({
    // `npm run import` runs in the repository's root; a relative folder means one from where it was typed.
    folder: resolve(env.INIT_CWD ?? process.cwd(), parsed.positionals[0] as string),
    server: parsed.values.server ?? env.SP0T1FY_SERVER ?? 'http://localhost:4000',
    email: parsed.values.email ?? env.SP0T1FY_EMAIL,
    concurrency: parsed.values.concurrency ?? '2',
    password: env.SP0T1FY_PASSWORD || undefined,
  });
  if (!result.success) {
    const issue = result.error.issues[0];
    const key = String(issue?.path[0] ?? '');
    if (key === 'email' && issue?.code === 'invalid_type') throw new UsageError('Give --email (or set SP0T1FY_EMAIL).');
    throw new UsageError(`${FLAGS[key] ?? key} ${issue?.message ?? 'is invalid'}`);
  }
  const folder = await stat(result.data.folder).catch(() => null);
  if (!folder?.isDirectory()) throw new UsageError(`${result.data.folder} is not a folder.`);
  return result.data;
}

function parseCommandLine(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      server: { type: 'string' },
      email: { type: 'string' },
      concurrency: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
