import { moveItem } from '../ui/reorder';
import { continuesAlbum, handsOverGaplessly } from './album-continuity';
import type { SongGapless } from './buffered-audio';
import { type Deck, type DeckFactory, elementOnlyDecks } from './decks';
import { appliedGainDb, dbToGain, type SongLoudness } from './loudness';
import {
  CROSSFADE_MAX_SECONDS,
  type LoudnessMode,
  type PlaybackSettings,
  readPlaybackSettings,
  savePlaybackSettings,
} from './playback-settings';
import { readSavedSession, saveSession } from './saved-session';

/** What the player needs to know about a song. */
export interface PlayerSong {
  id: string;
  title: string;
  artist: string;
  album?: string | null;
  durationSeconds: number;
  streamUrl: string;
  coverUrl?: string | null;
  /** With album, what groups songs into an album (gapless hand-over, album gain). */
  albumArtist?: string | null;
  trackNumber?: number | null;
  discNumber?: number | null;
}

/** What loudness levelling and gapless trimming need, asked for as a song is about to play. */
export interface PlaybackDetails {
  loudness: SongLoudness | null;
  gapless: SongGapless | null;
}

/** Pauses after so many minutes, or at the end of the current song. */
export type SleepTimer = { kind: 'minutes'; minutes: number; endsAt: number } | { kind: 'end-of-song' };

export type PlaybackAction = 'PLAY' | 'PAUSE' | 'RESUME' | 'SEEK' | 'STOP' | 'COMPLETE';
export type RepeatMode = 'off' | 'all' | 'one';

export interface PlayerState {
  queue: PlayerSong[];
  /** Play order: indexes into `queue`, shuffled when shuffle is on. */
  order: number[];
  /** Position in `order` of the current song, or -1 before anything was chosen. */
  position: number;
  current: PlayerSong | null;
  playing: boolean;
  buffering: boolean;
  currentTime: number;
  duration: number;
  volume: number;
  muted: boolean;
  shuffle: boolean;
  repeat: RepeatMode;
  error: string | null;
  /** Crossfade, loudness mode and speed, remembered in this browser. */
  settings: PlaybackSettings;
  /** The loudness-levelling gain applied to the current song, in dB (0 when off or unknown). */
  appliedGainDb: number;
  /** What the current song plays on: a streaming media element, or a decoded buffer (gapless). */
  deckKind: 'element' | 'buffer';
  sleep: SleepTimer | null;
}

export interface PlayerDependencies {
  /** Tells the server what happened; failures must not disturb playback. */
  report(songId: string, action: PlaybackAction, positionSeconds: number): void;
  /** A fresh signed stream URL (the old one expired), or null when the song is gone. */
  refreshStreamUrl(songId: string): Promise<string | null>;
  /**
   * False when the listener chose a streaming quality other than Original: each song's URL is then
   * asked for (refreshStreamUrl gives one at that quality) before it plays, instead of the listed one.
   */
  streamsOriginal?(): boolean;
  /** Remembered volume, playback settings and the queue between visits. */
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
  random?: () => number;
  /** The decks songs play on; without it, only the given audio element (no crossfade or gapless). */
  decks?: DeckFactory;
  /** A song's loudness and encoder delay/padding; null when unknown. */
  playbackDetails?(songId: string): Promise<PlaybackDetails | null>;
  now?: () => number;
  /** Whose queue is saved (the signed-in user's id): each user on a browser has their own. */
  sessionOwner?: string;
}

const VOLUME_KEY = 'sp0t1fy.volume';
/** "Previous" restarts the song when more than this much of it has played, as every music player does. */
const RESTART_THRESHOLD_SECONDS = 3;
/** The next gapless song is fetched and decoded this long before the current one ends. */
const GAPLESS_PREPARE_SECONDS = 12;
/** The sleep timer fades the music out over this long before it pauses. */
export const SLEEP_FADE_SECONDS = 5;
/** The saved position is written at most this often while playing (and at every pause, seek or change). */
const SAVE_EVERY_SECONDS = 2;

/** The next song, already playing or scheduled on its own deck, that takes over when the current ends. */
interface Upcoming {
  deck: Deck;
  position: number;
  /** Gapless: scheduled at the current song's exact end. Crossfade: already fading in. */
  kind: 'gapless';
}

/**
 * The player: decks the songs play on, a queue, and the listening events the server counts plays from.
 * Events follow the current deck's media (an element, or a decoded buffer that behaves like one), so
 * OS media keys, headphones and the UI are reported alike: PLAY when a listen starts, PAUSE/RESUME,
 * SEEK (position after the seek), STOP when a listen is abandoned (stop button, another song chosen,
 * sign-out) and COMPLETE when the song plays to its end (or fades out into the next, with crossfade).
 */
