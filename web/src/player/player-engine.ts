import { moveItem } from '../ui/reorder';

/** What the player needs to know about a song. */
export interface PlayerSong {
  id: string;
  title: string;
  artist: string;
  album?: string | null;
  durationSeconds: number;
  streamUrl: string;
  coverUrl?: string | null;
}

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
  /** Remembered volume between visits. */
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
  random?: () => number;
}

const VOLUME_KEY = 'sp0t1fy.volume';
/** "Previous" restarts the song when more than this much of it has played, as every music player does. */
const RESTART_THRESHOLD_SECONDS = 3;

/**
 * The player: one audio element, a queue, and the listening events the server counts plays from.
 * Events follow the media element, so OS media keys, headphones and the UI are reported alike:
 * PLAY when a listen starts, PAUSE/RESUME, SEEK (position after the seek), STOP when a listen is
 * abandoned (stop button, another song chosen, sign-out) and COMPLETE when the song plays to its end.
 */
export class PlayerEngine {
  readonly audio: HTMLAudioElement;
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

  constructor(
    audio: HTMLAudioElement,
    private readonly deps: PlayerDependencies,
  ) {
    this.audio = audio;
    audio.preload = 'auto';
    const stored = Number.parseFloat(deps.storage?.getItem(VOLUME_KEY) ?? '');
    const volume = Number.isFinite(stored) ? Math.min(1, Math.max(0, stored)) : 0.8;
    audio.volume = volume;
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
    };
    this.listen();
  }

  getState = (): PlayerState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<PlayerState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  private listen(): void {
    const audio = this.audio;
    audio.addEventListener('playing', () => {
      const song = this.state.current;
      this.recoveries = 0;
      this.set({ playing: true, buffering: false, error: null });
      if (!song) return;
      if (!this.listening) {
        this.listening = true;
        this.pausedDuringListen = false;
        this.deps.report(song.id, 'PLAY', audio.currentTime);
      } else if (this.pausedDuringListen) {
        this.pausedDuringListen = false;
        this.deps.report(song.id, 'RESUME', audio.currentTime);
      }
    });
    audio.addEventListener('play', () => this.set({ playing: true }));
    audio.addEventListener('pause', () => {
      this.set({ playing: false, buffering: false });
      const song = this.state.current;
      // The element pauses on its own just before "ended"; that is a COMPLETE, not a PAUSE.
      if (this.quietPause || audio.ended || !song || !this.listening) return;
      this.pausedDuringListen = true;
      this.deps.report(song.id, 'PAUSE', audio.currentTime);
    });
    audio.addEventListener('waiting', () => this.set({ buffering: true }));
    audio.addEventListener('canplay', () => this.set({ buffering: false }));
    audio.addEventListener('timeupdate', () => this.set({ currentTime: audio.currentTime }));
    audio.addEventListener('durationchange', () => {
      if (Number.isFinite(audio.duration)) this.set({ duration: audio.duration });
    });
    audio.addEventListener('volumechange', () => {
      this.deps.storage?.setItem(VOLUME_KEY, String(audio.volume));
      this.set({ volume: audio.volume, muted: audio.muted });
    });
    audio.addEventListener('seeked', () => {
      this.set({ currentTime: audio.currentTime });
      if (this.quietSeek) {
        this.quietSeek = false;
        return;
      }
      const song = this.state.current;
      if (song && this.listening) this.deps.report(song.id, 'SEEK', audio.currentTime);
    });
    audio.addEventListener('ended', () => this.onEnded());
    audio.addEventListener('error', () => void this.recover());
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
    this.audio.pause();
  }

  /** Stops the listen and rewinds, keeping the song loaded. */
  stop(): void {
    this.wantsToPlay = false;
    this.endListen();
    this.quietPause = true;
    this.audio.pause();
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
    if (this.audio.currentTime > RESTART_THRESHOLD_SECONDS || (position === 0 && repeat !== 'all')) {
      this.seek(0);
      return;
    }
    this.load(position === 0 ? order.length - 1 : position - 1, this.state.playing);
  }

  seek(seconds: number): void {
    if (!this.state.current) return;
    const duration = this.state.duration || this.state.current.durationSeconds;
    const target = Math.min(Math.max(0, seconds), Math.max(0, duration - 0.05));
    this.audio.currentTime = target;
    this.set({ currentTime: target });
  }

  seekBy(delta: number): void {
    this.seek(this.audio.currentTime + delta);
  }

  setVolume(volume: number): void {
    this.audio.volume = Math.min(1, Math.max(0, volume));
    if (this.audio.volume > 0 && this.audio.muted) this.audio.muted = false;
  }

  toggleMute(): void {
    this.audio.muted = !this.audio.muted;
  }

  toggleShuffle(): void {
    const { shuffle, queue, order, position } = this.state;
    const currentIndex = order[position];
    if (shuffle) {
      this.set({ shuffle: false, order: queue.map((_, i) => i), position: currentIndex ?? -1 });
    } else {
      const shuffled = shuffledOrder(queue.length, currentIndex ?? 0, this.random);
      this.set({ shuffle: true, order: shuffled, position: currentIndex === undefined ? -1 : 0 });
    }
  }

  cycleRepeat(): void {
    const nextMode: Record<RepeatMode, RepeatMode> = { off: 'all', all: 'one', one: 'off' };
    this.set({ repeat: nextMode[this.state.repeat] });
  }

  /** Keeps queued songs in step with edits made elsewhere in the app. */
  updateSong(song: Partial<PlayerSong> & { id: string }): void {
    const queue = this.state.queue.map((queued) => (queued.id === song.id ? { ...queued, ...song } : queued));
    const current = this.state.current?.id === song.id ? { ...this.state.current, ...song } : this.state.current;
    this.set({ queue, current });
  }

  /** A deleted song leaves the queue, wherever it is in it; if it was playing, the player stops. */
  removeSong(id: string): void {
    if (this.state.current?.id === id) {
      this.stop();
      this.audio.removeAttribute('src');
      this.audio.load();
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
    if (this.state.shuffle) {
      this.set({ queue, order, position });
      return;
    }
    const inPlayOrder = order.flatMap((index) => (queue[index] ? [queue[index]] : []));
    this.set({ queue: inPlayOrder, order: inPlayOrder.map((_, i) => i), position });
  }

  /** Ends any listen (reported as STOP) and releases the audio. */
  dispose(): void {
    if (this.state.current) {
      this.stop();
      this.audio.removeAttribute('src');
      this.audio.load();
    }
    this.listeners.clear();
  }

  private get random() {
    return this.deps.random ?? Math.random;
  }

  private load(position: number, autoplay: boolean): void {
    const index = this.state.order[position];
    const song = index === undefined ? undefined : this.state.queue[index];
    if (!song) return;
    this.endListen();
    this.recoveries = 0;
    this.recovering = false;
    this.set({ position, current: song, currentTime: 0, duration: song.durationSeconds, error: null });
    const load = ++this.loads;
    if (this.deps.streamsOriginal?.() === false) {
      // The previous song stops now, not when the new URL arrives.
      this.audio.removeAttribute('src');
      this.audio.load();
      if (autoplay) this.set({ buffering: true });
      void this.deps
        .refreshStreamUrl(song.id)
        .catch(() => null)
        .then((url) => {
          if (load !== this.loads) return;
          this.audio.src = url ?? song.streamUrl;
          if (autoplay) this.startAudio();
        });
      return;
    }
    this.audio.src = song.streamUrl;
    if (autoplay) this.startAudio();
  }

  private startAudio(): void {
    this.wantsToPlay = true;
    this.audio.play().catch((error: unknown) => {
      // A newer load interrupting this one is normal; a source that fails is handled by recover().
      if (error instanceof DOMException && (error.name === 'AbortError' || error.name === 'NotSupportedError')) return;
      // A refused autoplay leaves the player paused.
      this.wantsToPlay = false;
      this.set({ playing: false, buffering: false });
    });
  }

  private endListen(): void {
    const song = this.state.current;
    if (song && this.listening) this.deps.report(song.id, 'STOP', this.audio.currentTime);
    this.listening = false;
    this.pausedDuringListen = false;
  }

  private seekQuietly(seconds: number): void {
    if (this.audio.currentTime === seconds) return;
    this.quietSeek = true;
    this.audio.currentTime = seconds;
  }

  private onEnded(): void {
    const song = this.state.current;
    if (song && this.listening) this.deps.report(song.id, 'COMPLETE', this.audio.duration || song.durationSeconds);
    this.listening = false;
    this.pausedDuringListen = false;
    const { repeat, position, order } = this.state;
    if (repeat === 'one') {
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

  /** A signed stream URL lives a short time: when the audio route refuses it, get a new one and carry on. */
  private async recover(): Promise<void> {
    const song = this.state.current;
    if (!song || !this.audio.getAttribute('src') || this.recovering) return;
    const resumeAt = this.state.currentTime;
    const wasPlaying = this.wantsToPlay;
    if (this.recoveries >= 1) {
      this.wantsToPlay = false;
      this.set({ playing: false, buffering: false, error: `“${song.title}” cannot be played right now.` });
      return;
    }
    this.recoveries += 1;
    this.recovering = true;
    const url = await this.deps.refreshStreamUrl(song.id).catch(() => null);
    this.recovering = false;
    if (this.state.current?.id !== song.id) return;
    if (!url) {
      this.wantsToPlay = false;
      this.set({ playing: false, buffering: false, error: `“${song.title}” is no longer available.` });
      return;
    }
    this.updateSong({ id: song.id, streamUrl: url });
    this.audio.src = url;
    if (resumeAt > 0) {
      this.quietSeek = true;
      this.audio.currentTime = resumeAt;
    }
    if (wasPlaying) this.startAudio();
  }
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
