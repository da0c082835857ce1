import { selectCover } from 'music-metadata';
import {
  type AudioInfo,
  CODEC_FORMATS,
  InvalidAudioError,
  type InvalidAudioReason,
  pickTags,
  readListeningTags,
  readMetadata,
} from './audio-info.js';
import { readLameGapless } from './lame-header.js';
import { type MpegScan, scanMpegFile } from './mpeg-frame-walker.js';

/**
 * How far the duration music-metadata reports (from a Xing/Info header, or from file size for plain
 * CBR) may differ from the frames actually present. The two differ by a frame or so in good files
 * (the Info frame itself, encoder delay and padding).
 */
const DURATION_TOLERANCE = { seconds: 0.5, fraction: 0.05 };

/**
 * MP3, judged by its own frame walker (no decoding needed: the frames' headers chain or they do
 * not), and everything whose first bytes announce none of the other containers we accept.
 */
export async function probeMp3(filePath: string): Promise<AudioInfo> {
  const scan = await scanMpegFile(filePath);
  const first = scan.firstFrame;
  if (!first) {
    const reason = reasonWithoutFrames(scan);
    throw new InvalidAudioError(reason === 'not-audio' ? await otherAudioOrNone(filePath) : reason);
  }

  const metadata = await readMetadata(filePath, 'not-audio');
  const { format, common } = metadata;
  if (format.codec !== `MPEG ${first.version} Layer 3`) {
    throw new InvalidAudioError(format.codec ? 'unsupported-codec' : 'not-audio');
  }

  const claimed = format.duration ?? 0;
  const tolerance = Math.max(DURATION_TOLERANCE.seconds, DURATION_TOLERANCE.fraction * scan.durationSeconds);
  // Headers promising more audio than the frames hold: a real MP3 start followed by junk, or a cut-off
  // VBR file. Frames holding more than the headers promise is benign (concatenated MP3s keep the
  // first file's Info frame) and the frames are what a player will play.
  if (!(claimed > 0) || claimed - scan.durationSeconds > tolerance) throw new InvalidAudioError('undecodable');
  const duration = scan.durationSeconds - claimed > tolerance ? scan.durationSeconds : claimed;

  const cover = selectCover(common.picture);
  return {
    codec: 'MP3',
    ...CODEC_FORMATS.MP3,
    bitDepth: null,
    durationSeconds: duration,
    bitrateKbps: Math.round((format.bitrate ?? first.bitrateKbps * 1000) / 1000),
    sampleRateHz: first.sampleRateHz,
    channels: first.channels,
    mpegVersion: first.version,
    tags: pickTags(common),
    ...readListeningTags(metadata),
    gapless: await readLameGapless(filePath, first),
    ...(cover && { cover: { mimeType: cover.format, data: Buffer.from(cover.data) } }),
  };
}

function reasonWithoutFrames(scan: MpegScan): InvalidAudioReason {
  if (scan.audioStart === scan.fileSize) return 'no-audio';
  // A frame header right where audio belongs (or a tag promising more bytes than exist) means the
  // file meant to be an MP3 but is damaged or cut short; anything else was never one.
  if (scan.headerAtAudioStart || scan.audioStart > scan.fileSize) return 'undecodable';
  return 'not-audio';
}

/**
 * Not MP3 and none of the containers we accept: audio of another kind (MPEG layer II, AAC in ADTS,
 * WebM, AIFF...) is named as such, so the uploader knows converting it would help.
 */
async function otherAudioOrNone(filePath: string): Promise<InvalidAudioReason> {
  try {
    const { format } = await readMetadata(filePath, 'not-audio');
    return format.codec ? 'unsupported-codec' : 'not-audio';
  } catch {
    return 'not-audio';
  }
}
