import type { StreamFormat } from '../__generated__/graphql';

export type StreamingQuality = 'original' | 'high' | 'normal' | 'data-saver';

export interface StreamingQualityOption {
  id: StreamingQuality;
  label: string;
  description: string;
  /** What the player asks Song.streamUrl for. */
  format: StreamFormat;
  maxBitRate: number | null;
}

export const STREAMING_QUALITIES: readonly StreamingQualityOption[] = [
  { id: 'original', label: 'Original', description: 'The file as uploaded', format: 'ORIGINAL', maxBitRate: null },
  { id: 'high', label: 'High', description: 'MP3, 320 kbit/s', format: 'MP3', maxBitRate: 320 },
  { id: 'normal', label: 'Normal', description: 'MP3, 160 kbit/s', format: 'MP3', maxBitRate: 160 },
  { id: 'data-saver', label: 'Data saver', description: 'Opus, 96 kbit/s', format: 'OPUS', maxBitRate: 96 },
];

export const STREAMING_QUALITY_KEY = 'sp0t1fy.streamingQuality';

type QualityStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The choice remembered in this browser; Original when none (or an unknown one) is. */
export function readStreamingQuality(storage: QualityStorage = localStorage): StreamingQualityOption {
  const stored = storage.getItem(STREAMING_QUALITY_KEY);
  return (
    STREAMING_QUALITIES.find((option) => option.id === stored) ?? (STREAMING_QUALITIES[0] as StreamingQualityOption)
  );
}

export function saveStreamingQuality(id: StreamingQuality, storage: QualityStorage = localStorage): void {
  storage.setItem(STREAMING_QUALITY_KEY, id);
}
