/** What the probes report about an accepted upload, and how they refuse one. */
import {
  CouldNotDetermineFileTypeError,
  type IAudioMetadata,
  parseFromTokenizer,
  UnsupportedFileTypeError,
} from 'music-metadata';
import { fromFile } from 'strtok3';
import type { ParsedLyrics } from '../lyrics/lrc-parser.js';
import { readTagLyrics } from '../lyrics/tag-lyrics.js';
import type { GaplessSamples } from './lame-header.js';
import type { MpegVersion } from './mpeg-header.js';
import { readTaggedLoudness, type TaggedLoudness } from './replaygain-tags.js';

export type AudioCodec = 'MP3' | 'FLAC' | 'AAC' | 'ALAC' | 'VORBIS' | 'OPUS' | 'PCM';

/** How each codec is stored and served: the stored blob's Content-Type is the mimeType. */
export const CODEC_FORMATS = {
  MP3: { mimeType: 'audio/mpeg', fileExtension: 'mp3', lossless: false },
  FLAC: { mimeType: 'audio/flac', fileExtension: 'flac', lossless: true },
  AAC: { mimeType: 'audio/mp4', fileExtension: 'm4a', lossless: false },
  ALAC: { mimeType: 'audio/mp4', fileExtension: 'm4a', lossless: true },
  VORBIS: { mimeType: 'audio/ogg', fileExtension: 'ogg', lossless: false },
  OPUS: { mimeType: 'audio/ogg', fileExtension: 'opus', lossless: false },
  PCM: { mimeType: 'audio/wav', fileExtension: 'wav', lossless: true },
} as const satisfies Record<AudioCodec, { mimeType: string; fileExtension: string; lossless: boolean }>;

type CodecFormat = (typeof CODEC_FORMATS)[AudioCodec];

export interface AudioInfo {
  codec: AudioCodec;
  mimeType: CodecFormat['mimeType'];
  fileExtension: CodecFormat['fileExtension'];
  lossless: boolean;
  /** Bits per sample of lossless audio; null for lossy codecs. */
  bitDepth: number | null;
  durationSeconds: number;
  bitrateKbps: number;
  sampleRateHz: number;
  channels: number;
  /** MP3 only. */
  mpegVersion?: MpegVersion;
  tags: AudioTags;
  cover?: { mimeType: string; data: Buffer };
  /** ReplayGain (or Opus R128) tags; null when the file has none and its loudness must be measured. */
  taggedLoudness: TaggedLoudness | null;
  /** MP3's LAME header, AAC's iTunSMPB; null when the file does not say. */
  gapless: GaplessSamples | null;
  lyrics: ParsedLyrics | null;
}

/** What a player needs from the tags besides the song's details (issue #15). */
export function readListeningTags(metadata: Pick<IAudioMetadata, 'common' | 'native'>) {
  return { taggedLoudness: readTaggedLoudness(metadata), lyrics: readTagLyrics(metadata) };
}

export interface AudioTags {
  title?: string;
  artist?: string;
  album?: string;
  genre?: string;
  year?: number;
  trackNumber?: number;
  trackTotal?: number;
  discNumber?: number;
  discTotal?: number;
  /** TPE2, ALBUMARTIST, aART. */
  albumArtist?: string;
  /** Several composers joined with ", ". */
  composer?: string;
  titleSort?: string;
  artistSort?: string;
  albumArtistSort?: string;
}

export type InvalidAudioReason = 'empty' | 'not-audio' | 'no-audio' | 'undecodable' | 'unsupported-codec';

const ACCEPTED = 'MP3, FLAC, AAC or ALAC in M4A, Ogg Vorbis, Opus and WAV';
const MESSAGES: Record<InvalidAudioReason, string> = {
  empty: 'This file is empty.',
  'not-audio': `This file is not an audio file we accept (${ACCEPTED}).`,
  'no-audio': 'This file contains tags but no audio.',
  undecodable: 'The audio in this file could not be decoded. The file may be damaged or incomplete.',
  'unsupported-codec': `This file holds no audio in a format we accept (${ACCEPTED}).`,
};

/** The upload is refused; `message` is meant to be shown to the person who uploaded it. */
export class InvalidAudioError extends Error {
  override readonly name = 'InvalidAudioError';

  constructor(
    readonly reason: InvalidAudioReason,
    options?: { cause?: unknown },
  ) {
    super(MESSAGES[reason], options);
  }
}

/**
 * music-metadata's parseFile() picks its parser from the path's extension before looking at the
 * bytes: a text file named x.mp3 then "parses" without error, and an MP3 named x.flac fails. Handing
 * it a tokenizer with no path makes it sniff the content instead.
 *
 * `unknownType` is the refusal when it recognises no format at all; any other failure means a
 * format it knows, damaged.
 */
export async function readMetadata(filePath: string, unknownType: InvalidAudioReason): Promise<IAudioMetadata> {
  const tokenizer = await fromFile(filePath);
  delete tokenizer.fileInfo.path;
  try {
    return await parseFromTokenizer(tokenizer, { duration: true, skipCovers: false });
  } catch (error) {
    const unknown = error instanceof CouldNotDetermineFileTypeError || error instanceof UnsupportedFileTypeError;
    throw new InvalidAudioError(unknown ? unknownType : 'undecodable', { cause: error });
  } finally {
    await tokenizer.close();
  }
}

export function pickTags(common: IAudioMetadata['common']): AudioTags {
  const tags: AudioTags = {};
  const text = (value: string | undefined): string | undefined => value?.replace(/\0+$/, '').trim() || undefined;
  const title = text(common.title);
  const artist = text(common.artist);
  const album = text(common.album);
  const genre = text(common.genre?.[0]);
  if (title) tags.title = title;
  if (artist) tags.artist = artist;
  if (album) tags.album = album;
  if (genre) tags.genre = genre;
  if (common.year && common.year > 0) tags.year = common.year;
  const numbers = {
    trackNumber: common.track.no,
    trackTotal: common.track.of,
    discNumber: common.disk.no,
    discTotal: common.disk.of,
  };
  for (const [field, value] of Object.entries(numbers) as [keyof typeof numbers, number | null][]) {
    if (value !== null && value > 0) tags[field] = value;
  }
  const texts = {
    albumArtist: text(common.albumartist),
    composer: text(
      common.composer
        ?.map((name) => text(name))
        .filter(Boolean)
        .join(', '),
    ),
    titleSort: text(common.titlesort),
    artistSort: text(common.artistsort),
    albumArtistSort: text(common.albumartistsort),
  };
  for (const [field, value] of Object.entries(texts) as [keyof typeof texts, string | undefined][]) {
    if (value) tags[field] = value;
  }
  return tags;
}
