import { describe, expect, it } from 'vitest';
import { isSameStream, parseId3v2TagSize, parseMpegFrameHeader } from '../src/providers/audio/mpeg-header.js';

const bytes = (hex: string) => Buffer.from(hex.replace(/\s/g, ''), 'hex');

describe('parseMpegFrameHeader', () => {
  it.each([
    // First headers of the shared fixtures, checked against ffprobe.
    [
      'ff fb 90 64',
      { version: 1, sampleRateHz: 44100, bitrateKbps: 128, channels: 2, frameLength: 417, samplesPerFrame: 1152 },
    ],
    [
      'ff fb 90 c4',
      { version: 1, sampleRateHz: 44100, bitrateKbps: 128, channels: 1, frameLength: 417, samplesPerFrame: 1152 },
    ],
    [
      'ff f3 80 c4',
      { version: 2, sampleRateHz: 22050, bitrateKbps: 64, channels: 1, frameLength: 208, samplesPerFrame: 576 },
    ],
    [
      'ff e3 28 c4',
      { version: 2.5, sampleRateHz: 8000, bitrateKbps: 16, channels: 1, frameLength: 144, samplesPerFrame: 576 },
    ],
    // Padding bit adds one byte; the CRC bit (protection 0) does not change the length.
    ['ff fb 92 64', { version: 1, bitrateKbps: 128, frameLength: 418 }],
    ['ff fa 90 64', { version: 1, bitrateKbps: 128, frameLength: 417 }],
    // 320 kbps at 32 kHz: the largest MPEG-1 Layer III frame.
    ['ff fb e8 00', { version: 1, sampleRateHz: 32000, bitrateKbps: 320, frameLength: 1440 }],
    ['ff fb a4 00', { version: 1, sampleRateHz: 48000, bitrateKbps: 160, frameLength: 480, channels: 2 }],
  ])('parses %s', (hex, expected) => {
    expect(parseMpegFrameHeader(bytes(hex))).toMatchObject(expected);
  });

  it.each([
    ['no sync', '7f fb 90 64'],
    ['short sync (only 8 bits)', 'ff 1b 90 64'],
    ['reserved version', 'ff eb 90 64'],
    ['Layer II', 'ff fd 90 64'],
    ['Layer I', 'ff ff 90 64'],
    ['reserved layer', 'ff f9 90 64'],
    ['ADTS AAC (layer bits 00)', 'ff f1 50 80'],
    ['free-format bitrate', 'ff fb 00 64'],
    ['bad bitrate index', 'ff fb f0 64'],
    ['reserved sample rate', 'ff fb 9c 64'],
    ['reserved emphasis', 'ff fb 90 66'],
    ['plain text', '54 68 69 73'],
  ])('rejects %s', (_name, hex) => {
    expect(parseMpegFrameHeader(bytes(hex))).toBeNull();
  });

  it('needs four bytes at the offset', () => {
    expect(parseMpegFrameHeader(bytes('ff fb 90'))).toBeNull();
    expect(parseMpegFrameHeader(bytes('00 ff fb 90 64'), 1)).not.toBeNull();
    expect(parseMpegFrameHeader(bytes('00 ff fb 90 64'), 2)).toBeNull();
  });

  it('treats a change of version, sample rate or channel count as another stream', () => {
    const a = parseMpegFrameHeader(bytes('ff fb 90 64'))!;
    expect(isSameStream(a, parseMpegFrameHeader(bytes('ff fb b0 64'))!)).toBe(true); // bitrate change (VBR)
    expect(isSameStream(a, parseMpegFrameHeader(bytes('ff fb 94 64'))!)).toBe(false); // 48 kHz
    expect(isSameStream(a, parseMpegFrameHeader(bytes('ff fb 90 c4'))!)).toBe(false); // mono
    expect(isSameStream(a, parseMpegFrameHeader(bytes('ff f3 90 64'))!)).toBe(false); // MPEG-2
  });
});

describe('parseId3v2TagSize', () => {
  it('decodes the syncsafe size and adds the 10-byte header', () => {
    // speech-cbr128.mp3: size bytes 00 00 01 72 = 1*128 + 114 = 242
    expect(parseId3v2TagSize(bytes('49 44 33 03 00 00 00 00 01 72'))).toBe(252);
    expect(parseId3v2TagSize(bytes('49 44 33 04 00 00 7f 7f 7f 7f'))).toBe(10 + 0x0fffffff);
  });

  it('adds the footer when the v2.4 footer flag is set', () => {
    expect(parseId3v2TagSize(bytes('49 44 33 04 00 10 00 00 00 05'))).toBe(25);
  });

  it('finds a tag at an offset', () => {
    expect(parseId3v2TagSize(bytes('ff ff 49 44 33 03 00 00 00 00 00 01'), 2)).toBe(11);
  });

  it.each([
    ['not ID3', '49 44 34 03 00 00 00 00 01 72'],
    ['size byte with the high bit set', '49 44 33 03 00 00 00 00 81 72'],
    ['version 0xff', '49 44 33 ff 00 00 00 00 01 72'],
    ['truncated header', '49 44 33 03 00 00 00'],
  ])('rejects %s', (_name, hex) => {
    expect(parseId3v2TagSize(bytes(hex))).toBeNull();
  });
});
