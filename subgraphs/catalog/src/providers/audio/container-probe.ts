import { selectCover } from 'music-metadata';
import {
  type AudioCodec,
  type AudioInfo,
  CODEC_FORMATS,
  InvalidAudioError,
  pickTags,
  readListeningTags,
  readMetadata,
} from './audio-info.js';
import { isComplete } from './container-completeness.js';
import { type Demuxer, decodeSlice } from './ffmpeg-decode.js';
import { readItunesGapless } from './itunes-gapless.js';

/** The codecs we serve in each container, by ffmpeg's name for them; anything else is refused. */
const SERVED: Record<Demuxer, Record<string, AudioCodec>> = {
  flac: { flac: 'FLAC' },
  ogg: { vorbis: 'VORBIS', opus: 'OPUS' },
  mov: { aac: 'AAC', alac: 'ALAC' },
  wav: { pcm_u8: 'PCM', pcm_s16le: 'PCM', pcm_s24le: 'PCM', pcm_s32le: 'PCM' },
};

/** Decoded at the start, and again at the end of what the header claims (for longer files). */
const HEAD_SECONDS = 2;
const TAIL_SECONDS = 2;
/** Files up to this long are decoded whole, in one slice. */
const WHOLE_UP_TO_SECONDS = HEAD_SECONDS + TAIL_SECONDS;
/** Less decoded than asked for by more than this: the audio is not all there (AAC priming, Opus pre-skip fit well within). */
const SHORTFALL_SECONDS = 0.25;

/**
 * FLAC, MP4/M4A, Ogg and WAV: music-metadata reads tags, cover and the claimed length; ffmpeg
 * proves the first audio stream is one we serve and decodes, at the start and at the end the header
 * claims, so a cut file or a valid header followed by junk is refused as undecodable.
 */
export async function probeContainer(
  filePath: string,
  demuxer: Demuxer,
  { ffmpegPath, sizeBytes }: { ffmpegPath: string; sizeBytes: number },
): Promise<AudioInfo> {
  // The first bytes named the container: a file it cannot parse is that container, damaged.
  const metadata = await readMetadata(filePath, 'undecodable');
  const { format, common } = metadata;
  const claimed = format.duration ?? 0;
  const whole = claimed > 0 && claimed <= WHOLE_UP_TO_SECONDS;
  // Both slices at once (two short ffmpeg runs): the upload waits for one, not for their sum.
  const [head, tail] = await Promise.all([
    decodeSlice(ffmpegPath, filePath, demuxer, { startSeconds: 0, seconds: whole ? claimed + 1 : HEAD_SECONDS }),
    whole || !(claimed > 0)
      ? undefined
      : decodeSlice(ffmpegPath, filePath, demuxer, { startSeconds: claimed - TAIL_SECONDS, seconds: TAIL_SECONDS + 1 }),
  ]);
  if (head.streams.length === 0) throw new InvalidAudioError('undecodable');
  const codec = head.audioCodec ? SERVED[demuxer][head.audioCodec] : undefined;
  if (!codec) throw new InvalidAudioError('unsupported-codec');
  if (head.errors.length > 0) throw new InvalidAudioError('undecodable');
  if ((demuxer === 'wav' || demuxer === 'ogg') && !(await isComplete(filePath, demuxer))) {
    throw new InvalidAudioError('undecodable');
  }
  if (!(claimed > 0)) throw new InvalidAudioError('undecodable');
  if (!decodedEnough(head.decodedSeconds, Math.min(claimed, HEAD_SECONDS))) throw new InvalidAudioError('undecodable');
  if (whole && !decodedEnough(head.decodedSeconds, claimed)) throw new InvalidAudioError('undecodable');
  if (tail && (tail.errors.length > 0 || !decodedEnough(tail.decodedSeconds, TAIL_SECONDS))) {
    throw new InvalidAudioError('undecodable');
  }

  const { sampleRate, numberOfChannels } = format;
  if (!sampleRate || !numberOfChannels) throw new InvalidAudioError('undecodable');
  const { lossless } = CODEC_FORMATS[codec];
  const cover = selectCover(common.picture);
  return {
    codec,
    ...CODEC_FORMATS[codec],
    bitDepth: lossless ? (format.bitsPerSample ?? null) : null,
    durationSeconds: claimed,
    bitrateKbps: Math.round((format.bitrate ?? (sizeBytes * 8) / claimed) / 1000),
    sampleRateHz: sampleRate,
    channels: numberOfChannels,
    tags: pickTags(common),
    ...readListeningTags(metadata),
    // Lossless audio needs no trimming; Vorbis and Opus carry their own pre-skip, applied by decoders.
    gapless: codec === 'AAC' ? readItunesGapless(metadata.native) : null,
    ...(cover && { cover: { mimeType: cover.format, data: Buffer.from(cover.data) } }),
  };
}

/** Short by no more than the allowance, which for very short audio is at most half of it. */
function decodedEnough(decoded: number, expected: number): boolean {
  return decoded > 0 && decoded >= expected - Math.min(SHORTFALL_SECONDS, expected / 2);
}