export class PlayerEngine {
  /** The page's own audio element: the first deck. */
  readonly audio: HTMLAudioElement;
  private readonly decks: DeckFactory;
  /** The deck the current song plays on; only its events count. */
  private deck: Deck;
  private upcoming: Upcoming | null = null;
  private preparing = false;
  /** Decks fading out after a crossfade, stopped when their fade ends. */
  private readonly fadingOut = new Set<Deck>();
  private readonly attached = new WeakSet<object>();
  private readonly details = new Map<string, Promise<PlaybackDetails | null>>();
  private state: PlayerState;
  private readonly listeners = new Set<() => void>();
  // A listen has started (PLAY sent) and not yet ended by STOP or COMPLETE.
  private listening = false;
  private pausedDuringListen = false;
  private quietSeek = false;
  private quietPause = false;
  private recoveries = 0;
  private recovering = false;
  /** Counts loads, so a stream URL that arrives after another song was chosen is dropped. */
  private loads = 0;
  // Whether the user means the song to be playing: survives a failed load, so a refreshed URL plays on.
  private wantsToPlay = false;
  private sleepTimer: ReturnType<typeof setTimeout> | null = null;
  private sleepFading = false;
  private savedAt = Number.NEGATIVE_INFINITY;
  private savedQueue: Pick<PlayerState, 'queue' | 'order' | 'shuffle' | 'repeat'> | null = null;

  constructor(
    audio: HTMLAudioElement,
    private readonly deps: PlayerDependencies,
  ) {
    this.audio = audio;
    audio.preload = 'auto';
    this.decks = deps.decks ?? elementOnlyDecks(audio);
    this.deck = this.decks.primary;
    const stored = Number.parseFloat(deps.storage?.getItem(VOLUME_KEY) ?? '');
    const volume = Number.isFinite(stored) ? Math.min(1, Math.max(0, stored)) : 0.8;
    this.decks.setVolume(volume, audio.muted);
    this.state = {
      queue: [],
      order: [],
      position: -1,
      current: null,
      playing: false,
      buffering: false,
      currentTime: 0,
      duration: 0,
      volume,
      muted: audio.muted,
      shuffle: false,
      repeat: 'off',
      error: null,
      settings: readPlaybackSettings(deps.storage),
      appliedGainDb: 0,
      deckKind: 'element',
      sleep: null,
    };
    this.attach(this.deck);
  }

  getState = (): PlayerState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The current deck's media: an audio element or a BufferedAudio. */
  private get media(): HTMLAudioElement {
    return this.deck.media;
  }

  /** The AudioContext and master node (null without Web Audio), and each playing deck's gain now. */
  inspectGraph(): {
    context: AudioContext | null;
    master: AudioNode | null;
    deckGains: number[];
    /** The current deck's position now (state.currentTime follows it in steps). */
    positionSeconds: number;
  } {
    const decks = [this.deck, ...this.fadingOut, ...(this.upcoming ? [this.upcoming.deck] : [])];
    return {
      context: this.decks.context,
      master: this.decks.master,
      deckGains: decks.map((deck) => deck.gain()),
      positionSeconds: this.media.currentTime,
    };
  }

  private set(patch: Partial<PlayerState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
    this.saveSoon(patch);
  }

  private attach(deck: Deck): void {
    const media = deck.media;
    if (this.attached.has(media)) return;
    this.attached.add(media);
    // Only the current deck speaks for the player: a deck fading out, or scheduled next, is silent here.
    const on = (type: string, handler: () => void) =>
      media.addEventListener(type, () => {
        if (media === this.media) handler();
      });
    on('playing', () => {
      const song = this.state.current;
      this.recoveries = 0;
      this.set({ playing: true, buffering: false, error: null });
      if (!song) return;
      if (!this.listening) {
        this.listening = true;
        this.pausedDuringListen = false;
        this.deps.report(song.id, 'PLAY', media.currentTime);
      } else if (this.pausedDuringListen) {
        this.pausedDuringListen = false;
        this.deps.report(song.id, 'RESUME', media.currentTime);
      }
    });
    on('play', () => this.set({ playing: true }));
    on('pause', () => {
      // The exact position, for the saved session (timeupdate lags by up to a quarter second).
      this.set({ playing: false, buffering: false, currentTime: media.currentTime });
      const song = this.state.current;
      // The element pauses on its own just before "ended"; that is a COMPLETE, not a PAUSE.
      if (this.quietPause || media.ended || !song || !this.listening) return;
      this.cancelUpcoming();
      this.pausedDuringListen = true;
      this.deps.report(song.id, 'PAUSE', media.currentTime);
    });
    on('waiting', () => this.set({ buffering: true }));
    on('canplay', () => this.set({ buffering: false }));
    on('timeupdate', () => {
      this.set({ currentTime: media.currentTime });
      this.onProgress();
    });
    on('durationchange', () => {
      if (Number.isFinite(media.duration)) this.set({ duration: media.duration });
    });
    on('seeked', () => {
      this.set({ currentTime: media.currentTime });
      if (this.quietSeek) {
        this.quietSeek = false;
        return;
      }
      // A gapless successor was scheduled for the old end time.
      this.rescheduleUpcoming();
      const song = this.state.current;
      if (song && this.listening) this.deps.report(song.id, 'SEEK', media.currentTime);
    });
    on('ended', () => this.onEnded());
    on('error', () => void this.recover());
  }

