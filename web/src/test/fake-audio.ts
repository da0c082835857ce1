/**
 * Stands in for an <audio> element where there is no media pipeline (jsdom): it keeps the same
 * state and fires the same events, in the same order, as Chromium does for the calls the player makes.
 */
export class FakeAudio extends EventTarget {
  preload = '';
  volume = 1;
  muted = false;
  paused = true;
  ended = false;
  duration = Number.NaN;
  playbackRate = 1;
  private time = 0;
  private source: string | null = null;
  /** What the next play() does: resolve, or reject with this error (autoplay refused). */
  playOutcome: DOMException | null = null;
  /** Sources the server refuses (an expired signature, a removed song): playing them fails. */
  readonly refusedSources = new Set<string>();

  get src(): string {
    return this.source ?? '';
  }

  set src(value: string) {
    this.source = value;
    this.time = 0;
    this.ended = false;
    this.paused = true;
    this.duration = Number.NaN;
    // Loading starts at once (preload): a refused source fails whether or not it is played.
    if (this.refusedSources.has(value)) queueMicrotask(() => this.emit('error'));
  }

  getAttribute(name: string): string | null {
    return name === 'src' ? this.source : null;
  }

  removeAttribute(name: string): void {
    if (name === 'src') this.source = null;
  }

  load(): void {}

  get currentTime(): number {
    return this.time;
  }

  set currentTime(value: number) {
    this.time = value;
    this.emit('seeking');
    this.emit('seeked');
  }

  play(): Promise<void> {
    if (this.playOutcome) return Promise.reject(this.playOutcome);
    if (this.source && this.refusedSources.has(this.source)) {
      return Promise.reject(new DOMException('The element has no supported sources.', 'NotSupportedError'));
    }
    const wasPaused = this.paused;
    this.paused = false;
    this.ended = false;
    if (wasPaused) this.emit('play');
    this.emit('playing');
    return Promise.resolve();
  }

  pause(): void {
    if (this.paused) return;
    this.paused = true;
    this.emit('pause');
  }

  /** The media pipeline: metadata arrives. */
  loadMetadata(duration: number): void {
    this.duration = duration;
    this.emit('durationchange');
    this.emit('loadedmetadata');
  }

  /** The media pipeline: playback moves on to `seconds`. */
  advanceTo(seconds: number): void {
    this.time = seconds;
    this.emit('timeupdate');
  }

  /** The media pipeline: the end is reached (Chromium pauses, then fires ended). */
  finish(): void {
    this.time = this.duration;
    this.ended = true;
    this.paused = true;
    this.emit('pause');
    this.emit('ended');
  }

  /** The media pipeline: the source failed (for example the signed URL expired: HTTP 410). */
  fail(): void {
    this.emit('error');
  }

  private emit(type: string): void {
    this.dispatchEvent(new Event(type));
  }
}

export const asAudio = (fake: FakeAudio) => fake as unknown as HTMLAudioElement;
