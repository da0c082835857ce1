/**
 * Pure parsers for the two byte structures needed to walk an MP3 file without decoding it:
 * the ID3v2 tag header that precedes the audio, and the 4-byte MPEG audio frame header.
 * Only Layer III is recognised on purpose: Layer I/II and ADTS AAC share the frame sync, and
 * treating them as "not a header" is what lets the walker tell an MP3 from its look-alikes.
 */

export type MpegVersion = 1 | 2 | 2.5;

export interface MpegFrameHeader {
  version: MpegVersion;
  sampleRateHz: number;
  bitrateKbps: number;
  channels: 1 | 2;
  /** Whole frame in bytes, header and optional CRC included. */
  frameLength: number;
  samplesPerFrame: 1152 | 576;
}

export const MPEG_HEADER_BYTES = 4;
export const ID3V2_HEADER_BYTES = 10;

// Index 0 is "free format" (bitrate not in the header, so the frame length cannot be computed) and
// 15 is invalid; both are rejected.
const BITRATES_V1_L3 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const BITRATES_V2_L3 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const SAMPLE_RATES: Record<MpegVersion, readonly number[]> = {
  1: [44100, 48000, 32000],
  2: [22050, 24000, 16000],
  2.5: [11025, 12000, 8000],
};

/** Parses a Layer III frame header at `offset`, or returns null if those bytes are not one. */
export function parseMpegFrameHeader(bytes: Uint8Array, offset = 0): MpegFrameHeader | null {
  if (offset + MPEG_HEADER_BYTES > bytes.length) return null;
  const b0 = bytes[offset]!;
  const b1 = bytes[offset + 1]!;
  const b2 = bytes[offset + 2]!;
  const b3 = bytes[offset + 3]!;

  if (b0 !== 0xff || (b1 & 0xe0) !== 0xe0) return null; // 11-bit frame sync
  const versionBits = (b1 >> 3) & 0b11;
  const layerBits = (b1 >> 1) & 0b11;
  const bitrateIndex = b2 >> 4;
  const sampleRateIndex = (b2 >> 2) & 0b11;
  const padding = (b2 >> 1) & 1;
  const channelMode = b3 >> 6;
  const emphasis = b3 & 0b11;

  if (versionBits === 0b01 || layerBits !== 0b01) return null; // reserved version / not Layer III
  if (bitrateIndex === 0 || bitrateIndex === 15 || sampleRateIndex === 3 || emphasis === 0b10) return null;

  const version: MpegVersion = versionBits === 0b11 ? 1 : versionBits === 0b10 ? 2 : 2.5;
  const bitrateKbps = (version === 1 ? BITRATES_V1_L3 : BITRATES_V2_L3)[bitrateIndex]!;
  const sampleRateHz = SAMPLE_RATES[version][sampleRateIndex]!;
  // MPEG-2/2.5 Layer III frames carry half the samples of MPEG-1, hence half the coefficient.
  const coefficient = version === 1 ? 144 : 72;
  return {
    version,
    sampleRateHz,
    bitrateKbps,
    channels: channelMode === 0b11 ? 1 : 2,
    frameLength: Math.floor((coefficient * bitrateKbps * 1000) / sampleRateHz) + padding,
    samplesPerFrame: version === 1 ? 1152 : 576,
  };
}

/**
 * Frames of one stream never change version or sample rate (bitrate may, in VBR), so a header that
 * does is noise that happens to contain a sync word.
 */
export function isSameStream(a: MpegFrameHeader, b: MpegFrameHeader): boolean {
  return a.version === b.version && a.sampleRateHz === b.sampleRateHz && a.channels === b.channels;
}

/**
 * Total size (header, body and optional footer) of an ID3v2 tag starting at `offset`, or null if the
 * bytes are not a plausible ID3v2 header. The size may point past the end of the file (truncated tag).
 */
export function parseId3v2TagSize(bytes: Uint8Array, offset = 0): number | null {
  if (offset + ID3V2_HEADER_BYTES > bytes.length) return null;
  const at = (i: number): number => bytes[offset + i]!;
  if (at(0) !== 0x49 || at(1) !== 0x44 || at(2) !== 0x33) return null; // "ID3"
  if (at(3) === 0xff || at(4) === 0xff) return null;
  let size = 0;
  for (let i = 6; i < 10; i++) {
    if (at(i) & 0x80) return null; // sizes are "syncsafe": 7 bits per byte
    size = size * 128 + at(i);
  }
  const hasFooter = (at(5) & 0x10) !== 0;
  return ID3V2_HEADER_BYTES + size + (hasFooter ? ID3V2_HEADER_BYTES : 0);
}
