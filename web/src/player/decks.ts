import { BufferedAudio, type SongGapless } from './buffered-audio';

/**
 * Where one song plays. `media` is a media element, or a BufferedAudio that behaves like one, so the
 * engine follows either through the same events. Its output passes the deck's own gain (loudness ×
 * fade) into the master gain (volume).
 */
export interface Deck {
  readonly kind: 'element' | 'buffer';
  readonly media: HTMLAudioElement;
  /** The loudness-levelling gain (linear). */
  setLevel(gain: number): void;
  /** Equal-power fade of the deck's gain from `from` to `to` (0..1 of the level) over `seconds`, from now. */
  fade(from: number, to: number, seconds: number): void;
  /** The deck's gain now: level × fade, as the graph holds it. */
  gain(): number;
  /** Buffer decks: start at AudioContext time `when`. */
  playAt?(when: number): Promise<void>;
  /** Buffer decks: the AudioContext time the song ends at while it plays. */
  endTime?(): number | null;
  /** Buffer decks: resolves true once decoded. */
  ready?(): Promise<boolean>;
  /** Buffer decks: the encoder delay and padding to trim. */
  setGapless?(info: SongGapless | null): void;
  release(): void;
}

/** Makes the decks and owns what they play into; without Web Audio only the one element deck exists. */
export interface DeckFactory {
  /** The deck on the page's own audio element (the first deck; the volume control's element). */
  primary: Deck;
  /** A second element deck, for crossfades; null without Web Audio. */
  element(): Deck | null;
  /** A new buffer deck, for gapless playback; null without Web Audio. */
  buffer(): Deck | null;
  /** Lets the audio run: a browser may hold a new AudioContext suspended until the listener acts. */
  wake(): void;
  /** Applies the listener's volume (and mute) after every deck. */
  setVolume(volume: number, muted: boolean): void;
  /** The master gain fading to silence over `seconds` (the sleep timer), or back to full at once. */
  fadeOutMaster(seconds: number): void;
  restoreMaster(): void;
  /** Lets go of the sound device for good (an open AudioContext keeps it, and the browser allows few). */
  close(): Promise<void>;
  /** The AudioContext and master node, for a page that records the output (the player's browser tests). */
  readonly context: AudioContext | null;
  readonly master: AudioNode | null;
}

/** No Web Audio (jsdom, or a browser without it): one element deck, volume on the element itself. */
export function elementOnlyDecks(audio: HTMLAudioElement): DeckFactory {
  const primary: Deck = {
    kind: 'element',
    media: audio,
    setLevel() {},
    fade() {},
    gain: () => 1,
    release() {},
  };
  return {
    primary,
    element: () => null,
    buffer: () => null,
    wake() {},
    setVolume(volume, muted) {
      audio.volume = volume;
      audio.muted = muted;
    },
    fadeOutMaster() {},
    restoreMaster() {},
    close: async () => {},
    context: null,
    master: null,
  };
}

const FADE_STEPS = 64;

/** Every deck through one AudioContext: deck → level gain → fade gain → master gain → speakers. */
export function webAudioDecks(audio: HTMLAudioElement, context: AudioContext): DeckFactory {
  const master = context.createGain();
  master.connect(context.destination);
  const elementDecks: HTMLAudioElement[] = [];
  let volume = 1;
  let silenced = false;

  const chain = () => {
    const level = context.createGain();
    const fader = context.createGain();
    level.connect(fader);
    fader.connect(master);
    return {
      input: level,
      setLevel(gain: number) {
        level.gain.setValueAtTime(gain, context.currentTime);
      },
      fade(from: number, to: number, seconds: number) {
        const now = context.currentTime;
        fader.gain.cancelScheduledValues(now);
        if (seconds <= 0) {
          fader.gain.setValueAtTime(to, now);
          return;
        }
        // Equal power: the fade follows a quarter sine, so two overlapping decks keep the loudness.
        const curve = new Float32Array(FADE_STEPS);
        for (let i = 0; i < FADE_STEPS; i++) {
          const t = i / (FADE_STEPS - 1);
          const rising = from < to;
          const power = Math.sin(((rising ? t : 1 - t) * Math.PI) / 2);
          curve[i] = rising ? from + (to - from) * power : to + (from - to) * power;
        }
        fader.gain.setValueCurveAtTime(curve, now, seconds);
      },
      gain: () => level.gain.value * fader.gain.value,
      disconnect() {
        fader.disconnect();
      },
    };
  };

  const elementDeck = (element: HTMLAudioElement): Deck => {
    const nodes = chain();
    element.preservesPitch = true;
    context.createMediaElementSource(element).connect(nodes.input);
    elementDecks.push(element);
    return {
      kind: 'element',
      media: element,
      setLevel: nodes.setLevel,
      fade: nodes.fade,
      gain: nodes.gain,
      // The element decks are reused: an element can feed only one source node in its life.
      release() {},
    };
  };

  const primary = elementDeck(audio);
  let second: Deck | null = null;

  return {
    primary,
    wake() {
      if (context.state === 'suspended') void context.resume().catch(() => undefined);
    },
    element() {
      if (!second) {
        const element = document.createElement('audio');
        element.preload = 'auto';
        element.muted = audio.muted;
        second = elementDeck(element);
      }
      return second;
    },
    buffer() {
      const nodes = chain();
      const media = new BufferedAudio(context, nodes.input);
      return {
        kind: 'buffer',
        media: media as unknown as HTMLAudioElement,
        setLevel: nodes.setLevel,
        fade: nodes.fade,
        gain: nodes.gain,
        playAt: (when) => media.playAt(when),
        endTime: () => media.endTime,
        ready: () => media.ready(),
        setGapless(info) {
          media.gapless = info;
        },
        release() {
          media.removeAttribute('src');
          nodes.disconnect();
        },
      };
    },
    setVolume(next, muted) {
      volume = next;
      silenced = muted;
      // The element keeps the mute (what the page shows), the master gain the volume: the element's
      // own volume stays 1 so it is not applied twice.
      for (const element of elementDecks) {
        element.volume = 1;
        element.muted = muted;
      }
      master.gain.setValueAtTime(muted ? 0 : volume, context.currentTime);
    },
    fadeOutMaster(seconds) {
      const now = context.currentTime;
      master.gain.cancelScheduledValues(now);
      master.gain.setValueAtTime(master.gain.value, now);
      master.gain.linearRampToValueAtTime(0, now + seconds);
    },
    restoreMaster() {
      master.gain.cancelScheduledValues(context.currentTime);
      master.gain.setValueAtTime(silenced ? 0 : volume, context.currentTime);
    },
    close: () => context.close(),
    context,
    master,
  };
}
