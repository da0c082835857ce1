/**
 * What the file picker offers: the extensions and media types of the formats the server accepts. A
 * hint only: the server judges the bytes (a FLAC named .mp3 is accepted as FLAC), and dropped files
 * are not filtered at all.
 */
export const ACCEPTED_AUDIO = [
  '.mp3',
  '.flac',
  '.m4a',
  '.mp4',
  '.ogg',
  '.oga',
  '.opus',
  '.wav',
  'audio/mpeg',
  'audio/flac',
  'audio/x-flac',
  'audio/mp4',
  'audio/x-m4a',
  'audio/ogg',
  'audio/opus',
  'audio/wav',
  'audio/x-wav',
].join(',');

/** How the formats are named to people. */
export const ACCEPTED_AUDIO_NAMES = 'MP3, FLAC, M4A (AAC, ALAC), Ogg Vorbis, Opus or WAV';