  /** Replaces the queue and starts playing `songs[index]`. */
  playQueue(songs: PlayerSong[], index: number): void {
    if (!songs[index]) return;
    const order = this.state.shuffle ? shuffledOrder(songs.length, index, this.random) : songs.map((_, i) => i);
    this.state = { ...this.state, queue: songs, order };
    this.load(order.indexOf(index), true);
  }

  /** Turns shuffle on and plays `songs` from a random one (an album's or playlist's Shuffle button). */
  shufflePlay(songs: PlayerSong[]): void {
    if (!songs.length) return;
    this.set({ shuffle: true });
    this.playQueue(songs, Math.floor(this.random() * songs.length));
  }

  togglePlay(): void {
    if (this.state.playing) this.pause();
    else this.play();
  }

  play(): void {
    if (!this.state.current) {
      if (this.state.queue.length) this.load(0, true);
      return;
    }
    this.startAudio();
  }

  pause(): void {
    this.wantsToPlay = false;
    this.cancelUpcoming();
    // A song fading out under a crossfade stops too: paused means silent.
    this.stopFadingOut();
    this.media.pause();
  }

  /** Stops the listen and rewinds, keeping the song loaded. */
  stop(): void {
    this.wantsToPlay = false;
    this.cancelUpcoming();
    this.stopFadingOut();
    this.endListen();
    this.quietPause = true;
    this.media.pause();
    this.quietPause = false;
    this.seekQuietly(0);
    this.set({ playing: false, currentTime: 0 });
  }

  next(): void {
    const { position, order, repeat } = this.state;
    if (position < 0) return;
    if (position + 1 < order.length) this.load(position + 1, true);
    else if (repeat === 'all' && order.length) this.load(0, true);
  }

  previous(): void {
    const { position, order, repeat } = this.state;
    if (position < 0) return;
    if (this.media.currentTime > RESTART_THRESHOLD_SECONDS || (position === 0 && repeat !== 'all')) {
      this.seek(0);
      return;
    }
    this.load(position === 0 ? order.length - 1 : position - 1, this.state.playing);
  }

  seek(seconds: number): void {
    if (!this.state.current) return;
    const duration = this.state.duration || this.state.current.durationSeconds;
    const target = Math.min(Math.max(0, seconds), Math.max(0, duration - 0.05));
    this.media.currentTime = target;
    this.set({ currentTime: target });
  }

  seekBy(delta: number): void {
    this.seek(this.media.currentTime + delta);
  }

  setVolume(volume: number): void {
    const next = Math.min(1, Math.max(0, volume));
    const muted = next > 0 ? false : this.state.muted;
    this.applyVolume(next, muted);
  }

  toggleMute(): void {
    this.applyVolume(this.state.volume, !this.state.muted);
  }

  private applyVolume(volume: number, muted: boolean): void {
    this.decks.setVolume(volume, muted);
    this.deps.storage?.setItem(VOLUME_KEY, String(volume));
    this.set({ volume, muted });
  }

  toggleShuffle(): void {
    const { shuffle, queue, order, position } = this.state;
    const currentIndex = order[position];
    this.cancelUpcoming();
    if (shuffle) {
      this.set({ shuffle: false, order: queue.map((_, i) => i), position: currentIndex ?? -1 });
    } else {
      const shuffled = shuffledOrder(queue.length, currentIndex ?? 0, this.random);
      this.set({ shuffle: true, order: shuffled, position: currentIndex === undefined ? -1 : 0 });
    }
  }

  cycleRepeat(): void {
    const nextMode: Record<RepeatMode, RepeatMode> = { off: 'all', all: 'one', one: 'off' };
    this.cancelUpcoming();
    this.set({ repeat: nextMode[this.state.repeat] });
  }

  /** Crossfade 0–12 s; loudness off/track/album/auto; speed 0.75–2×. Remembered in this browser. */
  updateSettings(patch: Partial<PlaybackSettings>): void {
    const settings = { ...this.state.settings, ...patch };
    settings.crossfadeSeconds = Math.min(CROSSFADE_MAX_SECONDS, Math.max(0, settings.crossfadeSeconds));
    settings.speed = Math.min(2, Math.max(0.75, settings.speed));
    savePlaybackSettings(settings, this.deps.storage);
    const speedChanged = settings.speed !== this.state.settings.speed;
    this.set({ settings });
    if (patch.loudness) void this.applyLevel(this.deck, this.state.position);
    if (speedChanged) this.applySpeed();
  }

