// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeAudio } from '../test/fake-audio';
import { FakeBufferAudio, type MemoryDecks, memoryDecks } from '../test/memory-decks';
import { appliedGainDb } from './loudness';
import {
  type PlaybackAction,
  type PlaybackDetails,
  PlayerEngine,
  type PlayerSong,
  SLEEP_FADE_SECONDS,
} from './player-engine';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
/** When a buffer deck was scheduled to start (AudioContext time). */
const scheduledAt = (fake: FakeAudio | undefined) => (fake instanceof FakeBufferAudio ? fake.scheduledAt : undefined);

const track = (id: string, trackNumber: number, album = 'Continuous', durationSeconds = 100): PlayerSong => ({
  id,
  title: `Song ${id}`,
  artist: 'Artist',
  album,
  albumArtist: 'Artist',
  trackNumber,
  discNumber: 1,
  durationSeconds,
  streamUrl: `/media/songs/${id}/audio`,
});

/** A Storage in memory: what survives a "reload" is what a new engine reads from it. */
function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}

describe('the player engine on decks', () => {
  let primary: FakeAudio;
  let decks: MemoryDecks;
  let events: Array<[string, PlaybackAction, number]>;
  let details: Record<string, PlaybackDetails>;
  let storage: ReturnType<typeof memoryStorage>;
  let engine: PlayerEngine;

  const makeEngine = () =>
    new PlayerEngine(primary as unknown as HTMLAudioElement, {
      report: (songId, action, position) => events.push([songId, action, position]),
      refreshStreamUrl: async (id) => `/media/songs/${id}/audio?fresh=1`,
      random: () => 0,
      decks,
      storage,
      playbackDetails: async (id) => details[id] ?? null,
    });

  beforeEach(() => {
    primary = new FakeAudio();
    decks = memoryDecks(primary, () => 100);
    events = [];
    details = {};
    storage = memoryStorage();
    engine = makeEngine();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  /** The fake behind the deck the current song plays on. */
  const playing = () => {
    const state = engine.getState();
    const candidates = decks.made.filter((deck) => deck.kind === state.deckKind && !deck.released);
    return candidates.find((deck) => deck.fake.src.includes(`/${state.current?.id}/`))?.fake as FakeAudio;
  };

  it('plays consecutive tracks of an album on buffer decks, the next scheduled at the exact end of the current', async () => {
    engine.playQueue([track('a', 1), track('b', 2)], 0);
    await settle();
    expect(engine.getState().deckKind).toBe('buffer');
    const first = playing();
    first.loadMetadata(100);
    decks.clock.now = 50;
    first.advanceTo(95);
    await settle();
    await settle();
    const next = decks.made.find((deck) => deck.kind === 'buffer' && deck.fake.src.includes('/b/'));
    // 5 s left at AudioContext time 50: the next song starts at 55, to the sample.
    expect(scheduledAt(next?.fake)).toBe(55);

    first.finish();
    expect(engine.getState().current?.id).toBe('b');
    expect(engine.getState().deckKind).toBe('buffer');
    // The listening events are those of any song ending and the next starting.
    expect(events).toEqual([
      ['a', 'PLAY', 0],
      ['a', 'COMPLETE', 100],
      ['b', 'PLAY', 0],
    ]);
  });

  it('moves the scheduled next song with a seek, and drops it on pause', async () => {
    engine.playQueue([track('a', 1), track('b', 2)], 0);
    await settle();
    const first = playing();
    first.loadMetadata(100);
    first.advanceTo(95);
    await settle();
    await settle();
    const next = decks.made.find((deck) => deck.fake.src.includes('/b/'));
    engine.seek(90);
    expect(scheduledAt(next?.fake)).toBe(10);
    engine.pause();
    expect(next?.released).toBe(true);
    first.finish();
    // Nothing was scheduled any more: the next song is loaded the ordinary way.
    expect(engine.getState().current?.id).toBe('b');
  });

  it('keeps element decks when the next song does not continue the album, is shuffled, or plays at another speed', async () => {
    engine.playQueue([track('a', 1), track('c', 3)], 0);
    await settle();
    expect(engine.getState().deckKind).toBe('element');

    engine.updateSettings({ speed: 1.5 });
    engine.playQueue([track('a', 1), track('b', 2)], 0);
    await settle();
    expect(engine.getState().deckKind).toBe('element');
    expect(primary.playbackRate).toBe(1.5);
    expect((primary as unknown as { preservesPitch: boolean }).preservesPitch).toBe(true);

    engine.updateSettings({ speed: 1 });
    engine.toggleShuffle();
    engine.playQueue([track('a', 1), track('b', 2)], 0);
    await settle();
    expect(engine.getState().deckKind).toBe('element');
  });

  it('moves a song playing on a buffer deck onto the element when the speed changes, the listen carrying on', async () => {
    engine.playQueue([track('a', 1), track('b', 2)], 0);
    await settle();
    const buffered = playing();
    buffered.loadMetadata(100);
    buffered.advanceTo(30);
    engine.setSpeed(1.25);
    expect(engine.getState().deckKind).toBe('element');
    expect(buffered.paused).toBe(true);
    expect(primary.src).toBe(track('a', 1).streamUrl);
    primary.loadMetadata(100);
    expect(primary.currentTime).toBe(30);
    expect(primary.playbackRate).toBe(1.25);
    // One listen, not a STOP and a new PLAY.
    expect(events).toEqual([['a', 'PLAY', 0]]);
  });

  it('streams a song on the element when its decoded buffer keeps failing', async () => {
    engine.playQueue([track('a', 1), track('b', 2)], 0);
    await settle();
    const buffered = playing();
    // The first failure gets a fresh link; that one fails to decode too.
    buffered.refusedSources.add('/media/songs/a/audio?fresh=1');
    buffered.fail();
    await settle();
    await settle();
    expect(engine.getState()).toMatchObject({ deckKind: 'element', error: null, current: { id: 'a' } });
    expect(primary.src).toBe('/media/songs/a/audio?fresh=1');
    expect(primary.paused).toBe(false);
  });

  it('crossfades songs of different albums: the listen before completes, the next fades in on the other deck', async () => {
    engine.updateSettings({ crossfadeSeconds: 3 });
    engine.playQueue([track('a', 1, 'One'), track('b', 1, 'Two')], 0);
    await settle();
    primary.loadMetadata(100);
    primary.advanceTo(96);
    expect(engine.getState().current?.id).toBe('a');
    primary.advanceTo(97);
    expect(engine.getState().current?.id).toBe('b');
    const second = decks.made[1];
    expect(second?.kind).toBe('element');
    expect(second?.fades.at(-1)).toEqual([0, 1, 3]);
    expect(decks.made[0]?.fades.at(-1)).toEqual([1, 0, 3]);
    expect(engine.inspectGraph().deckGains).toHaveLength(2);
    // The old deck fading out speaks no more for the player: its end is no COMPLETE, its pause no PAUSE.
    primary.finish();
    expect(events).toEqual([
      ['a', 'PLAY', 0],
      ['a', 'COMPLETE', 100],
      ['b', 'PLAY', 0],
    ]);
  });

  it('pauses both songs when paused during a crossfade', async () => {
    engine.updateSettings({ crossfadeSeconds: 3 });
    engine.playQueue([track('a', 1, 'One'), track('b', 1, 'Two')], 0);
    await settle();
    primary.loadMetadata(100);
    primary.advanceTo(98);
    const incoming = decks.made[1]?.media as unknown as FakeAudio;
    expect(primary.paused).toBe(false);
    engine.pause();
    expect(incoming.paused).toBe(true);
    expect(primary.paused).toBe(true);
    expect(engine.inspectGraph().deckGains).toHaveLength(1);
  });

  it('alternates the two element decks from one crossfade to the next', async () => {
    engine.updateSettings({ crossfadeSeconds: 3 });
    engine.playQueue([track('a', 1, 'One'), track('b', 1, 'Two'), track('c', 1, 'Three')], 0);
    await settle();
    primary.loadMetadata(100);
    primary.advanceTo(97.5);
    const second = decks.made[1]?.fake as FakeAudio;
    expect(second.src).toBe(track('b', 1).streamUrl);
    second.loadMetadata(100);
    second.advanceTo(97.5);
    expect(engine.getState().current?.id).toBe('c');
    expect(primary.src).toBe(track('c', 1).streamUrl);
    expect(decks.made[0]?.fades.at(-1)).toEqual([0, 1, 2.5]);
    expect(decks.made[1]?.fades.at(-1)).toEqual([1, 0, 2.5]);
  });

  it('never crossfades between tracks that continue an album', async () => {
    engine.updateSettings({ crossfadeSeconds: 3 });
    engine.playQueue([track('a', 1), track('b', 2)], 0);
    await settle();
    const first = playing();
    first.loadMetadata(100);
    first.advanceTo(98);
    await settle();
    expect(engine.getState().current?.id).toBe('a');
    expect(decks.made.every((deck) => deck.fades.every(([, to, seconds]) => seconds === 0 && to === 1))).toBe(true);
  });

  it('levels loudness by the chosen mode, guarding against clipping', async () => {
    details = {
      a: { loudness: { trackGainDb: -6, trackPeak: 0.9, albumGainDb: -4, albumPeak: 0.95 }, gapless: null },
      b: { loudness: { trackGainDb: 8, trackPeak: 0.5, albumGainDb: -4, albumPeak: 0.95 }, gapless: null },
      x: { loudness: { trackGainDb: 3, trackPeak: 0.25, albumGainDb: null, albumPeak: null }, gapless: null },
    };
    // Auto: album gain while the album plays in order.
    engine.playQueue([track('a', 1), track('b', 2)], 0);
    await settle();
    expect(engine.getState().appliedGainDb).toBe(-4);
    engine.setLoudnessMode('track');
    await settle();
    expect(engine.getState().appliedGainDb).toBe(-6);
    // b's +8 dB would push its 0.5 peak past full scale: at most +6.02 dB.
    engine.next();
    await settle();
    expect(engine.getState().appliedGainDb).toBeCloseTo(6.0206, 4);
    expect(engine.inspectGraph().deckGains[0]).toBeCloseTo(2, 4);
    engine.setLoudnessMode('off');
    await settle();
    expect(engine.getState().appliedGainDb).toBe(0);
    // Auto outside an album run: the song's own gain.
    engine.setLoudnessMode('auto');
    engine.playQueue([track('x', 5, 'Single')], 0);
    await settle();
    expect(engine.getState().appliedGainDb).toBe(3);
    expect(appliedGainDb('album', details.x?.loudness, true)).toBe(3);
    expect(appliedGainDb('auto', null, true)).toBe(0);
  });

  it('pauses after the sleep timer, fading out first, and "end of song" stops at the song’s end', async () => {
    vi.useFakeTimers();
    engine.playQueue([track('a', 1, 'One'), track('b', 1, 'Two')], 0);
    await vi.advanceTimersByTimeAsync(0);
    engine.setSleepTimer(15);
    expect(engine.getState().sleep).toMatchObject({ kind: 'minutes', minutes: 15 });
    await vi.advanceTimersByTimeAsync(15 * 60_000 - SLEEP_FADE_SECONDS * 1000);
    expect(decks.masterFadedOut).toBe(true);
    expect(engine.getState().playing).toBe(true);
    await vi.advanceTimersByTimeAsync(SLEEP_FADE_SECONDS * 1000);
    expect(engine.getState()).toMatchObject({ playing: false, sleep: null });
    expect(decks.masterFadedOut).toBe(false);
    expect(events.at(-1)).toEqual(['a', 'PAUSE', 0]);

    engine.play();
    engine.setSleepTimer('end-of-song');
    primary.loadMetadata(100);
    primary.advanceTo(97);
    expect(decks.masterFadedOut).toBe(true);
    primary.finish();
    expect(engine.getState()).toMatchObject({ playing: false, sleep: null, current: { id: 'a' } });
    expect(events.at(-1)).toEqual(['a', 'COMPLETE', 100]);
  });

  it('after a reload is paused at the saved position, with the queue, shuffle, repeat and settings', async () => {
    engine.updateSettings({ crossfadeSeconds: 5, loudness: 'track', speed: 1.25 });
    engine.playQueue([track('a', 1, 'One'), track('b', 1, 'Two'), track('c', 1, 'Three')], 1);
    await settle();
    engine.cycleRepeat();
    primary.loadMetadata(100);
    primary.advanceTo(42.5);
    engine.pause();

    primary = new FakeAudio();
    decks = memoryDecks(primary, () => 100);
    events = [];
    const reloaded = makeEngine();
    expect(reloaded.restoreSession()).toEqual(['a', 'b', 'c']);
    primary.loadMetadata(100);
    expect(reloaded.getState()).toMatchObject({
      current: { id: 'b' },
      position: 1,
      playing: false,
      repeat: 'all',
      currentTime: 42.5,
      settings: { crossfadeSeconds: 5, loudness: 'track', speed: 1.25 },
    });
    expect(primary.currentTime).toBe(42.5);
    expect(primary.paused).toBe(true);
    expect(events).toEqual([]);
    reloaded.play();
    expect(events).toEqual([['b', 'PLAY', 42.5]]);
  });

  it('writes the queue only when it changes, the position as the song plays', async () => {
    const writes: string[] = [];
    const setItem = storage.setItem;
    storage.setItem = (key, value) => {
      writes.push(key);
      setItem(key, value);
    };
    engine.playQueue([track('a', 1, 'One'), track('b', 1, 'Two')], 0);
    await settle();
    primary.loadMetadata(100);
    writes.length = 0;
    for (let second = 1; second <= 10; second++) primary.advanceTo(second);
    expect(writes.filter((key) => key === 'sp0t1fy.player-session.v1')).toEqual([]);
    expect(writes.filter((key) => key === 'sp0t1fy.player-session.v1.position').length).toBeGreaterThan(2);
    engine.addToQueue(track('c', 1, 'Three'));
    expect(writes.filter((key) => key === 'sp0t1fy.player-session.v1')).toHaveLength(1);
  });

  it('keeps playing when the browser storage is full', async () => {
    storage.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    engine.playQueue([track('a', 1, 'One'), track('b', 1, 'Two')], 0);
    await settle();
    primary.loadMetadata(100);
    primary.advanceTo(5);
    expect(engine.getState()).toMatchObject({ current: { id: 'a' }, playing: true });
    expect(events).toEqual([['a', 'PLAY', 0]]);
  });

  it('applies the check of a restored queue in one change: gone songs leave, the rest get fresh links', async () => {
    engine.playQueue([track('a', 1, 'One'), track('b', 1, 'Two'), track('c', 1, 'Three')], 0);
    await settle();
    engine.pause();
    const writes: string[] = [];
    const setItem = storage.setItem;
    storage.setItem = (key, value) => {
      writes.push(key);
      setItem(key, value);
    };
    engine.refreshRestored(
      new Map([
        ['a', '/media/songs/a/audio?fresh=2'],
        ['b', null],
        ['c', '/media/songs/c/audio?fresh=2'],
      ]),
    );
    const { queue, current } = engine.getState();
    expect(queue.map((song) => [song.id, song.streamUrl])).toEqual([
      ['a', '/media/songs/a/audio?fresh=2'],
      ['c', '/media/songs/c/audio?fresh=2'],
    ]);
    expect(current?.streamUrl).toBe('/media/songs/a/audio?fresh=2');
    // Once for the removal, once for the fresh links: not once per song.
    expect(writes.filter((key) => key === 'sp0t1fy.player-session.v1').length).toBeLessThanOrEqual(2);
  });

  it('ignores a saved session that is not valid, and settings out of range', () => {
    storage.setItem(
      'sp0t1fy.player-session.v1',
      // The order names a song the queue does not have.
      JSON.stringify({ queue: [track('a', 1)], order: [0, 1], shuffle: false, repeat: 'off' }),
    );
    storage.setItem('sp0t1fy.player-session.v1.position', JSON.stringify({ position: 0, currentTime: 0 }));
    storage.setItem('sp0t1fy.playback.v1', JSON.stringify({ crossfadeSeconds: 60, speed: 1.5 }));
    const reloaded = makeEngine();
    expect(reloaded.restoreSession()).toEqual([]);
    expect(reloaded.getState()).toMatchObject({ current: null, queue: [] });
    expect(reloaded.getState().settings).toEqual({ crossfadeSeconds: 0, loudness: 'auto', speed: 1 });
    storage.setItem('sp0t1fy.player-session.v1', '{not json');
    expect(makeEngine().restoreSession()).toEqual([]);
  });
});
