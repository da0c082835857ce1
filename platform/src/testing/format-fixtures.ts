/**
 * What the format fixtures (testing-fixtures/audio/formats, its README.md) are, written once for the
 * catalog's probe tests and the gateway's upload tests.
 */

/** The tags of every fixture the README calls "tagged", as the probe reads them. */
export const FORMAT_FIXTURE_TAGS = {
  title: 'Nine Tones',
  artist: 'Björk',
  album: 'Formats — 日本語',
  albumArtist: 'Various Björks',
  composer: 'Anna Ö',
  genre: 'Electronic',
  year: 2001,
  trackNumber: 2,
  trackTotal: 9,
  discNumber: 1,
  discTotal: 2,
} as const;

export interface FormatFixture {
  file: string;
  /** What the catalog records of the audio. */
  audio: {
    codec: string;
    mimeType: string;
    fileExtension: string;
    lossless: boolean;
    bitDepth: number | null;
    channels: number;
    sampleRateHz: number;
    /** Only where the encoder fixes it (constant bitrate). */
    bitrateKbps?: number;
  };
  /** ffprobe's, from the README. */
  durationSeconds: number;
  /** Exactly the tags the file carries. */
  tags: Partial<Record<keyof typeof FORMAT_FIXTURE_TAGS, string | number>>;
  /** The embedded cover's type: always the PNG `png-renamed.mp3`. */
  cover: 'image/png' | null;
}

const FLAC = { codec: 'FLAC', mimeType: 'audio/flac', fileExtension: 'flac', lossless: true } as const;
const M4A = { mimeType: 'audio/mp4', fileExtension: 'm4a' } as const;

/** One fixture of each accepted format. */
export const FORMAT_FIXTURES: readonly FormatFixture[] = [
  {
    file: 'flac-16-tags-cover.flac',
    audio: { ...FLAC, bitDepth: 16, channels: 2, sampleRateHz: 44100 },
    durationSeconds: 3,
    tags: FORMAT_FIXTURE_TAGS,
    cover: 'image/png',
  },
  {
    file: 'flac-24bit.flac',
    audio: { ...FLAC, bitDepth: 24, channels: 2, sampleRateHz: 48000 },
    durationSeconds: 2,
    tags: { title: 'Deep Tone' },
    cover: null,
  },
  {
    file: 'flac-5.1.flac',
    audio: { ...FLAC, bitDepth: 16, channels: 6, sampleRateHz: 48000 },
    durationSeconds: 1.5,
    tags: { title: 'Surround Tones' },
    cover: null,
  },
  {
    file: 'm4a-aac-tags-cover.m4a',
    audio: { ...M4A, codec: 'AAC', lossless: false, bitDepth: null, channels: 2, sampleRateHz: 44100, bitrateKbps: 64 },
    durationSeconds: 3,
    tags: FORMAT_FIXTURE_TAGS,
    cover: 'image/png',
  },
  {
    file: 'm4a-alac.m4a',
    audio: { ...M4A, codec: 'ALAC', lossless: true, bitDepth: 16, channels: 1, sampleRateHz: 22050 },
    durationSeconds: 2,
    tags: { title: 'Apple Lossless', artist: 'Tone Maker' },
    cover: null,
  },
  {
    file: 'ogg-vorbis-tags.ogg',
    audio: {
      codec: 'VORBIS',
      mimeType: 'audio/ogg',
      fileExtension: 'ogg',
      lossless: false,
      bitDepth: null,
      channels: 2,
      sampleRateHz: 44100,
    },
    durationSeconds: 3,
    tags: FORMAT_FIXTURE_TAGS,
    cover: null,
  },
  {
    file: 'opus-tags.opus',
    audio: {
      codec: 'OPUS',
      mimeType: 'audio/ogg',
      fileExtension: 'opus',
      lossless: false,
      bitDepth: null,
      channels: 2,
      sampleRateHz: 48000,
    },
    durationSeconds: 3.007,
    tags: FORMAT_FIXTURE_TAGS,
    cover: null,
  },
  {
    file: 'wav-pcm16.wav',
    audio: {
      codec: 'PCM',
      mimeType: 'audio/wav',
      fileExtension: 'wav',
      lossless: true,
      bitDepth: 16,
      channels: 1,
      sampleRateHz: 22050,
      bitrateKbps: 353,
    },
    durationSeconds: 2,
    tags: { title: 'Plain Wave', artist: 'Tone Maker' },
    cover: null,
  },
];

export type FormatRefusal = 'undecodable' | 'not-audio' | 'unsupported-codec';

/** The fakes, each with why the probe must refuse it. */
export const REFUSED_FORMAT_FIXTURES: ReadonlyArray<readonly [file: string, reason: FormatRefusal]> = [
  ['cut-flac-16-tags-cover.flac', 'undecodable'],
  ['cut-m4a-aac-tags-cover.m4a', 'undecodable'],
  ['cut-m4a-alac.m4a', 'undecodable'],
  ['cut-ogg-vorbis-tags.ogg', 'undecodable'],
  ['cut-opus-tags.opus', 'undecodable'],
  ['cut-wav-pcm16.wav', 'undecodable'],
  ['flac-header-then-noise.flac', 'undecodable'],
  ['text-named.flac', 'not-audio'],
  ['png-named.m4a', 'not-audio'],
  ['video-only.mp4', 'unsupported-codec'],
  ['mp3-in-mp4.m4a', 'unsupported-codec'],
  ['opus-in-webm.webm', 'unsupported-codec'],
  ['flac-in-ogg.ogg', 'unsupported-codec'],
];