  setSpeed(speed: number): void {
    this.updateSettings({ speed });
  }

  setLoudnessMode(loudness: LoudnessMode): void {
    this.updateSettings({ loudness });
  }

  /** Pauses after `minutes` (fading out over the last seconds), at the end of this song, or never (null). */
  setSleepTimer(timer: number | 'end-of-song' | null): void {
    if (this.sleepTimer) clearTimeout(this.sleepTimer);
    this.sleepTimer = null;
    if (this.sleepFading) this.decks.restoreMaster();
    this.sleepFading = false;
    if (timer === null) {
      this.set({ sleep: null });
      return;
    }
    this.cancelUpcoming();
    if (timer === 'end-of-song') {
      this.set({ sleep: { kind: 'end-of-song' } });
      return;
    }
    const now = this.deps.now?.() ?? Date.now();
    const ms = timer * 60_000;
    this.set({ sleep: { kind: 'minutes', minutes: timer, endsAt: now + ms } });
    this.sleepTimer = setTimeout(
      () => {
        this.sleepFading = true;
        this.decks.fadeOutMaster(SLEEP_FADE_SECONDS);
        this.sleepTimer = setTimeout(() => this.fallAsleep(), SLEEP_FADE_SECONDS * 1000);
      },
      Math.max(0, ms - SLEEP_FADE_SECONDS * 1000),
    );
  }

  private fallAsleep(): void {
    this.sleepTimer = null;
    this.pause();
    this.sleepFading = false;
    this.decks.restoreMaster();
    this.set({ sleep: null });
  }

  /** Keeps queued songs in step with edits made elsewhere in the app. */
  updateSong(song: Partial<PlayerSong> & { id: string }): void {
    const queue = this.state.queue.map((queued) => (queued.id === song.id ? { ...queued, ...song } : queued));
    const current = this.state.current?.id === song.id ? { ...this.state.current, ...song } : this.state.current;
    this.set({ queue, current });
  }

  /**
   * What a check of a restored queue found, applied in one change (one save): songs that are gone
   * (null) leave the queue, the others get their fresh links.
   */
  refreshRestored(found: ReadonlyMap<string, string | null>): void {
    for (const [id, streamUrl] of found) if (streamUrl === null) this.removeSong(id);
    const fresh = (song: PlayerSong) => {
      const streamUrl = found.get(song.id);
      return streamUrl ? { ...song, streamUrl } : song;
    };
    this.set({ queue: this.state.queue.map(fresh), current: this.state.current && fresh(this.state.current) });
  }

  /** A deleted song leaves the queue, wherever it is in it; if it was playing, the player stops. */
  removeSong(id: string): void {
    if (this.upcoming && this.songAt(this.upcoming.position)?.id === id) this.cancelUpcoming();
    if (this.state.current?.id === id) {
      this.stop();
      this.media.removeAttribute('src');
      this.media.load();
      this.set({ current: null, position: -1, duration: 0 });
    }
    const { queue } = this.state;
    this.setPlayOrder(this.withoutEntries((index) => queue[index]?.id === id));
  }

  /** Queues `song` to play right after the current one (first, when nothing was chosen yet). */
  playNext(song: PlayerSong): void {
    const { queue, order, position } = this.state;
    const currentIndex = order[position];
    // In the queue too it goes after the current song, so turning shuffle off keeps it next.
    const at = currentIndex === undefined ? 0 : currentIndex + 1;
    const shifted = order.map((index) => (index >= at ? index + 1 : index));
    shifted.splice(position + 1, 0, at);
    this.setPlayOrder({ queue: [...queue.slice(0, at), song, ...queue.slice(at)], order: shifted, position });
  }

  /** Queues `song` to play after everything already queued. */
  addToQueue(song: PlayerSong): void {
    const { queue, order, position } = this.state;
    this.setPlayOrder({ queue: [...queue, song], order: [...order, queue.length], position });
  }

  /**
   * Moves an upcoming song: `from` and `to` count from the song after the current one, as the queue
   * panel lists them, so the current song (and those already played) never move.
   */
  moveInQueue(from: number, to: number): void {
    const { queue, order, position } = this.state;
    const start = position + 1;
    const upcoming = moveItem(order.slice(start), from, to);
    this.setPlayOrder({ queue, order: [...order.slice(0, start), ...upcoming], position });
  }

  /** Takes an upcoming song (counted as in `moveInQueue`) out of the queue. */
  removeFromQueue(upcomingIndex: number): void {
    const { order, position } = this.state;
    const removed = order[position + 1 + upcomingIndex];
    if (upcomingIndex < 0 || removed === undefined) return;
    this.setPlayOrder(this.withoutEntries((index) => index === removed));
  }

