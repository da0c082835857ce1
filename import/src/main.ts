#!/usr/bin/env node
import password from '@inquirer/password';
import { ApiClient } from './api-client.js';
import { findAudioFiles } from './audio-files.js';
import { type ImportConfig, loadConfig, USAGE } from './config.js';
import { ApiError, ServerUnavailableError, UsageError } from './errors.js';
import { importFiles } from './import-run.js';
import { plainLines, terminalBar } from './progress-display.js';
import { summarise } from './summary.js';

/** npm run import -- <folder> …: see USAGE. Resolves to the exit code. */
async function main(argv: string[]): Promise<number> {
  let config: ImportConfig | null;
  try {
    config = await loadConfig(argv, process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (!config) {
    console.log(USAGE);
    return 0;
  }
  const secret = config.password ?? (await askPassword(config.email));
  if (secret === null) {
    console.error(`Set SP0T1FY_PASSWORD: there is no terminal to ask for the password on.\n\n${USAGE}`);
    return 2;
  }

  const client = new ApiClient(config.server, { connections: config.concurrency });
  let signedIn = false;
  try {
    await client.signIn({ email: config.email, password: secret });
    signedIn = true;
    const { audio, skipped } = await findAudioFiles(config.folder);
    const totals = { files: audio.length, bytes: audio.reduce((sum, file) => sum + file.sizeBytes, 0) };
    console.log(`Importing ${audio.length} audio files from ${config.folder} into ${config.server}`);
    const display = process.stderr.isTTY
      ? terminalBar(totals, process.stderr)
      : plainLines(totals, (line) => console.log(line));
    const started = performance.now();
    let results: Awaited<ReturnType<typeof importFiles>>;
    try {
      results = await importFiles(audio, client, { concurrency: config.concurrency, progress: display });
    } finally {
      display.stop();
    }
    const summary = summarise(results, { skipped, seconds: (performance.now() - started) / 1000 });
    for (const line of summary.lines) console.log(line);
    return summary.exitCode;
  } catch (error) {
    if (error instanceof ApiError || error instanceof ServerUnavailableError) {
      const code = error instanceof ApiError ? ` (${error.code})` : '';
      if (!signedIn) console.error(`Could not sign in as ${config.email}: ${error.message}${code}`);
      else {
        console.error(`Import stopped: ${error.message}${code}`);
        console.error('Run it again to resume: files already imported are not sent twice.');
      }
      return 1;
    }
    throw error;
  } finally {
    await client.close();
  }
}

/** The password typed at a hidden prompt, or null when input is not a terminal. */
async function askPassword(email: string): Promise<string | null> {
  if (!process.stdin.isTTY) return null;
  return password({ message: `Password for ${email}`, mask: '*' }, { output: process.stderr });
}

process.exitCode = await main(process.argv.slice(2));
