import type { IAudioMetadata } from 'music-metadata';
import type { GaplessSamples } from './lame-header.js';

const ITUNSMPB = '----:com.apple.iTunes:iTunSMPB';

/**
 * iTunes (and most AAC encoders writing M4A for it) store the encoder delay, padding and original
 * sample count as hex words in a freeform iTunSMPB tag: " 00000000 00000840 000001CA 00000000001CDA36 ...".
 */
export function readItunesGapless(native: IAudioMetadata['native']): GaplessSamples | null {
  const tag = native.iTunes?.find((entry) => entry.id === ITUNSMPB);
  return typeof tag?.value === 'string' ? parseItunSmpb(tag.value) : null;
}

export function parseItunSmpb(value: string): GaplessSamples | null {
  const words = value.trim().split(/\s+/);
  if (words.length < 4 || !words.slice(0, 4).every((word) => /^[0-9a-f]{1,16}$/i.test(word))) return null;
  const encoderDelaySamples = Number.parseInt(words[1]!, 16);
  const paddingSamples = Number.parseInt(words[2]!, 16);
  const total = Number.parseInt(words[3]!, 16);
  return { encoderDelaySamples, paddingSamples, totalSamples: total > 0 && Number.isSafeInteger(total) ? total : null };
}