  /** The queue without the entries `drop` picks, the play order and position following. */
  private withoutEntries(drop: (queueIndex: number) => boolean): PlayOrder {
    const { queue, order, position } = this.state;
    const renumbered = new Map<number, number>();
    const kept: PlayerSong[] = [];
    queue.forEach((song, index) => {
      if (drop(index)) return;
      renumbered.set(index, kept.length);
      kept.push(song);
    });
    const keptOrder = order.flatMap((index) => {
      const next = renumbered.get(index);
      return next === undefined ? [] : [next];
    });
    const current = renumbered.get(order[position] ?? -1);
    return { queue: kept, order: keptOrder, position: current === undefined ? -1 : keptOrder.indexOf(current) };
  }

  /**
   * Without shuffle the queue is kept in play order (the order is 0, 1, 2…), so the listener's moves
   * survive turning shuffle on and off again; with shuffle only the order changes.
   */
  private setPlayOrder({ queue, order, position }: PlayOrder): void {
    // Whatever was scheduled next may no longer be next.
    this.cancelUpcoming();
    if (this.state.shuffle) {
      this.set({ queue, order, position });
      return;
    }
    const inPlayOrder = order.flatMap((index) => (queue[index] ? [queue[index]] : []));
    this.set({ queue: inPlayOrder, order: inPlayOrder.map((_, i) => i), position });
  }

  /**
   * Puts back the queue saved in this browser, paused at the saved position (a reload never starts
   * the music by itself). Returns the ids of the restored songs, for the caller to check they still exist.
   */
  restoreSession(): string[] {
    const saved = readSavedSession(this.deps.storage, this.deps.sessionOwner);
    if (!saved || this.state.current) return [];
    this.state = {
      ...this.state,
      queue: saved.queue,
      order: saved.order,
      shuffle: saved.shuffle,
      repeat: saved.repeat,
    };
    if (saved.position >= 0) {
      this.load(saved.position, false);
      const at = Math.min(saved.currentTime, Math.max(0, (this.state.current?.durationSeconds ?? 0) - 1));
      if (at > 0) {
        const media = this.media;
        // Before its metadata the element has no timeline to seek on.
        media.addEventListener(
          'loadedmetadata',
          () => {
            if (media === this.media && !this.listening) this.seekQuietly(at);
          },
          { once: true },
        );
        this.set({ currentTime: at });
      }
    } else {
      this.set({});
    }
    return [...new Set(saved.queue.map((song) => song.id))];
  }

  /** Writes the session now (the page is going away). */
  saveSession(): void {
    const { queue, order, position, currentTime, shuffle, repeat } = this.state;
    const saved = this.savedQueue;
    // The state is replaced, never changed in place: the same arrays mean the same queue.
    const queueChanged =
      !saved || saved.queue !== queue || saved.order !== order || saved.shuffle !== shuffle || saved.repeat !== repeat;
    saveSession(
      { queue, order, position, currentTime, shuffle, repeat },
      this.deps.storage,
      this.deps.sessionOwner,
      queueChanged,
    );
    this.savedQueue = { queue, order, shuffle, repeat };
    this.savedAt = currentTime;
  }

  private saveSoon(patch: Partial<PlayerState>): void {
    if (!this.deps.storage) return;
    const onlyTime = Object.keys(patch).every((key) => key === 'currentTime' || key === 'buffering');
    if (onlyTime && Math.abs(this.state.currentTime - this.savedAt) < SAVE_EVERY_SECONDS) return;
    this.saveSession();
  }

  /** Ends any listen (reported as STOP) and releases the audio. */
  dispose(): void {
    this.setSleepTimer(null);
    if (this.state.current) {
      this.stop();
      this.media.removeAttribute('src');
      this.media.load();
    }
    this.listeners.clear();
  }

  /** After dispose, when the engine will not play again: frees the sound device its decks hold. */
  closeAudio(): Promise<void> {
    return this.decks.close();
  }

  private get random() {
    return this.deps.random ?? Math.random;
  }

  private songAt(position: number): PlayerSong | undefined {
    const index = this.state.order[position];
    return index === undefined ? undefined : this.state.queue[index];
  }

  /** Where play goes after the current song ends by itself (repeat one aside), or null at the end. */
  private followingPosition(position = this.state.position): number | null {
    const { order, repeat } = this.state;
    if (position < 0 || repeat === 'one') return null;
    if (position + 1 < order.length) return position + 1;
    return repeat === 'all' && order.length > 1 ? 0 : null;
  }

  /** Whether the song at `position` and the one after it continue an album without a gap. */
  private gaplessAfter(position: number, next: number | null): boolean {
    const song = this.songAt(position);
    const following = next === null ? undefined : this.songAt(next);
    if (!song || !following || this.state.shuffle) return false;
    return next === position + 1 && handsOverGaplessly(song, following, this.state.settings.speed);
  }

