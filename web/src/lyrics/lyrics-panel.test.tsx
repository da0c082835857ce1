import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { type FakeApi, songFixture } from '../test/fake-api';
import { installLibraryApi, renderSignedInApp } from '../test/signed-in-app';

const synced = {
  __typename: 'Lyrics',
  synced: true,
  source: 'UPLOADED',
  plain: 'First light\nSecond wind\nThird time',
  lines: [
    { __typename: 'LyricLine', timeMs: 1000, text: 'First light' },
    { __typename: 'LyricLine', timeMs: 4000, text: 'Second wind' },
    { __typename: 'LyricLine', timeMs: 8000, text: 'Third time' },
  ],
};

const songs = [
  songFixture({ id: 'song-1', title: 'Alpha' }),
  songFixture({ id: 'song-2', title: 'Bravo', uploadedBy: { __typename: 'User', id: 'user-2', displayName: 'Kim' } }),
];

describe('the lyrics panel', () => {
  let api: FakeApi;
  let lyricsOf: Record<string, unknown>;
  const player = () => screen.getByRole('region', { name: 'Player' });
  const panel = () => screen.getByRole('complementary', { name: 'Lyrics' });
  const currentLine = () => panel().querySelector('[aria-current="true"]')?.textContent ?? null;
  /** The audio element reports where playback is, as the browser does while playing. */
  const playTo = (seconds: number) =>
    act(() => {
      const audio = document.querySelector('audio') as HTMLAudioElement;
      Object.defineProperty(audio, 'currentTime', { configurable: true, writable: true, value: seconds });
      audio.dispatchEvent(new Event('timeupdate'));
    });

  beforeEach(async () => {
    lyricsOf = { 'song-1': synced, 'song-2': null };
    api = installLibraryApi(songs)
      .on('PlayingSongStarred', ({ id }) => ({ data: { song: { __typename: 'Song', id, starred: false } } }))
      .on('SongLyrics', ({ id }) => {
        const song = songs.find((candidate) => candidate.id === id);
        return {
          data: {
            song: {
              __typename: 'Song',
              id,
              title: song?.title,
              uploadedBy: song?.uploadedBy,
              lyrics: lyricsOf[id as string],
            },
          },
        };
      });
    const cleanUp = renderSignedInApp();
    await screen.findByRole('button', { name: 'Play Alpha' });
    return cleanUp;
  });

  it('highlights the line being sung as the song plays, and seeks to a line clicked', async () => {
    const user = userEvent.setup();
    expect(within(player()).getByRole('button', { name: 'Lyrics' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Play Alpha' }));
    await user.click(within(player()).getByRole('button', { name: 'Lyrics' }));
    await within(panel()).findByRole('button', { name: 'Second wind' });
    expect(currentLine()).toBeNull();

    playTo(4.2);
    expect(currentLine()).toBe('Second wind');
    playTo(12);
    expect(currentLine()).toBe('Third time');

    await user.click(within(panel()).getByRole('button', { name: 'First light' }));
    expect((document.querySelector('audio') as HTMLAudioElement).currentTime).toBe(1);
    expect(currentLine()).toBe('First light');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary', { name: 'Lyrics' })).toBeNull();
    expect(within(player()).getByRole('button', { name: 'Lyrics' })).toHaveFocus();
  });

  it('shows plain lyrics as text, and “No lyrics” for a song without, with no upload for someone else’s song', async () => {
    const user = userEvent.setup();
    lyricsOf['song-1'] = { ...synced, synced: false, source: 'TAGS', lines: [] };
    await user.click(screen.getByRole('button', { name: 'Play Alpha' }));
    await user.click(within(player()).getByRole('button', { name: 'Lyrics' }));
    expect(await within(panel()).findByText(/First light\s+Second wind/)).toBeVisible();
    expect(within(panel()).queryByRole('list', { name: 'Lyrics lines' })).toBeNull();
    // The uploader may replace tag lyrics with an uploaded file, but there is none to remove.
    expect(within(panel()).getByLabelText('Replace lyrics…')).toBeInTheDocument();
    expect(within(panel()).queryByRole('button', { name: 'Remove uploaded lyrics' })).toBeNull();

    await user.click(within(player()).getByRole('button', { name: 'Next' }));
    expect(await within(panel()).findByRole('heading', { name: 'No lyrics' })).toBeVisible();
    expect(within(panel()).getByText('This song has no lyrics.')).toBeVisible();
    expect(within(panel()).queryByLabelText('Add lyrics…')).toBeNull();
  });

  it('uploads an .lrc for the uploader’s song and says how many lines were skipped', async () => {
    const user = userEvent.setup();
    lyricsOf['song-1'] = null;
    api.on('UploadLyrics', ({ songId }) => {
      lyricsOf[songId as string] = synced;
      return {
        data: {
          uploadLyrics: {
            __typename: 'LyricsUpload',
            skippedLines: 2,
            song: { __typename: 'Song', id: songId, lyrics: synced },
          },
        },
      };
    });
    await user.click(screen.getByRole('button', { name: 'Play Alpha' }));
    await user.click(within(player()).getByRole('button', { name: 'Lyrics' }));
    const picker = await within(panel()).findByLabelText('Add lyrics…');
    await user.upload(picker, new File(['[00:01.00]First light\n[xx]broken\n'], 'alpha.lrc', { type: 'text/plain' }));
    expect(
      await within(panel()).findByText('Lyrics added. 2 lines skipped: their times could not be read.'),
    ).toBeVisible();
    await within(panel()).findByRole('button', { name: 'Second wind' });
    expect(api.calls.find((call) => call.operationName === 'UploadLyrics')?.variables.songId).toBe('song-1');
  });

  it('offers “Add lyrics…” in the row menu of the uploader’s own songs only', async () => {
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'More actions for Bravo' }));
    expect(screen.queryByRole('menuitem', { name: 'Add lyrics…' })).toBeNull();
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'More actions for Alpha' }));
    await user.click(screen.getByRole('menuitem', { name: 'Add lyrics…' }));
    const dialog = screen.getByRole('dialog', { name: 'Lyrics for “Alpha”' });
    api.on('UploadLyrics', ({ songId }) => ({
      data: {
        uploadLyrics: {
          __typename: 'LyricsUpload',
          skippedLines: 0,
          song: { __typename: 'Song', id: songId, lyrics: synced },
        },
      },
    }));
    await user.upload(within(dialog).getByLabelText('Choose a file…'), new File(['[00:01.00]First light'], 'a.lrc'));
    expect(await within(dialog).findByText('Lyrics added.')).toBeVisible();
    api.on('UploadLyrics', () => ({
      data: null,
      errors: [{ message: 'The file is over 200 KB', extensions: { code: 'BAD_USER_INPUT', field: 'file' } }],
    }));
    await user.upload(within(dialog).getByLabelText('Choose another file…'), new File(['x'], 'big.lrc'));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The lyrics could not be added: The file is over 200 KB.',
    );
  });

  it('says when the lyrics could not be loaded', async () => {
    const user = userEvent.setup();
    api.on('SongLyrics', () => ({ data: null, errors: [{ message: 'The catalog is unavailable' }] }));
    await user.click(screen.getByRole('button', { name: 'Play Alpha' }));
    await user.click(within(player()).getByRole('button', { name: 'Lyrics' }));
    expect(await within(panel()).findByRole('alert')).toHaveTextContent(
      'The lyrics could not be loaded: The catalog is unavailable.',
    );
  });
});
