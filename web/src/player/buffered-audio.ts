/** Song.gapless, as the catalog gives it. */
export interface SongGapless {
  encoderDelaySamples: number;
  paddingSamples: number;
  totalSamples?: number | null;
}

const TIME_UPDATE_MS = 250;

/**
 * A song decoded whole into an AudioBuffer and played by AudioBufferSourceNodes: what gapless playback
 * needs, as only a buffer source starts at an exact AudioContext time. It looks like the media element
 * to the engine (the same properties, calls and events), so listening events come out the same from
 * either kind of deck.
 */
export class BufferedAudio extends EventTarget {
  preload = 'auto';
  volume = 1;
  muted = false;
  // Always 1: a buffer source changes pitch with its rate; other speeds play on media elements.
  playbackRate = 1;
  preservesPitch = true;
  paused = true;
  ended = false;
  private url: string | null = null;
  private buffer: AudioBuffer | null = null;
  private loads = 0;
  private loading: Promise<void> = Promise.resolve();
  private source: AudioBufferSourceNode | null = null;
  /** Position (s) while paused, or at `startedAt` while playing. */
  private offset = 0;
  private startedAt = 0;
  /** Seconds trimmed from the decoded start and end (encoder delay and padding the decoder left in). */
  private trimStart = 0;
  private trimEnd = 0;
  private ticker: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly context: AudioContext,
    private readonly output: AudioNode,
    private readonly fetchAudio: (url: string) => Promise<ArrayBuffer> = defaultFetch,
  ) {
    super();
  }

  /** Encoder delay and padding to trim, once known; only what the browser's decoder did not trim already. */
  gapless: SongGapless | null = null;

  get src(): string {
    return this.url ?? '';
  }

  set src(url: string) {
    this.stopSource();
    this.url = url;
    this.buffer = null;
    this.offset = 0;
    this.paused = true;
    this.ended = false;
    const load = ++this.loads;
    this.loading = this.fetchAudio(url)
      .then((bytes) => this.context.decodeAudioData(bytes))
      .then((buffer) => {
        if (load !== this.loads) return;
        this.buffer = buffer;
        this.computeTrim(buffer);
        this.emit('durationchange');
        this.emit('loadedmetadata');
        this.emit('canplay');
      })
      .catch(() => {
        if (load === this.loads) this.emit('error');
      });
  }

  getAttribute(name: string): string | null {
    return name === 'src' ? this.url : null;
  }

  removeAttribute(name: string): void {
    if (name !== 'src') return;
    this.stopSource();
    this.loads += 1;
    this.url = null;
    this.buffer = null;
  }

  load(): void {}

  /** Resolves once the audio is decoded (or failed). */
  ready(): Promise<boolean> {
    return this.loading.then(() => this.buffer !== null);
  }

  get duration(): number {
    return this.buffer ? Math.max(0, this.buffer.duration - this.trimStart - this.trimEnd) : Number.NaN;
  }

  get currentTime(): number {
    if (this.paused || !this.source) return this.offset;
    const elapsed = Math.max(0, this.context.currentTime - this.startedAt);
    return Math.min(this.duration, this.offset + elapsed);
  }

  set currentTime(seconds: number) {
    const target = Math.max(0, Number.isFinite(this.duration) ? Math.min(seconds, this.duration) : seconds);
    const playing = !this.paused && this.source;
    this.stopSource();
    this.offset = target;
    this.ended = false;
    if (playing) this.startSource(this.context.currentTime);
    this.emit('seeking');
    this.emit('seeked');
  }

  /** The AudioContext time the audio ends at, when it is playing (or scheduled). */
  get endTime(): number | null {
    if (this.paused || !this.source) return null;
    return this.startedAt + (this.duration - this.offset);
  }

  play(): Promise<void> {
    return this.playAt(this.context.currentTime);
  }

  /** Starts at AudioContext time `when` (the exact end of the song before, for gapless playback). */
  async playAt(when: number): Promise<void> {
    if (!this.url) throw new DOMException('No source', 'NotSupportedError');
    if (!this.paused) return;
    this.paused = false;
    this.emit('play');
    if (!this.buffer) {
      this.emit('waiting');
      await this.ready();
      if (!this.buffer) throw new DOMException('The source could not be decoded.', 'NotSupportedError');
      if (this.paused) return;
    }
    if (this.ended || this.offset >= this.duration) this.offset = 0;
    this.ended = false;
    if (this.context.state === 'suspended') await this.context.resume().catch(() => undefined);
    // Paused or given another source while the context woke up: nothing to start.
    if (this.paused || !this.buffer) return;
    this.startSource(Math.max(when, this.context.currentTime));
    this.emit('playing');
  }

  pause(): void {
    if (this.paused) return;
    this.offset = this.currentTime;
    this.stopSource();
    this.paused = true;
    this.emit('pause');
  }

  private startSource(when: number): void {
    const buffer = this.buffer;
    if (!buffer) return;
    const source = this.context.createBufferSource();
    source.buffer = buffer;
    source.connect(this.output);
    source.onended = () => {
      if (this.source !== source) return;
      this.source = null;
      this.stopTicker();
      this.offset = this.duration;
      this.ended = true;
      this.paused = true;
      this.emit('timeupdate');
      this.emit('pause');
      this.emit('ended');
    };
    source.start(when, this.trimStart + this.offset, this.duration - this.offset);
    this.source = source;
    this.startedAt = when;
    this.stopTicker();
    this.ticker = setInterval(() => this.emit('timeupdate'), TIME_UPDATE_MS);
  }

  private stopSource(): void {
    const source = this.source;
    this.source = null;
    this.stopTicker();
    if (!source) return;
    source.onended = null;
    try {
      source.stop();
    } catch {
      // never started
    }
    source.disconnect();
  }

  private stopTicker(): void {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = null;
  }

  /**
   * Chromium's decoder already drops the LAME delay and padding of an MP3 (decoded length = the
   * song's totalSamples); a decoder that does not leaves more samples, and then they are trimmed here.
   */
  private computeTrim(buffer: AudioBuffer): void {
    this.trimStart = 0;
    this.trimEnd = 0;
    const info = this.gapless;
    if (!info?.totalSamples) return;
    const extra = buffer.length - info.totalSamples;
    if (extra <= 0) return;
    const delay = Math.min(info.encoderDelaySamples, extra);
    this.trimStart = delay / buffer.sampleRate;
    this.trimEnd = (extra - delay) / buffer.sampleRate;
  }

  private emit(type: string): void {
    this.dispatchEvent(new Event(type));
  }
}

async function defaultFetch(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.arrayBuffer();
}