  /** Whether the song at `position` plays as part of its album, in order (what auto loudness picks album gain for). */
  private albumInOrder(position: number): boolean {
    if (this.state.shuffle) return false;
    const song = this.songAt(position);
    const before = this.songAt(position - 1);
    const after = this.songAt(position + 1);
    return Boolean(song && ((before && continuesAlbum(before, song)) || (after && continuesAlbum(song, after))));
  }

  private playbackDetails(songId: string): Promise<PlaybackDetails | null> {
    if (!this.deps.playbackDetails) return Promise.resolve(null);
    let details = this.details.get(songId);
    if (!details) {
      details = this.deps.playbackDetails(songId).catch(() => null);
      this.details.set(songId, details);
      // An unknown answer (service down) is asked again next time.
      void details.then((found) => found ?? this.details.delete(songId));
    }
    return details;
  }

  /** Sets the deck's loudness gain for the song at `position`, once its loudness is known. */
  private async applyLevel(deck: Deck, position: number): Promise<void> {
    const song = this.songAt(position);
    if (!song) return;
    const details = await this.playbackDetails(song.id);
    if (this.songAt(position)?.id !== song.id) return;
    const gainDb = appliedGainDb(this.state.settings.loudness, details?.loudness, this.albumInOrder(position));
    deck.setLevel(dbToGain(gainDb));
    if (deck === this.deck) this.set({ appliedGainDb: gainDb });
  }

  private applySpeed(): void {
    const { speed } = this.state.settings;
    this.cancelUpcoming();
    if (this.deck.kind === 'buffer' && speed !== 1) {
      // A buffer source would change the pitch with its rate: carry on from here on an element.
      this.moveToElement();
      return;
    }
    setRate(this.media, speed);
  }

  /** The current song, at its position, onto the page's element (keeping the listen going). */
  private moveToElement(): void {
    const from = this.deck;
    const at = from.media.currentTime;
    const playing = this.wantsToPlay;
    const song = this.state.current;
    if (!song) return;
    this.deck = this.decks.primary;
    this.quietPause = true;
    from.media.pause();
    this.quietPause = false;
    from.release();
    this.set({ deckKind: 'element' });
    setRate(this.media, this.state.settings.speed);
    this.media.src = from.media.src || song.streamUrl;
    void this.applyLevel(this.deck, this.state.position);
    const media = this.media;
    media.addEventListener('loadedmetadata', () => media === this.media && this.seekQuietly(at), { once: true });
    if (playing) this.startAudio();
  }

  /** The deck for a song being chosen: a buffer when it hands over gaplessly to the next, else an element. */
  private deckFor(position: number, avoid?: Deck): Deck {
    if (this.gaplessAfter(position, this.followingPosition(position))) {
      const buffer = this.decks.buffer();
      if (buffer) return buffer;
    }
    // A crossfade needs the element deck the fading song is not on.
    if (avoid === this.decks.primary) return this.decks.element() ?? this.decks.primary;
    return this.decks.primary;
  }

  private load(position: number, autoplay: boolean, options: { fadeInSeconds?: number } = {}): void {
    const song = this.songAt(position);
    if (!song) return;
    this.endListen();
    this.cancelUpcoming();
    this.recoveries = 0;
    this.recovering = false;
    const previous = this.deck;
    const fading = options.fadeInSeconds !== undefined;
    const deck = this.deckFor(position, fading ? previous : undefined);
    // Chosen again before its fade-out ended (Next during a crossfade): it is the current deck now.
    this.fadingOut.delete(deck);
    if (deck !== previous) {
      if (!fading) {
        this.quietPause = true;
        previous.media.pause();
        this.quietPause = false;
        if (previous.kind === 'buffer') previous.release();
      }
      this.attach(deck);
      this.deck = deck;
    }
    if (fading) deck.fade(0, 1, options.fadeInSeconds ?? 0);
    else deck.fade(1, 1, 0);
    this.set({
      position,
      current: song,
      currentTime: 0,
      duration: song.durationSeconds,
      error: null,
      deckKind: deck.kind,
      appliedGainDb: 0,
    });
    if (deck.kind === 'element') setRate(deck.media, this.state.settings.speed);
    void this.applyLevel(deck, position);
    const load = ++this.loads;
    if (this.deps.streamsOriginal?.() === false) {
      // The previous song stops now, not when the new URL arrives.
      if (deck === previous || !fading) {
        this.media.removeAttribute('src');
        this.media.load();
      }
      if (autoplay) this.set({ buffering: true });
      void this.deps
        .refreshStreamUrl(song.id)
        .catch(() => null)
        .then((url) => {
          if (load !== this.loads) return;
          void this.startOn(deck, song, url ?? song.streamUrl, autoplay);
        });
      return;
    }
    void this.startOn(deck, song, song.streamUrl, autoplay);
  }

  private async startOn(deck: Deck, song: PlayerSong, url: string, autoplay: boolean): Promise<void> {
    if (deck.kind === 'buffer') {
      const load = this.loads;
      deck.setGapless?.((await this.playbackDetails(song.id))?.gapless ?? null);
      if (load !== this.loads) return;
    }
    deck.media.src = url;
    if (autoplay) this.startAudio();
  }

