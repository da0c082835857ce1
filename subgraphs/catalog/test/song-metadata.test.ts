import { describe, expect, it } from 'vitest';
import {
  detailsForUpload,
  sortNamesFromTags,
  titleFromFileName,
  validateMetadata,
} from '../src/providers/song-metadata.js';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as { message: string; extensions: Record<string, unknown> };
  }
  throw new Error('expected a refusal');
};

describe('validateMetadata', () => {
  it('keeps only the fields sent, trimmed and NFC-normalised', () => {
    expect(validateMetadata(undefined)).toEqual({});
    expect(validateMetadata({ title: '  Jo\u0301ga ', artist: 'Björk' })).toEqual({ title: 'Jóga', artist: 'Björk' });
  });

  it('lets optional fields be removed with null or an empty string, but not title and artist', () => {
    expect(validateMetadata({ album: null, genre: '  ', releaseYear: null })).toEqual({
      album: null,
      genre: null,
      releaseYear: null,
    });
    expect(validateMetadata({ title: null, artist: null })).toEqual({});
  });

  it.each([
    [{ title: '' }, 'title', 'Enter a title'],
    [{ artist: '   ' }, 'artist', 'Enter an artist'],
    [{ title: 't'.repeat(201) }, 'title', 'Use a title of at most 200 characters'],
    [{ album: 'a'.repeat(201) }, 'album', 'Use an album of at most 200 characters'],
    [{ genre: 'g'.repeat(65) }, 'genre', 'Use a genre of at most 64 characters'],
    [{ artist: 'tab\tinside' }, 'artist', 'An artist cannot contain control characters'],
    [{ releaseYear: 999 }, 'releaseYear', 'Use a release year from 1000 to 2100'],
    [{ releaseYear: 2101 }, 'releaseYear', 'Use a release year from 1000 to 2100'],
  ])('refuses %j', (input, field, message) => {
    const error = refusal(() => validateMetadata(input));
    expect(error.message).toBe(message);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('counts characters, not UTF-16 units', () => {
    expect(validateMetadata({ title: '🎵'.repeat(200) }).title).toHaveLength(400);
  });
});

describe('detailsForUpload', () => {
  const tags = { title: 'Tag Title', artist: 'Tag Artist', album: 'Tag Album', genre: 'Jazz', year: 1999 };

  /** What a file with no track tags, and an uploader who typed none, leaves a song without. */
  const UNTAGGED_TRACK = {
    trackNumber: null,
    trackTotal: null,
    discNumber: null,
    discTotal: null,
    albumArtist: null,
    composer: null,
  };

  it('prefers what the uploader typed, then the tags', () => {
    expect(detailsForUpload({ title: 'Typed', album: null }, tags, 'file.mp3')).toEqual({
      ...UNTAGGED_TRACK,
      title: 'Typed',
      artist: 'Tag Artist',
      album: null,
      genre: 'Jazz',
      releaseYear: 1999,
    });
  });

  it('falls back to the file name and "Unknown artist"', () => {
    expect(detailsForUpload({}, {}, '01 - Intro.mp3')).toEqual({
      ...UNTAGGED_TRACK,
      title: '01 - Intro',
      artist: 'Unknown artist',
      album: null,
      genre: null,
      releaseYear: null,
    });
  });

  it('cleans tags instead of refusing them', () => {
    const details = detailsForUpload({}, { title: `A\u0000B\nC  ${'x'.repeat(300)}`, year: 99 }, 'f.mp3');
    expect(details.title.startsWith('A B C x')).toBe(true);
    expect([...details.title]).toHaveLength(200);
    expect(details.releaseYear).toBeNull();
  });
});

describe('track details', () => {
  it('keeps album artist, composer and track/disc positions sent, and removes them with null', () => {
    expect(
      validateMetadata({ albumArtist: ' Björk ', composer: '', trackNumber: 2, trackTotal: 12, discNumber: null }),
    ).toEqual({ albumArtist: 'Björk', composer: null, trackNumber: 2, trackTotal: 12, discNumber: null });
  });

  it.each([
    ['trackNumber', 0],
    ['trackTotal', 1000],
    ['discNumber', 1.5],
    ['discTotal', -1],
  ] as const)('refuses %s %d with BAD_USER_INPUT naming the field', (field, value) => {
    const error = refusal(() => validateMetadata({ [field]: value }));
    expect(error.message).toMatch(/from 1 to 999/);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it.each(['albumArtist', 'composer'] as const)(
    'refuses a %s over 200 characters or with control characters',
    (field) => {
      expect(refusal(() => validateMetadata({ [field]: 'x'.repeat(201) })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
      expect(refusal(() => validateMetadata({ [field]: 'a\u0007b' })).extensions).toMatchObject({ field });
    },
  );

  it('takes track details from the tags unless typed, dropping out-of-range numbers', () => {
    const tags = {
      trackNumber: 3,
      trackTotal: 0,
      discNumber: 1000,
      discTotal: 2,
      albumArtist: 'Björk',
      composer: 'Nellee',
    };
    expect(detailsForUpload({ trackNumber: 7 }, tags, 'f.mp3')).toMatchObject({
      trackNumber: 7,
      trackTotal: null,
      discNumber: null,
      discTotal: 2,
      albumArtist: 'Björk',
      composer: 'Nellee',
    });
  });

  it('cleans sort names from the tags', () => {
    expect(sortNamesFromTags({ artistSort: ' Beatles,\nThe ', titleSort: 'x'.repeat(300) })).toEqual({
      title_sort: 'x'.repeat(200),
      artist_sort: 'Beatles, The',
      album_artist_sort: null,
    });
  });
});

describe('titleFromFileName', () => {
  it.each([
    ['song.mp3', 'song'],
    ['C:\\Music\\01 Intro.mp3', '01 Intro'],
    ['/home/me/a.b.c.mp3', 'a.b.c'],
    ['My %22Best%22 Song.mp3', 'My "Best" Song'],
    ['no extension', 'no extension'],
    ['Mr. Brightside', 'Mr. Brightside'],
    ['.mp3', 'Untitled'],
    ['', 'Untitled'],
    ['\u0007\u0008.mp3', 'Untitled'],
  ])('%j → %j', (name, title) => {
    expect(titleFromFileName(name)).toBe(title);
  });
});
