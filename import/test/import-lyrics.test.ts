import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { audioFixture } from '@sp0t1fy/platform/testing';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { importSuite } from './support/suite.js';

const listening = (name: string) => audioFixture(`listening/${name}`);

interface Lyrics {
  synced: boolean;
  plain: string;
  source: 'UPLOADED' | 'TAGS';
}

describe('npm run import: an .lrc beside an audio file becomes its lyrics', () => {
  const suite = importSuite();
  const run = (folder: string) =>
    runCli([folder, '--server', suite.product.url, '--email', suite.account.email], {
      SP0T1FY_PASSWORD: suite.account.password,
    }).exited;

  /** The account's song of a fixture's bytes, with its lyrics. */
  const lyricsOf = async (fixturePath: string): Promise<Lyrics | null> => {
    const sha256 = createHash('sha256')
      .update(await readFile(fixturePath))
      .digest('hex');
    const { songsBySha256 } = await suite.product.request<{ songsBySha256: Array<{ lyrics: Lyrics | null }> }>(
      'query ($sha256s: [String!]!) { songsBySha256(sha256s: $sha256s) { lyrics { synced plain source } } }',
      { sha256s: [sha256] },
      suite.account.token,
    );
    expect(songsBySha256).toHaveLength(1);
    return songsBySha256[0]!.lyrics;
  };

  it('attaches each same-named .lrc after its upload, reports the refused one, and skips an .lrc without audio', async () => {
    const folder = await suite.folder({
      'Synced/song.mp3': { fixture: listening('tone-quarter-scale.mp3') },
      'Synced/song.lrc': { fixture: listening('bad-lines.lrc') },
      'Plain/words.flac': { fixture: listening('lyrics-vorbis-lrc.flac') },
      'Plain/words.LRC': { text: 'Words without times\nSecond line\n' },
      'big.mp3': { fixture: listening('tone-ten-db-down.mp3') },
      'big.lrc': { text: `[00:01.00]${'x'.repeat(201 * 1024)}\n` },
      'orphan.lrc': { text: '[00:01.00]No audio of this name\n' },
    });

    const first = await run(folder);
    expect(first.code, first.stderr).toBe(1);
    expect(first.stdout).toContain('Imported 3, already there 0, refused 0, failed 0 (3 audio files;');
    expect(first.stdout).toContain('Skipped 1 files that are not audio by their extension.');
    expect(first.stdout).toContain('Lyrics (.lrc): attached 2, refused 1, failed 0.');
    expect(first.stdout).toMatch(/^ {2}lyrics refused {2}big\.mp3: This file is too large/m);

    expect(await lyricsOf(listening('tone-quarter-scale.mp3'))).toMatchObject({ synced: true, source: 'UPLOADED' });
    // The uploaded words win over the FLAC's own LRC comment.
    expect(await lyricsOf(listening('lyrics-vorbis-lrc.flac'))).toEqual({
      synced: false,
      plain: 'Words without times\nSecond line',
      source: 'UPLOADED',
    });
    expect(await lyricsOf(listening('tone-ten-db-down.mp3'))).toBeNull();
  });

  it('attaches an .lrc to a song already there without uploaded lyrics, and only once', async () => {
    const folder = await suite.folder({ 'later.mp3': { fixture: listening('lyrics-uslt.mp3') } });
    expect((await run(folder)).code).toBe(0);
    expect(await lyricsOf(listening('lyrics-uslt.mp3'))).toMatchObject({ source: 'TAGS' });

    await writeFile(join(folder, 'later.lrc'), '[00:00.50]Added afterwards\n');
    const second = await run(folder);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('Imported 0, already there 1, refused 0, failed 0 (1 audio files;');
    expect(second.stdout).toContain('Lyrics (.lrc): attached 1, refused 0, failed 0.');
    expect(await lyricsOf(listening('lyrics-uslt.mp3'))).toEqual({
      synced: true,
      plain: 'Added afterwards',
      source: 'UPLOADED',
    });

    // The song has uploaded lyrics now: a third run leaves them alone.
    await writeFile(join(folder, 'later.lrc'), '[00:00.50]Changed locally\n');
    const third = await run(folder);
    expect(third.code).toBe(0);
    expect(third.stdout).not.toContain('Lyrics (.lrc)');
    expect((await lyricsOf(listening('lyrics-uslt.mp3')))!.plain).toBe('Added afterwards');
  });
});