  private startAudio(): void {
    this.wantsToPlay = true;
    this.decks.wake();
    const media = this.media;
    media.play().catch((error: unknown) => {
      // A newer load interrupting this one is normal; a source that fails is handled by recover().
      if (error instanceof DOMException && (error.name === 'AbortError' || error.name === 'NotSupportedError')) return;
      if (media !== this.media) return;
      // A refused autoplay leaves the player paused.
      this.wantsToPlay = false;
      this.set({ playing: false, buffering: false });
    });
  }

  private endListen(): void {
    const song = this.state.current;
    if (song && this.listening) this.deps.report(song.id, 'STOP', this.media.currentTime);
    this.listening = false;
    this.pausedDuringListen = false;
  }

  private seekQuietly(seconds: number): void {
    if (this.media.currentTime === seconds) return;
    this.quietSeek = true;
    this.media.currentTime = seconds;
  }

  /** As the current song plays: schedule the gapless next song, start a crossfade, or fade out to sleep. */
  private onProgress(): void {
    const media = this.media;
    if (!this.wantsToPlay || media.paused || !this.state.current) return;
    const duration = Number.isFinite(media.duration) ? media.duration : this.state.duration;
    const remaining = duration - media.currentTime;
    const { sleep, settings, position } = this.state;
    if (sleep?.kind === 'end-of-song') {
      if (remaining <= SLEEP_FADE_SECONDS && !this.sleepFading) {
        this.sleepFading = true;
        this.decks.fadeOutMaster(Math.max(0.1, remaining));
      }
      return;
    }
    const next = this.followingPosition();
    if (next === null) return;
    if (this.gaplessAfter(position, next)) {
      if (this.deck.kind === 'buffer' && !this.upcoming && !this.preparing && remaining < GAPLESS_PREPARE_SECONDS) {
        void this.prepareGapless(next);
      }
      return;
    }
    const fade = settings.crossfadeSeconds;
    if (fade > 0 && remaining <= fade && duration > 2 * fade && this.decks.element())
      this.crossfadeInto(next, remaining);
  }

  /** Decodes the next song and schedules it at the current song's exact end (both on buffer decks). */
  private async prepareGapless(position: number): Promise<void> {
    const song = this.songAt(position);
    const current = this.deck;
    const deck = this.decks.buffer();
    if (!song || !deck?.playAt || !current.endTime) return;
    this.preparing = true;
    const load = this.loads;
    const stillWanted = () => load === this.loads && current === this.deck && this.songAt(position)?.id === song.id;
    try {
      const details = await this.playbackDetails(song.id);
      const url =
        this.deps.streamsOriginal?.() === false
          ? ((await this.deps.refreshStreamUrl(song.id).catch(() => null)) ?? song.streamUrl)
          : song.streamUrl;
      if (!stillWanted()) return;
      deck.setGapless?.(details?.gapless ?? null);
      deck.media.src = url;
      const decoded = await deck.ready?.();
      const endsAt = current.endTime();
      if (!decoded || !stillWanted() || endsAt == null || !this.wantsToPlay) {
        deck.release();
        return;
      }
      this.attach(deck);
      const gainDb = appliedGainDb(this.state.settings.loudness, details?.loudness, this.albumInOrder(position));
      deck.setLevel(dbToGain(gainDb));
      deck.fade(1, 1, 0);
      this.upcoming = { deck, position, kind: 'gapless' };
      await deck.playAt(endsAt);
    } finally {
      this.preparing = false;
    }
  }

  /** After a seek the current song ends at another time: the decoded successor moves with it. */
  private rescheduleUpcoming(): void {
    const upcoming = this.upcoming;
    const endsAt = this.deck.endTime?.();
    if (!upcoming) return;
    if (endsAt == null || !upcoming.deck.playAt) {
      this.cancelUpcoming();
      return;
    }
    upcoming.deck.media.pause();
    upcoming.deck.media.currentTime = 0;
    void upcoming.deck.playAt(endsAt);
  }

  private cancelUpcoming(): void {
    const upcoming = this.upcoming;
    this.upcoming = null;
    if (!upcoming) return;
    upcoming.deck.media.pause();
    upcoming.deck.release();
  }

  /** The next song fades in on the other deck while this one fades out; this listen is complete. */
  private crossfadeInto(position: number, seconds: number): void {
    const song = this.state.current;
    const outgoing = this.deck;
    if (song && this.listening) this.deps.report(song.id, 'COMPLETE', this.media.duration || song.durationSeconds);
    this.listening = false;
    this.pausedDuringListen = false;
    outgoing.fade(1, 0, seconds);
    this.fadingOut.add(outgoing);
    setTimeout(() => this.finishFadeOut(outgoing), seconds * 1000 + 50);
    this.load(position, true, { fadeInSeconds: seconds });
  }

