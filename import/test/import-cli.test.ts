import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { audioFixture } from '@sp0t1fy/platform/testing';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { importSuite } from './support/suite.js';
import { startUploadGate } from './support/upload-gate.js';

/** Fixture → where it goes in a folder to import (nested on purpose). */
type Layout = Record<string, string>;

const ACCEPTED: Layout = {
  'Spoken/speech.mp3': 'speech-cbr128.mp3',
  'Spoken/Deeper/tone.MP3': 'tone-vbr-mono.mp3',
  'Tones/with cover.mp3': 'tones-with-cover.mp3',
  'Tones/Old/lossless.flac': 'formats/flac-24bit.flac',
  'low rate.mp3': 'mpeg25-8khz.mp3',
};

const sha256Of = async (fixture: string) =>
  createHash('sha256')
    .update(await readFile(audioFixture(fixture)))
    .digest('hex');

/** The plain lines of a run, without the `[i/N] ` counters, sorted (files settle in any order). */
const fileLines = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => /^\[\d+\/\d+\] /.test(line))
    .map((line) => line.replace(/^\[\d+\/\d+\] /, ''))
    .sort();

describe('npm run import: a folder into a running product, as a client of the public API', () => {
  const suite = importSuite();
  /** A folder to import: the fixtures at their places in `layout`, and `text` files as they are. */
  const makeFolder = (layout: Layout, text: Record<string, string> = {}) =>
    suite.folder({
      ...Object.fromEntries(
        Object.entries(layout).map(([name, fixture]) => [name, { fixture: audioFixture(fixture) }]),
      ),
      ...Object.fromEntries(Object.entries(text).map(([name, content]) => [name, { text: content }])),
    });
  const env = () => ({ SP0T1FY_PASSWORD: suite.account.password });
  const args = (folder: string, ...more: string[]) => [
    folder,
    '--server',
    suite.product.url,
    '--email',
    suite.account.email,
    ...more,
  ];

  const songCount = async () => {
    const { songs } = await suite.product.request<{ songs: { totalCount: number } }>(
      '{ songs(first: 1) { totalCount } }',
      {},
      suite.account.token,
    );
    return songs.totalCount;
  };
  /** The songs with each hash, via the API: [sha256, how many songs]. */
  const songsPerHash = async (fixtures: string[]) => {
    const hashes = await Promise.all(fixtures.map(sha256Of));
    const { songsBySha256 } = await suite.product.request<{ songsBySha256: Array<{ sha256: string }> }>(
      'query ($sha256s: [String!]!) { songsBySha256(sha256s: $sha256s) { sha256 } }',
      { sha256s: hashes },
      suite.account.token,
    );
    return hashes.map((hash) => songsBySha256.filter((song) => song.sha256 === hash).length);
  };

  it('imports every audio file once, reports the refused ones with their reason and exits 1; a second run sends nothing', async () => {
    const folder = await makeFolder(
      {
        ...ACCEPTED,
        'Spoken/copy of speech.mp3': 'speech-cbr128.mp3',
        'Broken/cut short.flac': 'formats/cut-flac-16-tags-cover.flac',
      },
      { 'Broken/liner notes.mp3': 'Liner notes, not audio: recorded in one take.\n', 'Tones/cover.txt': 'not audio' },
    );

    const first = await runCli(args(folder), env()).exited;
    expect(first.code, first.stderr).toBe(1);
    const lines = fileLines(first.stdout);
    expect(lines.filter((line) => line.startsWith('imported  ')).length).toBe(5);
    for (const name of Object.keys(ACCEPTED)) {
      expect(
        lines.some((line) => line === `imported  ${name}` || line === `already there  ${name}`),
        name,
      ).toBe(true);
    }
    // The same bytes twice in the folder: one of the two is sent, the other is then already there.
    expect(lines.filter((line) => line.startsWith('already there  Spoken/')).length).toBe(1);
    expect(lines.filter((line) => line.startsWith('refused  '))).toEqual([
      expect.stringMatching(/^refused {2}Broken\/cut short\.flac: UNDECODABLE: \S/),
      expect.stringMatching(/^refused {2}Broken\/liner notes\.mp3: NOT_AUDIO: \S/),
    ]);
    expect(first.stdout).toContain('Imported 5, already there 1, refused 2, failed 0 (8 audio files;');
    expect(first.stdout).toContain('Skipped 1 files that are not audio by their extension.');
    expect(first.stdout).toMatch(/^ {2}refused {2}Broken\/liner notes\.mp3: NOT_AUDIO: /m);
    expect(await songCount()).toBe(5);

    const second = await runCli(args(folder, '--concurrency', '3'), env()).exited;
    expect(second.code, second.stderr).toBe(1);
    expect(fileLines(second.stdout).filter((line) => line.startsWith('imported  '))).toEqual([]);
    expect(second.stdout).toContain('Imported 0, already there 6, refused 2, failed 0 (8 audio files;');
    expect(await songCount()).toBe(5);
    expect(await songsPerHash(Object.values(ACCEPTED))).toEqual([1, 1, 1, 1, 1]);
  });

  it('resumes an import killed while the server had stored a file it never confirmed: each file imported exactly once', async () => {
    const layout: Layout = {
      'Post/01.mp3': 'album-post-01.mp3',
      'Post/02.mp3': 'album-post-02.mp3',
      'Post/03.mp3': 'album-post-03.mp3',
      'Unicode/v23.mp3': 'id3v23-unicode.mp3',
      'Unicode/v24.mp3': 'id3v24-unicode.mp3',
      'no info tag.mp3': 'cbr-no-info-tag.mp3',
    };
    const folder = await makeFolder(layout);
    const before = await songCount();
    // The third upload is stored, but its answer is withheld; the import is killed waiting for it.
    const gate = await startUploadGate(suite.product.url, 2);
    try {
      const interrupted = runCli(
        [folder, '--server', gate.url, '--email', suite.account.email, '--concurrency', '1'],
        env(),
      );
      await gate.heldAnswer;
      interrupted.child.kill('SIGKILL');
      const killed = await interrupted.exited;
      expect(killed.signal).toBe('SIGKILL');
      expect(fileLines(killed.stdout).filter((line) => line.startsWith('imported  ')).length).toBe(2);
    } finally {
      await gate.close();
    }
    expect(await songCount()).toBe(before + 3);

    const resumed = await runCli(args(folder), env()).exited;
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stdout).toContain('Imported 3, already there 3, refused 0, failed 0 (6 audio files;');
    expect(await songCount()).toBe(before + 6);
    expect(await songsPerHash(Object.values(layout))).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('prints plain lines when the output is not a terminal', async () => {
    const folder = await makeFolder({ 'one.mp3': 'speech-cbr128.mp3' });
    const run = await runCli(args(folder), env()).exited;
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      `Importing 1 audio files from ${folder} into ${suite.product.url}`,
      '[1/1] already there  one.mp3',
      expect.stringMatching(
        /^Imported 0, already there 1, refused 0, failed 0 \(1 audio files; 0 B imported in \d+\.\d s\)\.$/,
      ),
      '',
    ]);
    // No escape codes: nothing but text for a log or a pipe.
    expect(run.stdout + run.stderr).not.toContain('\u001b');
  });

  it('exits 2 with a message for bad usage, before signing in', async () => {
    const folder = await makeFolder({});
    const cases: Array<[string[], Record<string, string>, RegExp]> = [
      [[], env(), /Name the folder to import/],
      [[folder, folder], env(), /Name one folder/],
      [args(join(folder, 'missing')), env(), /is not a folder/],
      [args(folder, '--concurrency', '0'), env(), /--concurrency must be at least 1/],
      [args(folder, '--concurrency', 'many'), env(), /--concurrency must be a whole number/],
      [args(folder, '--password', 'hunter22'), env(), /Never pass the password as an argument/],
      [args(folder, '--colour'), env(), /Unknown option '--colour'/],
      [[folder, '--server', 'ftp://example.com', '--email', 'a@example.com'], env(), /--server must be an http/],
      [[folder, '--server', suite.product.url], env(), /Give --email/],
      [[folder, '--server', suite.product.url, '--email', 'not an email'], env(), /--email must be an email address/],
      // No password in the environment and no terminal to ask on.
      [args(folder), {}, /Set SP0T1FY_PASSWORD/],
    ];
    // All at once: each is a process of its own, and one after another they outlast a busy machine's timeout.
    const runs = await Promise.all(cases.map(([given, environment]) => runCli(given, environment).exited));
    for (const [index, [given, , message]] of cases.entries()) {
      const run = runs[index] as (typeof runs)[number];
      expect(run.code, given.join(' ')).toBe(2);
      expect(run.stderr, given.join(' ')).toMatch(message);
      expect(run.stderr).toContain('Usage: npm run import -- <folder>');
    }
  }, 180_000);

  it('exits 1 saying so when the password is wrong', async () => {
    const folder = await makeFolder({ 'one.mp3': 'speech-cbr128.mp3' });
    const run = await runCli(args(folder), { SP0T1FY_PASSWORD: 'not the password' }).exited;
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/UNAUTHENTICATED/);
  });
});
