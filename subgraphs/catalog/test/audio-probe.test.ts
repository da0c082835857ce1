import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { audioFixture } from '@sp0t1fy/platform/testing';
import { describe, expect, it } from 'vitest';
import { InvalidAudioError, type InvalidAudioReason, probeAudio } from '../src/providers/audio/audio-probe.js';
import { locateFfmpeg } from '../src/providers/ffmpeg/ffmpeg-binary.js';
import { noise, tempDir } from './helpers.js';

const ffmpeg = await locateFfmpeg();
const probe = (path: string) => probeAudio(path, { ffmpegPath: ffmpeg.path });

/** Expected values from the fixtures README (ffprobe) and ffprobe on the generated fixtures. */
const ACCEPTED = [
  {
    file: 'speech-cbr128.mp3',
    durationSeconds: 10.16,
    bitrateKbps: 128,
    sampleRateHz: 44100,
    channels: 1,
    mpegVersion: 1,
    tags: { title: 'Counting Test', artist: 'The Fixtures', album: 'Open Samples', year: 2024, genre: 'Spoken Word' },
  },
  {
    file: 'tone-vbr-mono.mp3',
    durationSeconds: 8.07,
    bitrateKbps: 13,
    sampleRateHz: 22050,
    channels: 1,
    mpegVersion: 2,
    tags: {},
  },
  {
    file: 'tones-with-cover.mp3',
    durationSeconds: 12.04,
    bitrateKbps: 192,
    sampleRateHz: 44100,
    channels: 2,
    mpegVersion: 1,
    tags: { title: 'Rising Tones', artist: 'Sine Ensemble', album: 'Waves', year: 2023, genre: 'Electronic' },
  },
  {
    file: 'id3v1-only.mp3',
    durationSeconds: 1.599, // ffprobe; music-metadata says 1.567 (it subtracts the encoder delay)
    bitrateKbps: 32,
    sampleRateHz: 22050,
    channels: 1,
    mpegVersion: 2,
    tags: { title: 'Plain Title', artist: 'Latin Artist', album: 'Old Album', year: 1999, genre: 'Jazz' },
  },
  {
    file: 'id3v23-unicode.mp3',
    durationSeconds: 1.567,
    bitrateKbps: 32,
    sampleRateHz: 22050,
    channels: 1,
    mpegVersion: 2,
    tags: { title: 'Jóga — 日本語', artist: 'Björk', album: 'Homogenic 🎵', year: 1997, genre: 'Electronic' },
  },
  {
    file: 'id3v24-unicode.mp3',
    durationSeconds: 1.567,
    bitrateKbps: 32,
    sampleRateHz: 22050,
    channels: 1,
    mpegVersion: 2,
    tags: { title: 'Jóga — 日本語', artist: 'Björk', album: 'Homogénic', year: 1997, genre: 'Electronic' },
  },
  {
    file: 'mpeg25-8khz.mp3',
    durationSeconds: 2.16,
    bitrateKbps: 16,
    sampleRateHz: 8000,
    channels: 1,
    mpegVersion: 2.5,
    tags: {},
  },
  {
    file: 'cbr-no-info-tag.mp3',
    durationSeconds: 1.045,
    bitrateKbps: 64,
    sampleRateHz: 44100,
    channels: 1,
    mpegVersion: 1,
    tags: {},
  },
] as const;

async function expectRefused(path: string, reason: InvalidAudioReason, message: RegExp) {
  const error = await probe(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidAudioError);
  expect(error).toMatchObject({ reason, name: 'InvalidAudioError' });
  expect((error as Error).message).toMatch(message);
}

async function writeTemp(name: string, bytes: Buffer | string): Promise<string> {
  const path = join(await tempDir(), name);
  await writeFile(path, bytes);
  return path;
}

