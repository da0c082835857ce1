import { chmod, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  audioFixture,
  audioPackets,
  decodedSamples,
  ebur128,
  ffprobe,
  mp3TrimmedSamples,
  testBackends,
} from '@sp0t1fy/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededUser, seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';

const listening = (name: string) => `listening/${name}`;

const LISTENING = /* GraphQL */ `
  query ($id: ID!) {
    song(id: $id) {
      id sampleRateHz
      loudness { trackGainDb trackPeak albumGainDb albumPeak source integratedLufs }
      gapless { encoderDelaySamples paddingSamples totalSamples }
    }
  }
`;

interface Listening {
  sampleRateHz: number;
  loudness: {
    trackGainDb: number;
    trackPeak: number;
    albumGainDb: number | null;
    albumPeak: number | null;
    source: 'TAGS' | 'MEASURED';
    integratedLufs: number | null;
  } | null;
  gapless: { encoderDelaySamples: number; paddingSamples: number; totalSamples: number | null } | null;
}

/** ffmpeg's MP3 decoder adds 528 + 1 samples of its own delay to what the LAME header says (libavformat/mp3dec.c). */
const MP3_DECODER_DELAY = 529;

async function listeningOf(user: SeededUser, id: string): Promise<Listening> {
  const response = await user.client.request<{ song: Listening }>(LISTENING, { id });
  expect(response.errors).toBeUndefined();
  return response.data!.song;
}

describe.each(await testBackends())('song loudness and gapless information ($name)', (backend) => {
  let stack: TestStack;
  let alice: SeededUser;

  beforeAll(async () => {
    stack = await startStack(backend);
    alice = await seed(stack.client).user({ displayName: 'Alice' });
  });
  afterAll(() => stack?.close());

  it('takes ReplayGain from the tags, without measuring', async () => {
    const song = await seed(stack.client).song(alice, listening('replaygain-tagged.mp3'));
    expect((await listeningOf(alice, song.id)).loudness).toEqual({
      trackGainDb: -3.21,
      trackPeak: 0.501187,
      albumGainDb: -4.5,
      albumPeak: 0.707946,
      source: 'TAGS',
      integratedLufs: null,
    });
  });

  it("measures an untagged song's loudness as ffmpeg's ebur128 does, and its album's from both songs", async () => {
    const seeded = seed(stack.client);
    const files = ['tone-quarter-scale.mp3', 'tone-ten-db-down.mp3'];
    const ids = [];
    for (const file of files) ids.push((await seeded.song(alice, listening(file))).id);
    const reference = await Promise.all(files.map((file) => ebur128(audioFixture(listening(file)))));
    // The album played as one: the energy mean of its songs' loudness.
    const albumLufs = 10 * Math.log10(reference.reduce((sum, r) => sum + 10 ** (r.integratedLufs / 10), 0) / 2);

    for (const [i, id] of ids.entries()) {
      const { loudness } = await listeningOf(alice, id);
      expect(loudness?.source).toBe('MEASURED');
      expect(Math.abs(loudness!.integratedLufs! - reference[i]!.integratedLufs)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(loudness!.trackGainDb - (-18 - reference[i]!.integratedLufs))).toBeLessThanOrEqual(0.5);
      expect(Math.abs(loudness!.trackPeak - reference[i]!.samplePeak)).toBeLessThanOrEqual(0.01);
      expect(Math.abs(loudness!.albumGainDb! - (-18 - albumLufs))).toBeLessThanOrEqual(0.5);
      expect(loudness!.albumPeak).toBeCloseTo(Math.max(...reference.map((r) => r.samplePeak)), 2);
    }
    // The fixtures are 1 kHz sines at 0.25 and 0.079 of full scale: 10 dB apart, and so are their gains.
    const [loud, quiet] = await Promise.all(ids.map((id) => listeningOf(alice, id)));
    expect(quiet!.loudness!.trackGainDb - loud!.loudness!.trackGainDb).toBeCloseTo(10, 0);
    expect(loud!.loudness!.trackPeak).toBeCloseTo(0.25, 1);
  });

  it("reads an MP3's encoder delay and padding from its LAME header, as ffmpeg trims them", async () => {
    const file = audioFixture(listening('tone-quarter-scale.mp3'));
    const song = await seed(stack.client).song(alice, listening('tone-quarter-scale.mp3'));
    const { gapless, sampleRateHz } = await listeningOf(alice, song.id);
    const trimmed = await mp3TrimmedSamples(file);
    expect(gapless).toEqual({
      encoderDelaySamples: trimmed.skipSamples - MP3_DECODER_DELAY,
      paddingSamples: trimmed.discardPadding + MP3_DECODER_DELAY,
      totalSamples: await decodedSamples(file),
    });
    expect(gapless!.totalSamples! / sampleRateHz).toBeCloseTo(4, 3);
    expect(Math.abs(gapless!.totalSamples! / sampleRateHz - (await ffprobe(file)).durationSeconds)).toBeLessThan(0.05);
  });

  it("reads an AAC file's iTunSMPB: delay, padding and samples add up to the packets ffprobe counts", async () => {
    const file = audioFixture(listening('aac-itunsmpb.m4a'));
    const song = await seed(stack.client).song(alice, listening('aac-itunsmpb.m4a'));
    const { gapless, sampleRateHz } = await listeningOf(alice, song.id);
    const probed = await audioPackets(file);
    expect(gapless).toEqual({ encoderDelaySamples: 1024, paddingSamples: expect.any(Number), totalSamples: 88200 });
    // AAC packets are 1024 samples each.
    expect(gapless!.encoderDelaySamples + gapless!.totalSamples! + gapless!.paddingSamples).toBe(probed.packets * 1024);
    expect(gapless!.totalSamples! / sampleRateHz).toBeCloseTo(probed.durationSeconds, 3);
  });

  it('gives no gapless information for lossless audio, and measures its loudness too', async () => {
    const song = await seed(stack.client).song(alice, listening('lyrics-vorbis-lrc.flac'));
    const { gapless, loudness } = await listeningOf(alice, song.id);
    expect(gapless).toBeNull();
    const reference = await ebur128(audioFixture(listening('lyrics-vorbis-lrc.flac')));
    expect(loudness?.source).toBe('MEASURED');
    expect(Math.abs(loudness!.integratedLufs! - reference.integratedLufs)).toBeLessThanOrEqual(0.5);
    // No album: no album gain.
    expect(loudness).toMatchObject({ albumGainDb: null, albumPeak: null });
  });
});

describe('a loudness measurement that fails', () => {
  let stack: TestStack;
  let alice: SeededUser;

  beforeAll(async () => {
    const [backend] = await testBackends();
    // An ffmpeg that works for everything but the ebur128 filter (MP3 uploads need no ffmpeg to be accepted).
    const wrapper = join(tmpdir(), `ffmpeg-without-ebur128-${process.pid}`);
    await writeFile(wrapper, '#!/bin/sh\ncase "$*" in *ebur128*) exit 1;; esac\nexec ffmpeg "$@"\n');
    await chmod(wrapper, 0o755);
    stack = await startStack(backend!, { env: { FFMPEG_PATH: wrapper } });
    alice = await seed(stack.client).user();
  });
  afterAll(() => stack?.close());

  it('stores the song all the same, with its loudness unknown', async () => {
    const song = await seed(stack.client).song(alice, listening('tone-quarter-scale.mp3'));
    const { loudness, gapless } = await listeningOf(alice, song.id);
    expect(loudness).toBeNull();
    expect(gapless).not.toBeNull();
  });
});