  private finishFadeOut(deck: Deck): void {
    if (!this.fadingOut.delete(deck)) return;
    if (deck === this.deck) return;
    deck.media.pause();
    if (deck.kind === 'buffer') deck.release();
  }

  private stopFadingOut(): void {
    for (const deck of [...this.fadingOut]) this.finishFadeOut(deck);
  }

  private onEnded(): void {
    const song = this.state.current;
    if (song && this.listening) this.deps.report(song.id, 'COMPLETE', this.media.duration || song.durationSeconds);
    this.listening = false;
    this.pausedDuringListen = false;
    const { repeat, position, order, sleep } = this.state;
    if (sleep?.kind === 'end-of-song') {
      this.wantsToPlay = false;
      this.sleepFading = false;
      this.decks.restoreMaster();
      this.set({ playing: false, sleep: null });
      return;
    }
    const upcoming = this.upcoming;
    if (upcoming && upcoming.position === this.followingPosition()) {
      this.handOver(upcoming);
    } else if (repeat === 'one') {
      this.seekQuietly(0);
      this.startAudio();
    } else if (position + 1 < order.length) {
      this.load(position + 1, true);
    } else if (repeat === 'all' && order.length) {
      this.load(0, true);
    } else {
      this.wantsToPlay = false;
      this.set({ playing: false });
    }
  }

  /** The gapless successor, already playing from the exact end of the song before, becomes current. */
  private handOver(upcoming: Upcoming): void {
    this.upcoming = null;
    const previous = this.deck;
    this.deck = upcoming.deck;
    if (previous.kind === 'buffer') previous.release();
    this.loads += 1;
    const song = this.songAt(upcoming.position);
    this.set({
      position: upcoming.position,
      current: song ?? null,
      currentTime: this.media.currentTime,
      duration: this.media.duration,
      deckKind: upcoming.deck.kind,
      playing: true,
      error: null,
    });
    void this.applyLevel(upcoming.deck, upcoming.position);
    if (song) {
      this.listening = true;
      this.pausedDuringListen = false;
      this.deps.report(song.id, 'PLAY', 0);
    }
  }

  /** A signed stream URL lives a short time: when the audio route refuses it, get a new one and carry on. */
  private async recover(): Promise<void> {
    const song = this.state.current;
    const media = this.media;
    if (!song || !media.getAttribute('src') || this.recovering) return;
    const resumeAt = this.state.currentTime;
    const wasPlaying = this.wantsToPlay;
    if (this.recoveries >= 1 && this.deck.kind === 'buffer') {
      // A fresh link that still fails to decode whole: stream it on the element instead (no gapless).
      this.moveToElement();
      return;
    }
    if (this.recoveries >= 1) {
      this.wantsToPlay = false;
      this.set({ playing: false, buffering: false, error: `“${song.title}” cannot be played right now.` });
      return;
    }
    this.recoveries += 1;
    this.recovering = true;
    const url = await this.deps.refreshStreamUrl(song.id).catch(() => null);
    this.recovering = false;
    if (this.state.current?.id !== song.id || media !== this.media) return;
    if (!url) {
      this.wantsToPlay = false;
      this.set({ playing: false, buffering: false, error: `“${song.title}” is no longer available.` });
      return;
    }
    this.updateSong({ id: song.id, streamUrl: url });
    media.src = url;
    if (resumeAt > 0) {
      this.quietSeek = true;
      media.currentTime = resumeAt;
    }
    if (wasPlaying) this.startAudio();
  }
}

/** Speed with the pitch kept; the default rate too, as a new source resets the rate to it. */
function setRate(media: HTMLAudioElement, speed: number): void {
  media.preservesPitch = true;
  media.defaultPlaybackRate = speed;
  media.playbackRate = speed;
}

interface PlayOrder {
  queue: PlayerSong[];
  order: number[];
  position: number;
}

/** The songs still to play after the current one, in play order (every song when none was chosen). */
export function upNext(state: Pick<PlayerState, 'queue' | 'order' | 'position'>): QueuedSong[] {
  return state.order.slice(state.position + 1).flatMap((queueIndex) => {
    const song = state.queue[queueIndex];
    return song ? [{ song, queueIndex }] : [];
  });
}

export interface QueuedSong {
  song: PlayerSong;
  /** Where the song is in the queue: unique even when the same song is queued twice. */
  queueIndex: number;
}

/** `first` then the rest in random order (Fisher–Yates), so shuffling keeps the current song playing. */
export function shuffledOrder(length: number, first: number, random: () => number): number[] {
  const rest = Array.from({ length }, (_, i) => i).filter((i) => i !== first);
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [rest[i], rest[j]] = [rest[j]!, rest[i]!];
  }
  return length > 0 && first < length ? [first, ...rest] : rest;
}
