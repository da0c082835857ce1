import { describe, expect, it } from 'vitest';
import { chooseStream, roundToLadder } from '../src/providers/transcoding/stream-choice.js';

const flac = { codec: 'FLAC', bitrateKbps: 900 };
const mp3At128 = { codec: 'MP3', bitrateKbps: 128 };

describe('choosing what a streamUrl serves', () => {
  it('serves the original by default, and an MP3 at the limit when the file is above it', () => {
    expect(chooseStream(flac, undefined, undefined)).toEqual({ kind: 'original' });
    expect(chooseStream(flac, 'ORIGINAL', 0)).toEqual({ kind: 'original' });
    expect(chooseStream(mp3At128, 'ORIGINAL', 128)).toEqual({ kind: 'original' });
    expect(chooseStream(flac, 'ORIGINAL', 200)).toEqual({ kind: 'transcode', format: 'mp3', bitrate: 192 });
    expect(chooseStream(flac, 'ORIGINAL', 5000)).toEqual({ kind: 'original' });
    expect(chooseStream({ codec: null, bitrateKbps: null }, 'ORIGINAL', 96)).toEqual({ kind: 'original' });
  });

  it('transcodes to the asked format at min(limit, 320), 192 by default (Opus 128), rounded down the ladder', () => {
    expect(chooseStream(flac, 'MP3', undefined)).toEqual({ kind: 'transcode', format: 'mp3', bitrate: 192 });
    expect(chooseStream(flac, 'OPUS', null)).toEqual({ kind: 'transcode', format: 'opus', bitrate: 128 });
    expect(chooseStream(flac, 'AAC', 0)).toEqual({ kind: 'transcode', format: 'aac', bitrate: 192 });
    expect(chooseStream(flac, 'MP3', 1000)).toEqual({ kind: 'transcode', format: 'mp3', bitrate: 320 });
    expect(chooseStream(flac, 'OPUS', 100)).toEqual({ kind: 'transcode', format: 'opus', bitrate: 96 });
    expect(chooseStream(flac, 'MP3', 5)).toEqual({ kind: 'transcode', format: 'mp3', bitrate: 32 });
  });

  it('serves the original when it already is that codec at no more than that rate', () => {
    expect(chooseStream(mp3At128, 'MP3', 160)).toEqual({ kind: 'original' });
    expect(chooseStream(mp3At128, 'MP3', 96)).toEqual({ kind: 'transcode', format: 'mp3', bitrate: 96 });
    expect(chooseStream(mp3At128, 'OPUS', 160)).toEqual({ kind: 'transcode', format: 'opus', bitrate: 160 });
  });

  it('refuses a maxBitRate outside 0..10000 as BAD_USER_INPUT', () => {
    for (const bad of [-1, 10_001]) {
      expect(() => chooseStream(flac, 'MP3', bad)).toThrow(
        expect.objectContaining({
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'maxBitRate' }),
        }),
      );
    }
    expect(chooseStream(flac, 'MP3', 10_000).kind).toBe('transcode');
  });

  it('rounds down to a rung', () => {
    expect([1, 32, 47, 48, 100, 159, 160, 255, 320, 999].map(roundToLadder)).toEqual([
      32, 32, 32, 48, 96, 128, 160, 192, 320, 320,
    ]);
  });
});
