import type { TranscodeFormat } from '../media-urls.js';

/** What a kept file is served as. */
export const TRANSCODE_CONTENT_TYPES: Record<TranscodeFormat, string> = {
  mp3: 'audio/mpeg',
  opus: 'audio/ogg; codecs=opus',
  aac: 'audio/aac',
};

/**
 * Containers that can be written to a pipe front to back (nothing to seek back and patch), so bytes
 * stream while they are made, and that Chrome's <audio> plays: MP3, Opus in Ogg, AAC in ADTS.
 * MP3 has no Xing header: ffmpeg could not fill it in on a pipe, and a header with no frame count
 * misleads players more than none (a constant bitrate gives the duration from the size).
 */
export function audioOutputArgs(format: TranscodeFormat, bitrateKbps: number): string[] {
  const common = ['-map', '0:a:0', '-vn', '-sn', '-dn', '-b:a', `${bitrateKbps}k`, '-flush_packets', '1'];
  switch (format) {
    case 'mp3':
      return [...common, '-c:a', 'libmp3lame', '-write_xing', '0', '-id3v2_version', '3', '-f', 'mp3'];
    case 'opus':
      return [...common, '-c:a', 'libopus', '-f', 'ogg'];
    case 'aac':
      return [...common, '-c:a', 'aac', '-f', 'adts'];
  }
}

/** A cover scaled so its longer side is at most size (never enlarged), as one JPEG. */
export function coverOutputArgs(size: number): string[] {
  const scale = `scale=w='min(${size},iw)':h='min(${size},ih)':force_original_aspect_ratio=decrease`;
  return ['-map', '0:v:0', '-vf', scale, '-frames:v', '1', '-c:v', 'mjpeg', '-q:v', '3', '-f', 'image2pipe'];
}

export const SCALED_COVER_CONTENT_TYPE = 'image/jpeg';
