import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { audioFixture, FORMAT_FIXTURES, ffprobe, REFUSED_FORMAT_FIXTURES } from '@sp0t1fy/platform/testing';
import { describe, expect, it } from 'vitest';
import { InvalidAudioError, type InvalidAudioReason, probeAudio } from '../src/providers/audio/audio-probe.js';
import { locateFfmpeg } from '../src/providers/ffmpeg/ffmpeg-binary.js';
import { noise, tempDir } from './helpers.js';

const ffmpeg = await locateFfmpeg();
const probe = (path: string) => probeAudio(path, { ffmpegPath: ffmpeg.path });
const fixture = (name: string) => audioFixture(`formats/${name}`);

async function refusal(path: string): Promise<InvalidAudioError> {
  const error = await probe(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidAudioError);
  return error as InvalidAudioError;
}

describe('probeAudio accepts FLAC, M4A (AAC, ALAC), Ogg Vorbis, Opus and WAV', () => {
  it.each(FORMAT_FIXTURES)('$file', async ({ file, audio, tags, cover }) => {
    const path = fixture(file);
    const info = await probe(path);
    expect(info).toMatchObject(audio);
    expect(Math.abs(info.durationSeconds - (await ffprobe(path)).durationSeconds)).toBeLessThanOrEqual(0.1);
    expect(info.tags).toStrictEqual(tags);
    expect(info.bitrateKbps).toBeGreaterThan(0);
    if (cover) {
      expect(info.cover?.mimeType).toBe(cover);
      expect(info.cover?.data).toStrictEqual(await readFile(audioFixture('png-renamed.mp3')));
    } else {
      expect(info).not.toHaveProperty('cover');
    }
  });

  it.each([
    ['mp3-named.m4a', 'MP3'],
    ['flac-renamed.mp3', 'FLAC'],
  ])('judges %s by its bytes: %s', async (file, codec) => {
    const path = file === 'flac-renamed.mp3' ? audioFixture(file) : fixture(file);
    expect(await probe(path)).toMatchObject({ codec });
  });

  it('accepts a FLAC under no name at all, or the name of another format', async () => {
    const bytes = await readFile(fixture('flac-24bit.flac'));
    for (const name of ['upload-1234', 'song.ogg', 'song.wav']) {
      const path = join(await tempDir(), name);
      await writeFile(path, bytes);
      expect(await probe(path)).toMatchObject({ codec: 'FLAC', bitDepth: 24 });
    }
  });

  it('accepts a FLAC behind an ID3v2 tag, as some taggers write it', async () => {
    const frame = Buffer.concat([Buffer.from('TIT2'), Buffer.from([0, 0, 0, 10, 0, 0]), Buffer.from('\0ID3 Title')]);
    const header = Buffer.from([0x49, 0x44, 0x33, 3, 0, 0, 0, 0, 0, frame.length]);
    const path = join(await tempDir(), 'tagged.flac');
    await writeFile(path, Buffer.concat([header, frame, await readFile(fixture('flac-24bit.flac'))]));
    expect(await probe(path)).toMatchObject({ codec: 'FLAC', bitDepth: 24, tags: { title: 'Deep Tone' } });
  });
});

describe('probeAudio refuses fakes of each format', () => {
  it.each(REFUSED_FORMAT_FIXTURES)('%s → %s', async (file, reason: InvalidAudioReason) => {
    expect(await refusal(fixture(file))).toMatchObject({ reason });
  });

  it('refuses each format cut anywhere: only its first bytes, or all but its last', async () => {
    for (const { file } of FORMAT_FIXTURES) {
      const bytes = await readFile(fixture(file));
      for (const length of [64, Math.floor(bytes.length * 0.9), bytes.length - 1]) {
        const path = join(await tempDir(), `cut-${length}-${file}`);
        await writeFile(path, bytes.subarray(0, length));
        const error = await refusal(path);
        expect([file, length, error.reason]).toStrictEqual([file, length, 'undecodable']);
      }
    }
  });

  it('refuses a valid header followed by noise, for each compressed format', async () => {
    // Noise after a WAV header is PCM like any other: a valid (loud) WAV, so WAV is not among these.
    for (const { file } of FORMAT_FIXTURES.filter(({ audio }) => audio.codec !== 'PCM')) {
      const bytes = await readFile(fixture(file));
      // Past the headers (and any cover) but well before the end of the audio.
      const keep = file.startsWith('flac-16') || file.startsWith('m4a-aac') ? 8_000 : 1_000;
      const path = join(await tempDir(), `noise-${file}`);
      await writeFile(path, Buffer.concat([bytes.subarray(0, keep), noise(bytes.length - keep, 7)]));
      const outcome = await probe(path).then(
        () => 'accepted',
        (error: unknown) => (error instanceof InvalidAudioError ? error.reason : error),
      );
      expect([file, outcome]).toStrictEqual([file, 'undecodable']);
    }
  });
});

describe('probeAudio on audio longer than one slice', () => {
  /** Made here (ffmpeg is needed anyway): twelve seconds is past what is decoded whole. */
  async function longFile(name: string, codec: string[]): Promise<string> {
    const path = join(await tempDir(), name);
    await promisify(execFile)(ffmpeg.path, [
      ...['-nostdin', '-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=44100:duration=12'],
      ...codec,
      path,
    ]);
    return path;
  }

  it.each([
    ['long.flac', ['-c:a', 'flac'], 'FLAC'],
    ['long.m4a', ['-c:a', 'aac', '-b:a', '48k', '-movflags', '+faststart'], 'AAC'],
    ['long.ogg', ['-c:a', 'libvorbis', '-q:a', '0'], 'VORBIS'],
  ])('accepts a whole %s, and refuses it without its last seconds', async (name, codec, expected) => {
    const path = await longFile(name, codec);
    const info = await probe(path);
    expect(info).toMatchObject({ codec: expected });
    expect(Math.abs(info.durationSeconds - (await ffprobe(path)).durationSeconds)).toBeLessThanOrEqual(0.1);

    // The start decodes fine; only the slice at the claimed end finds the audio gone.
    const bytes = await readFile(path);
    const cut = join(await tempDir(), `cut-${name}`);
    await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length * 0.7)));
    expect(await refusal(cut)).toMatchObject({ reason: 'undecodable' });
  });
});
