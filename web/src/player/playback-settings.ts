import { z } from 'zod';

export type LoudnessMode = 'off' | 'track' | 'album' | 'auto';

export interface PlaybackSettings {
  /** Seconds the next song overlaps the end of the current one; 0 = none. */
  crossfadeSeconds: number;
  /** Which ReplayGain the player applies; auto = album gain while an album plays in order, else track. */
  loudness: LoudnessMode;
  /** Playback rate, the pitch kept. */
  speed: number;
}

export const CROSSFADE_MAX_SECONDS = 12;
export const SPEEDS = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;
export const DEFAULT_PLAYBACK_SETTINGS: PlaybackSettings = { crossfadeSeconds: 0, loudness: 'auto', speed: 1 };

const PLAYBACK_SETTINGS_KEY = 'sp0t1fy.playback.v1';

export const playbackSettingsSchema = z.object({
  crossfadeSeconds: z.number().min(0).max(CROSSFADE_MAX_SECONDS),
  loudness: z.enum(['off', 'track', 'album', 'auto']),
  speed: z.number().min(0.75).max(2),
});

type SettingsStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The settings remembered in this browser; the defaults for anything missing or not valid. */
export function readPlaybackSettings(storage?: SettingsStorage): PlaybackSettings {
  const parsed = playbackSettingsSchema.partial().safeParse(parseJson(storage?.getItem(PLAYBACK_SETTINGS_KEY)));
  return { ...DEFAULT_PLAYBACK_SETTINGS, ...(parsed.success ? stripUndefined(parsed.data) : {}) };
}

export function savePlaybackSettings(settings: PlaybackSettings, storage?: SettingsStorage): void {
  storage?.setItem(PLAYBACK_SETTINGS_KEY, JSON.stringify(settings));
}

export function parseJson(text: string | null | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}
