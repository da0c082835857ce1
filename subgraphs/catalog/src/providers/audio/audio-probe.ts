/**
 * Decides whether an uploaded file is MP3 audio by its content alone, and reads what the library
 * needs from it. The client's file name and MIME type are never consulted: they are claims, and the
 * whole point is not to trust them.
 */
import { stat } from 'node:fs/promises';
import {
  CouldNotDetermineFileTypeError,
  type IAudioMetadata,
  parseFromTokenizer,
  selectCover,
  UnsupportedFileTypeError,
} from 'music-metadata';
import { fromFile } from 'strtok3';
import { type MpegScan, scanMpegFile } from './mpeg-frame-walker.js';
import type { MpegVersion } from './mpeg-header.js';

export interface AudioInfo {
  format: 'mp3';
  mimeType: 'audio/mpeg';
  codec: 'MP3';
  bitDepth: null;
  lossless: false;
  fileExtension: 'mp3';
  durationSeconds: number;
  bitrateKbps: number;
  sampleRateHz: number;
  channels: 1 | 2;
  mpegVersion: MpegVersion;
  tags: AudioTags;
  cover?: { mimeType: string; data: Buffer };
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
  /** TPE2. */
  albumArtist?: string;
  /** TCOM; several composers joined with ", ". */
  composer?: string;
  titleSort?: string;
  artistSort?: string;
  albumArtistSort?: string;
}

export type InvalidAudioReason = 'empty' | 'not-mp3' | 'no-audio' | 'undecodable';

const MESSAGES: Record<InvalidAudioReason, string> = {
  empty: 'This file is empty.',
  'not-mp3': 'This file is not an MP3 audio file.',
  'no-audio': 'This file contains tags but no audio.',
  undecodable: 'The audio in this file could not be decoded. The file may be damaged or incomplete.',
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
 * How far the duration music-metadata reports (from a Xing/Info header, or from file size for plain
 * CBR) may differ from the frames actually present. The two differ by a frame or so in good files
 * (the Info frame itself, encoder delay and padding).
 */
const DURATION_TOLERANCE = { seconds: 0.5, fraction: 0.05 };

export async function probeAudio(filePath: string): Promise<AudioInfo> {
  // A missing file is the caller's bug, not the uploader's, so stat() errors propagate as they are.
  if ((await stat(filePath)).size === 0) throw new InvalidAudioError('empty');

  const scan = await scanMpegFile(filePath);
  const first = scan.firstFrame;
  if (!first) throw new InvalidAudioError(reasonWithoutFrames(scan));

  const metadata = await readMetadata(filePath);
  const { format, common } = metadata;
  if (format.codec !== `MPEG ${first.version} Layer 3`) throw new InvalidAudioError('not-mp3');

  const claimed = format.duration ?? 0;
  const tolerance = Math.max(DURATION_TOLERANCE.seconds, DURATION_TOLERANCE.fraction * scan.durationSeconds);
  // Headers promising more audio than the frames hold: a real MP3 start followed by junk, or a cut-off
  // VBR file. Frames holding more than the headers promise is benign (concatenated MP3s keep the
  // first file's Info frame) and the frames are what a player will play.
  if (!(claimed > 0) || claimed - scan.durationSeconds > tolerance) throw new InvalidAudioError('undecodable');
  const duration = scan.durationSeconds - claimed > tolerance ? scan.durationSeconds : claimed;

  const cover = selectCover(common.picture);
  return {
    format: 'mp3',
    mimeType: 'audio/mpeg',
    codec: 'MP3',
    bitDepth: null,
    lossless: false,
    fileExtension: 'mp3',
    durationSeconds: duration,
    bitrateKbps: Math.round((format.bitrate ?? first.bitrateKbps * 1000) / 1000),
    sampleRateHz: first.sampleRateHz,
    channels: first.channels,
    mpegVersion: first.version,
    tags: pickTags(common),
    ...(cover && { cover: { mimeType: cover.format, data: Buffer.from(cover.data) } }),
  };
}

function reasonWithoutFrames(scan: MpegScan): InvalidAudioReason {
  if (scan.audioStart === scan.fileSize) return 'no-audio';
  // A frame header right where audio belongs (or a tag promising more bytes than exist) means the
  // file meant to be an MP3 but is damaged or cut short; anything else was never one.
  if (scan.headerAtAudioStart || scan.audioStart > scan.fileSize) return 'undecodable';
  return 'not-mp3';
}

/**
 * music-metadata's parseFile() picks its parser from the path's extension before looking at the
 * bytes: a text file named x.mp3 then "parses" without error, and an MP3 named x.flac fails. Handing
 * it a tokenizer with no path makes it sniff the content instead.
 */
async function readMetadata(filePath: string): Promise<IAudioMetadata> {
  const tokenizer = await fromFile(filePath);
  delete tokenizer.fileInfo.path;
  try {
    return await parseFromTokenizer(tokenizer, { duration: true, skipCovers: false });
  } catch (error) {
    const unknownType = error instanceof CouldNotDetermineFileTypeError || error instanceof UnsupportedFileTypeError;
    throw new InvalidAudioError(unknownType ? 'not-mp3' : 'undecodable', { cause: error });
  } finally {
    await tokenizer.close();
  }
}

function pickTags(common: IAudioMetadata['common']): AudioTags {
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
