/**
 * Decides whether an uploaded file is audio we serve by its content alone, and reads what the
 * library needs from it. The client's file name and MIME type are never consulted: they are claims,
 * and the whole point is not to trust them (a FLAC named .mp3 is a FLAC).
 */
import { stat } from 'node:fs/promises';
import type { AudioInfo } from './audio-info.js';
import { InvalidAudioError } from './audio-info.js';
import { probeContainer } from './container-probe.js';
import { sniffContainer } from './container-sniff.js';
import { probeMp3 } from './mp3-probe.js';

export type { AudioCodec, AudioInfo, AudioTags, InvalidAudioReason } from './audio-info.js';
export { CODEC_FORMATS, InvalidAudioError } from './audio-info.js';

export interface ProbeOptions {
  /** The ffmpeg that proves non-MP3 audio decodes (MP3 has its own frame walker). */
  ffmpegPath: string;
}

export async function probeAudio(filePath: string, { ffmpegPath }: ProbeOptions): Promise<AudioInfo> {
  // A missing file is the caller's bug, not the uploader's, so stat() errors propagate as they are.
  const { size } = await stat(filePath);
  if (size === 0) throw new InvalidAudioError('empty');
  const container = await sniffContainer(filePath);
  return container ? probeContainer(filePath, container, { ffmpegPath, sizeBytes: size }) : probeMp3(filePath);
}
