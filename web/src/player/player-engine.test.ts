// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { asAudio, FakeAudio } from '../test/fake-audio';
import { type PlaybackAction, PlayerEngine, type PlayerSong, shuffledOrder, upNext } from './player-engine';

const song = (id: string, durationSeconds = 100): PlayerSong => ({
  id,
  title: `Song ${id}`,
  artist: 'Artist',
  durationSeconds,
  streamUrl: `/media/songs/${id}/audio?expires=1&signature=old`,
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the player engine', () => {
  let audio: FakeAudio;
  let events: Array<[string, PlaybackAction, number]>;
  let freshUrls: Record<string, string | null>;
  let engine: PlayerEngine;

  beforeEach(() => {
    audio = new FakeAudio();
    events = [];
    freshUrls = {};
    engine = new PlayerEngine(asAudio(audio), {
      report: (songId, action, position) => events.push([songId, action, position]),
      refreshStreamUrl: async (id) => freshUrls[id] ?? null,
      random: () => 0,
    });
  });

  it('reports a listen as PLAY, PAUSE, RESUME, SEEK (new position) and COMPLETE, then plays the next song', () => {
    engine.playQueue([song('a'), song('b')], 0);
    expect(audio.src).toBe(song('a').streamUrl);
    audio.loadMetadata(100);
    audio.advanceTo(12);
    engine.pause();
    engine.play();
    engine.seek(70);
    audio.finish();
    expect(events).toEqual([
      ['a', 'PLAY', 0],
      ['a', 'PAUSE', 12],
      ['a', 'RESUME', 12],
      ['a', 'SEEK', 70],
      ['a', 'COMPLETE', 100],
      ['b', 'PLAY', 0],
    ]);
    expect(engine.getState().current?.id).toBe('b');
    expect(engine.getState().playing).toBe(true);
  });

  it('reports STOP when the stop button ends a listen, and a later play is a new listen', () => {
    engine.playQueue([song('a')], 0);
    audio.advanceTo(30);
    engine.stop();
    expect(audio.currentTime).toBe(0);
    expect(engine.getState().playing).toBe(false);
    engine.play();
    expect(events).toEqual([
      ['a', 'PLAY', 0],
      ['a', 'STOP', 30],
      ['a', 'PLAY', 0],
    ]);
  });

  it('reports STOP for the song left when another one is chosen', () => {
    engine.playQueue([song('a'), song('b')], 0);
    audio.advanceTo(5);
    engine.playQueue([song('a'), song('b')], 1);
    expect(events).toEqual([
      ['a', 'PLAY', 0],
      ['a', 'STOP', 5],
      ['b', 'PLAY', 0],
    ]);
  });

  it('stops at the end of the queue, wraps with repeat all and replays with repeat one', () => {
    engine.playQueue([song('a'), song('b')], 1);
    audio.loadMetadata(100);
    audio.finish();
    expect(engine.getState()).toMatchObject({ playing: false, current: { id: 'b' } });

    engine.cycleRepeat();
    expect(engine.getState().repeat).toBe('all');
    engine.play();
    audio.finish();
    expect(engine.getState().current?.id).toBe('a');

    engine.cycleRepeat();
    expect(engine.getState().repeat).toBe('one');
    audio.loadMetadata(100);
    audio.finish();
    expect(engine.getState().current?.id).toBe('a');
    expect(events.filter(([, action]) => action === 'PLAY').map(([id]) => id)).toEqual(['b', 'b', 'a', 'a']);
  });

  it('restarts the song on "previous" after 3 seconds, else goes back a song', () => {
    engine.playQueue([song('a'), song('b')], 1);
    audio.advanceTo(10);
    engine.previous();
    expect(engine.getState().current?.id).toBe('b');
    expect(audio.currentTime).toBe(0);
    engine.previous();
    expect(engine.getState().current?.id).toBe('a');
  });

  it('shuffles the rest of the queue and keeps the current song', () => {
    const queue = [song('a'), song('b'), song('c'), song('d')];
    engine.playQueue(queue, 2);
    engine.toggleShuffle();
    const { order, position } = engine.getState();
    expect(order[position]).toBe(2);
    expect([...order].sort()).toEqual([0, 1, 2, 3]);
    engine.toggleShuffle();
    expect(engine.getState()).toMatchObject({ order: [0, 1, 2, 3], position: 2 });
    expect(shuffledOrder(5, 3, () => 0.5)[0]).toBe(3);
  });

  it('plays a whole list shuffled from the Shuffle button, every song once', () => {
    engine.shufflePlay([song('a'), song('b'), song('c')]);
    const { order, shuffle, current } = engine.getState();
    expect(shuffle).toBe(true);
    expect(current?.id).toBe('a');
    expect([...order].sort()).toEqual([0, 1, 2]);
    engine.shufflePlay([]);
    expect(engine.getState().current?.id).toBe('a');
  });

  it('gets a fresh stream URL when the signed one has expired and resumes where it was', async () => {
    freshUrls.a = '/media/songs/a/audio?expires=2&signature=new';
    engine.playQueue([song('a')], 0);
    audio.advanceTo(42);
    audio.fail();
    await settle();
    expect(audio.src).toBe(freshUrls.a);
    expect(audio.currentTime).toBe(42);
    expect(audio.paused).toBe(false);
    expect(engine.getState().current?.streamUrl).toBe(freshUrls.a);
    // Resuming on the new URL is the same listen: no new PLAY, and the quiet seek is not a SEEK.
    expect(events).toEqual([['a', 'PLAY', 0]]);
  });

  it('plays a queued song whose URL expired while it waited', async () => {
    freshUrls.b = '/media/songs/b/audio?signature=new';
    audio.refusedSources.add(song('b').streamUrl);
    engine.playQueue([song('a'), song('b')], 1);
    await settle();
    await settle();
    expect(audio.src).toBe(freshUrls.b);
    expect(engine.getState()).toMatchObject({ playing: true, error: null });
    expect(events).toEqual([['b', 'PLAY', 0]]);
  });

  it('says so when a song cannot be played, instead of retrying forever', async () => {
    engine.playQueue([song('gone')], 0);
    audio.fail();
    await settle();
    expect(engine.getState().error).toBe('“Song gone” is no longer available.');

    freshUrls.a = '/media/songs/a/audio?signature=new';
    audio.refusedSources.add(song('a').streamUrl);
    audio.refusedSources.add(freshUrls.a);
    engine.playQueue([song('a')], 0);
    await settle();
    await settle();
    expect(engine.getState()).toMatchObject({ playing: false, error: '“Song a” cannot be played right now.' });
  });

  it('stays paused, without errors, when the browser refuses to autoplay', async () => {
    audio.playOutcome = new DOMException('autoplay refused', 'NotAllowedError');
    engine.playQueue([song('a')], 0);
    await settle();
    expect(engine.getState()).toMatchObject({ playing: false, current: { id: 'a' } });
    expect(events).toEqual([]);
  });

  it('keeps the volume between 0 and 1, unmutes when raised, and removes a deleted song', () => {
    engine.setVolume(1.7);
    expect(audio.volume).toBe(1);
    audio.muted = true;
    engine.setVolume(0.5);
    expect(audio.muted).toBe(false);

    engine.playQueue([song('a'), song('b')], 0);
    engine.removeSong('a');
    expect(engine.getState()).toMatchObject({ current: null, queue: [{ id: 'b' }], playing: false });
    expect(events.at(-1)).toEqual(['a', 'STOP', 0]);
  });

  describe('the queue', () => {
    const upcomingIds = () => upNext(engine.getState()).map(({ song }) => song.id);
    /** Plays to the end of the queue, the songs in the order they were played. */
    const playThrough = () => {
      const played = [engine.getState().current?.id];
      for (let guard = 0; guard < 20 && engine.getState().playing; guard++) {
        audio.loadMetadata(100);
        audio.finish();
        if (engine.getState().playing) played.push(engine.getState().current?.id);
      }
      return played;
    };

    it('plays a song queued with "Play next" right after the current one, and one added to the queue last', () => {
      engine.playQueue([song('a'), song('b'), song('c')], 0);
      engine.addToQueue(song('x'));
      engine.playNext(song('n'));
      expect(engine.getState().current?.id).toBe('a');
      expect(upcomingIds()).toEqual(['n', 'b', 'c', 'x']);
      expect(playThrough()).toEqual(['a', 'n', 'b', 'c', 'x']);
    });

    it('queues before anything plays: Play starts with the song queued next', () => {
      engine.addToQueue(song('x'));
      engine.playNext(song('n'));
      expect(engine.getState().current).toBeNull();
      expect(upcomingIds()).toEqual(['n', 'x']);
      engine.play();
      expect(engine.getState().current?.id).toBe('n');
      expect(upcomingIds()).toEqual(['x']);
    });

    it('reorders and removes upcoming songs, never the current one', () => {
      engine.playQueue([song('a'), song('b'), song('c'), song('d')], 1);
      engine.moveInQueue(1, 0);
      expect(upcomingIds()).toEqual(['d', 'c']);
      // Past either end: nothing moves.
      engine.moveInQueue(0, -1);
      engine.moveInQueue(5, 0);
      expect(upcomingIds()).toEqual(['d', 'c']);
      engine.removeFromQueue(0);
      engine.removeFromQueue(-1);
      engine.removeFromQueue(3);
      expect(upcomingIds()).toEqual(['c']);
      expect(engine.getState()).toMatchObject({ current: { id: 'b' }, playing: true });
      // The song before the current one stays in the queue: "previous" still goes back to it.
      engine.previous();
      expect(engine.getState().current?.id).toBe('a');
      expect(upcomingIds()).toEqual(['b', 'c']);
      expect(events.filter(([, action]) => action === 'PLAY').map(([id]) => id)).toEqual(['b', 'a']);
    });

    it('keeps the same song queued twice as two entries, removing only the one asked', () => {
      engine.playQueue([song('a')], 0);
      engine.addToQueue(song('b'));
      engine.addToQueue(song('b'));
      const [first, second] = upNext(engine.getState());
      expect(first?.queueIndex).not.toBe(second?.queueIndex);
      engine.removeFromQueue(1);
      expect(upcomingIds()).toEqual(['b']);
    });

    it('with shuffle on, queues in the shuffled order and keeps the current song playing', () => {
      const queue = [song('a'), song('b'), song('c'), song('d')];
      engine.playQueue(queue, 0);
      engine.toggleShuffle();
      const shuffled = upcomingIds();
      expect([...shuffled].sort()).toEqual(['b', 'c', 'd']);
      engine.playNext(song('n'));
      engine.addToQueue(song('x'));
      expect(upcomingIds()).toEqual(['n', ...shuffled, 'x']);
      engine.moveInQueue(4, 0);
      engine.removeFromQueue(1);
      expect(upcomingIds()).toEqual(['x', ...shuffled]);
      expect(engine.getState().current?.id).toBe('a');
      const { order, position } = engine.getState();
      expect(order[position]).toBe(engine.getState().queue.findIndex((queued) => queued.id === 'a'));
      expect(playThrough()).toEqual(['a', 'x', ...shuffled]);
    });

    it('keeps moves made without shuffle when shuffle is turned on and off again', () => {
      engine.playQueue([song('a'), song('b'), song('c')], 0);
      engine.playNext(song('n'));
      engine.moveInQueue(2, 0);
      expect(upcomingIds()).toEqual(['c', 'n', 'b']);
      engine.toggleShuffle();
      engine.toggleShuffle();
      expect(engine.getState().current?.id).toBe('a');
      expect(upcomingIds()).toEqual(['c', 'n', 'b']);
    });

    it('takes a deleted song out of a shuffled queue without reshuffling the rest', () => {
      engine.playQueue([song('a'), song('b'), song('c'), song('d')], 0);
      engine.toggleShuffle();
      const before = upcomingIds();
      engine.removeSong('c');
      expect(upcomingIds()).toEqual(before.filter((id) => id !== 'c'));
      expect(engine.getState().current?.id).toBe('a');
    });
  });
});

describe('the player engine at a streaming quality other than Original', () => {
  it('asks for each song’s URL at that quality before playing it, and drops an answer for a song no longer current', async () => {
    const audio = new FakeAudio();
    const asked: string[] = [];
    const pending = new Map<string, (url: string | null) => void>();
    const engine = new PlayerEngine(asAudio(audio), {
      report: () => {},
      refreshStreamUrl: (id) => {
        asked.push(id);
        return new Promise((resolve) => pending.set(id, resolve));
      },
      streamsOriginal: () => false,
      random: () => 0,
    });
    engine.playQueue([song('a'), song('b')], 0);
    expect(asked).toEqual(['a']);
    engine.next();
    expect(asked).toEqual(['a', 'b']);
    pending.get('b')?.('/media/songs/b/audio?format=opus&bitrate=96&signature=new');
    await settle();
    pending.get('a')?.('/media/songs/a/audio?format=opus&bitrate=96&signature=late');
    await settle();
    expect(audio.src).toBe('/media/songs/b/audio?format=opus&bitrate=96&signature=new');
  });
});