describe('probeAudio accepts MP3 audio', () => {
  it.each(ACCEPTED)('$file', async ({ file, durationSeconds, tags, ...format }) => {
    const info = await probe(audioFixture(file));
    expect(info).toMatchObject({
      codec: 'MP3',
      mimeType: 'audio/mpeg',
      fileExtension: 'mp3',
      lossless: false,
      bitDepth: null,
      ...format,
    });
    expect(Math.abs(info.durationSeconds - durationSeconds)).toBeLessThanOrEqual(0.05);
    expect(info.tags).toStrictEqual(tags);
  });

  it('reads the embedded JPEG cover', async () => {
    const info = await probe(audioFixture('tones-with-cover.mp3'));
    expect(info.cover?.mimeType).toBe('image/jpeg');
    expect(info.cover?.data.subarray(0, 3)).toStrictEqual(Buffer.from([0xff, 0xd8, 0xff])); // JPEG SOI
    expect(Buffer.isBuffer(info.cover?.data)).toBe(true);
  });

  it('reads an ID3v2.4 front cover', async () => {
    const info = await probe(audioFixture('id3v24-unicode.mp3'));
    expect(info.cover?.mimeType).toBe('image/png');
    expect(info.cover?.data).toStrictEqual(await readFile(audioFixture('png-renamed.mp3'))); // same PNG
  });

  it('reads track and disc numbers, album artist, composer and sort names (ID3v2.4 by ffmpeg)', async () => {
    const [first, second] = await Promise.all(
      ['album-post-01.mp3', 'album-post-02.mp3'].map((file) => probe(audioFixture(file))),
    );
    expect(first?.tags).toMatchObject({
      title: 'Army of Me',
      artist: 'Björk',
      album: 'Post',
      albumArtist: 'Björk',
      composer: 'Björk',
      trackNumber: 1,
      trackTotal: 3,
      discNumber: 1,
      discTotal: 1,
      artistSort: 'Bjork',
      titleSort: 'Army of Me',
    });
    expect(second?.tags).toMatchObject({ artist: 'Bjork', trackNumber: 2 });
    expect(second?.tags).not.toHaveProperty('albumArtist');
  });

  it('has no cover when the file has none', async () => {
    expect(await probe(audioFixture('speech-cbr128.mp3'))).not.toHaveProperty('cover');
  });

  it.each(['upload-1234', 'song.flac', 'song.wav', 'song.txt', 'song.m4a'])(
    'judges by content, not by the name %s',
    async (name) => {
      const path = join(await tempDir(), name);
      await copyFile(audioFixture('speech-cbr128.mp3'), path);
      expect(await probe(path)).toMatchObject({ codec: 'MP3', tags: { title: 'Counting Test' } });
    },
  );

  it('accepts concatenated MP3s and reports the length of the audio actually present', async () => {
    const one = await readFile(audioFixture('tone-vbr-mono.mp3'));
    const info = await probe(await writeTemp('two', Buffer.concat([one, one])));
    // The first Xing header claims 8.07 s; the frames hold twice that.
    expect(info.durationSeconds).toBeCloseTo(2 * 8.098, 1);
  });

  it('accepts an MP3 with trailing junk shorter than the tolerance', async () => {
    const audio = await readFile(audioFixture('speech-cbr128.mp3'));
    const info = await probe(await writeTemp('junk', Buffer.concat([audio, Buffer.alloc(300, 0x20)])));
    expect(info.durationSeconds).toBeCloseTo(10.16, 1);
  });
});

describe('probeAudio refuses what is not audio we serve', () => {
  const NOT_AUDIO = /not an audio file we accept/;
  const UNSUPPORTED = /no audio in a format we accept/;
  const UNDECODABLE = /could not be decoded/;

  it.each([
    ['not-audio.mp3', 'not-audio', NOT_AUDIO],
    ['png-renamed.mp3', 'not-audio', NOT_AUDIO],
    ['id3-then-html.mp3', 'not-audio', NOT_AUDIO],
    ['layer2-renamed.mp3', 'unsupported-codec', UNSUPPORTED],
    ['aac-adts-renamed.mp3', 'unsupported-codec', UNSUPPORTED],
    ['sync-then-noise.mp3', 'undecodable', UNDECODABLE],
  ] as const)('%s → %s', async (file, reason, message) => {
    await expectRefused(audioFixture(file), reason, message);
  });

  it('refuses an empty file', async () => {
    await expectRefused(await writeTemp('empty.mp3', ''), 'empty', /^This file is empty\.$/);
  });

  it('refuses plain text', async () => {
    await expectRefused(await writeTemp('notes.mp3', 'hello\n'.repeat(1000)), 'not-audio', NOT_AUDIO);
  });

  it('refuses random bytes', async () => {
    await expectRefused(await writeTemp('random.mp3', noise(50_000, 3)), 'not-audio', NOT_AUDIO);
  });

  it('refuses the first 300 bytes of a real MP3', async () => {
    const head = (await readFile(audioFixture('speech-cbr128.mp3'))).subarray(0, 300);
    await expectRefused(await writeTemp('head.mp3', head), 'undecodable', UNDECODABLE);
  });

  it('refuses the first 300 bytes of an untagged VBR MP3', async () => {
    const head = (await readFile(audioFixture('tone-vbr-mono.mp3'))).subarray(0, 300);
    await expectRefused(await writeTemp('head.mp3', head), 'undecodable', UNDECODABLE);
  });

  it('refuses an ID3v2 tag with no audio', async () => {
    const tag = (await readFile(audioFixture('speech-cbr128.mp3'))).subarray(0, 252);
    await expectRefused(await writeTemp('tag.mp3', tag), 'no-audio', /no audio/);
  });

  it('refuses a file cut off inside its ID3v2 tag', async () => {
    const cut = (await readFile(audioFixture('tones-with-cover.mp3'))).subarray(0, 500);
    await expectRefused(await writeTemp('cut.mp3', cut), 'undecodable', UNDECODABLE);
  });

  it('refuses a VBR file cut in half (its Xing header promises audio that is gone)', async () => {
    const file = await readFile(audioFixture('tone-vbr-mono.mp3'));
    await expectRefused(await writeTemp('half.mp3', file.subarray(0, file.length / 2)), 'undecodable', UNDECODABLE);
  });

  it('refuses a real MP3 start followed by lots of junk (CBR duration from file size disagrees with the frames)', async () => {
    const audio = await readFile(audioFixture('cbr-no-info-tag.mp3'));
    const path = await writeTemp('padded.mp3', Buffer.concat([audio, noise(64 * 1024, 5)]));
    await expectRefused(path, 'undecodable', UNDECODABLE);
  });

  it('lets a missing file fail as a plain file-system error, not as invalid audio', async () => {
    await expect(probe(join(await tempDir(), 'missing.mp3'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
