import { describe, expect, it } from 'vitest';
import { detailsForUpload, titleFromFileName, validateMetadata } from '../src/providers/song-metadata.js';

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

  it('prefers what the uploader typed, then the tags', () => {
    expect(detailsForUpload({ title: 'Typed', album: null }, tags, 'file.mp3')).toEqual({
      title: 'Typed',
      artist: 'Tag Artist',
      album: null,
      genre: 'Jazz',
      releaseYear: 1999,
    });
  });

  it('falls back to the file name and "Unknown artist"', () => {
    expect(detailsForUpload({}, {}, '01 - Intro.mp3')).toEqual({
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
