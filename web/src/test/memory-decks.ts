import type { Deck, DeckFactory } from '../player/decks';
import { asAudio, FakeAudio } from './fake-audio';

/**
 * Decks for the engine's unit tests only: jsdom has no Web Audio, so these keep what the graph would
 * hold (level, fade, schedule) in plain fields. What the audio sounds like is proven in Chromium
 * (web/test/e2e/gapless.test.ts).
 */
export class FakeBufferAudio extends FakeAudio {
  /** The AudioContext time playAt() was given, when scheduled. */
  scheduledAt: number | null = null;

  playAt(when: number): Promise<void> {
    this.scheduledAt = when;
    return this.play();
  }
}

export interface MemoryDeck extends Deck {
  fake: FakeAudio;
  level: number;
  fades: Array<[from: number, to: number, seconds: number]>;
  released: boolean;
}

export interface MemoryDecks extends DeckFactory {
  /** Every deck made, in order (the primary first). */
  made: MemoryDeck[];
  /** The AudioContext clock the buffer decks' end times are on. */
  clock: { now: number };
  volume: { value: number; muted: boolean };
  masterFadedOut: boolean;
}

/** `duration(url)`: how long the song behind a stream URL lasts once "decoded". */
export function memoryDecks(primary: FakeAudio, duration: (url: string) => number): MemoryDecks {
  const made: MemoryDeck[] = [];
  const clock = { now: 0 };
  const deck = (fake: FakeAudio, kind: 'element' | 'buffer'): MemoryDeck => {
    const created: MemoryDeck = {
      kind,
      fake,
      media: asAudio(fake),
      level: 1,
      fades: [],
      released: false,
      setLevel(gain) {
        created.level = gain;
      },
      fade(from, to, seconds) {
        created.fades.push([from, to, seconds]);
      },
      gain: () => created.level * (created.fades.at(-1)?.[1] ?? 1),
      release() {
        created.released = true;
      },
    };
    if (fake instanceof FakeBufferAudio) {
      created.playAt = (when) => fake.playAt(when);
      created.endTime = () => (fake.paused ? null : clock.now + (fake.duration - fake.currentTime));
      created.ready = async () => {
        fake.loadMetadata(duration(fake.src));
        return true;
      };
      created.setGapless = () => {};
    }
    made.push(created);
    return created;
  };
  let second: MemoryDeck | null = null;
  const factory: MemoryDecks = {
    made,
    clock,
    volume: { value: 1, muted: false },
    masterFadedOut: false,
    primary: deck(primary, 'element'),
    element: () => {
      second ??= deck(new FakeAudio(), 'element');
      return second;
    },
    buffer: () => deck(new FakeBufferAudio(), 'buffer'),
    wake() {},
    setVolume(value, muted) {
      factory.volume = { value, muted };
    },
    fadeOutMaster() {
      factory.masterFadedOut = true;
    },
    restoreMaster() {
      factory.masterFadedOut = false;
    },
    close: async () => {},
    context: null,
    master: null,
  };
  return factory;
}
