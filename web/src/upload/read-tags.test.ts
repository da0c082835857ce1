// @vitest-environment node
import { readFile } from 'node:fs/promises';
import { audioFixture } from '@sp0t1fy/platform/testing';
import { describe, expect, it } from 'vitest';
import { readTags } from './read-tags';

/** As a browser hands it over: the name and the type it guessed from the name. */
const file = async (fixture: string, name: string, type: string) =>
  new File([await readFile(audioFixture(fixture))], name, { type });

describe('readTags', () => {
  it.each([
    ['formats/flac-16-tags-cover.flac', 'song.flac', 'audio/flac', 3],
    ['formats/m4a-aac-tags-cover.m4a', 'song.m4a', 'audio/mp4', 3],
    ['formats/ogg-vorbis-tags.ogg', 'song.ogg', 'audio/ogg', 3],
    ['formats/opus-tags.opus', 'song.opus', 'audio/ogg', 3],
    // Named and typed as an MP3: the bytes decide, as on the server.
    ['formats/flac-16-tags-cover.flac', 'disguised.mp3', 'audio/mpeg', 3],
  ])('reads the tags of %s named %s', async (fixture, name, type) => {
    const tags = await readTags(await file(fixture, name, type));
    expect(tags).toMatchObject({
      found: true,
      draft: {
        title: 'Nine Tones',
        artist: 'Björk',
        album: 'Formats — 日本語',
        genre: 'Electronic',
        releaseYear: '2001',
      },
    });
  });

  it('reads an MP3’s ID3 tags and cover as before', async () => {
    const tags = await readTags(await file('tones-with-cover.mp3', 'a.mp3', 'audio/mpeg'));
    expect(tags).toMatchObject({ found: true, draft: { title: 'Rising Tones', artist: 'Sine Ensemble' } });
    expect(tags.coverUrl).toMatch(/^blob:/);
  });

  it('reads a WAV’s RIFF INFO title and its cover-less FLAC siblings', async () => {
    const wav = await readTags(await file('formats/wav-pcm16.wav', 'a.wav', 'audio/wav'));
    expect(wav.draft).toMatchObject({ title: 'Plain Wave', artist: 'Tone Maker' });
    const flac = await readTags(await file('formats/flac-24bit.flac', 'b.flac', 'audio/flac'));
    expect(flac).toMatchObject({ found: true, coverUrl: null, draft: { title: 'Deep Tone' } });
  });

  it('falls back to the file name for what is not audio, without refusing it', async () => {
    const tags = await readTags(await file('formats/text-named.flac', 'Liner Notes.flac', 'audio/flac'));
    expect(tags).toMatchObject({ found: false, draft: { title: 'Liner Notes' } });
  });
});
