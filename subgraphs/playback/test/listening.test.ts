import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  impliedPosition,
  type ListenerState,
  type ListeningEvent,
  type PlaybackAction,
  step,
  summarize,
} from '../src/providers/listening.js';

const DURATIONS: Record<string, number> = { A: 200, B: 100 };

/** `[action, position, secondsSinceStart, song = 'A']` */
type Script = Array<[PlaybackAction, number, number, string?]>;

const events = (script: Script): ListeningEvent[] =>
  script.map(([action, positionSeconds, seconds, songId = 'A']) => ({
    songId,
    durationSeconds: DURATIONS[songId]!,
    action,
    positionSeconds,
    at: seconds * 1000,
  }));

describe('what counts as a play and how long was listened', () => {
  it.each<[string, Script, number, number]>([
    [
      'PLAY then PAUSE',
      [
        ['PLAY', 0, 0],
        ['PAUSE', 30, 30],
      ],
      1,
      30,
    ],
    [
      'a PLAY after PAUSE resumes the same listen',
      [
        ['PLAY', 0, 0],
        ['PAUSE', 30, 30],
        ['PLAY', 30, 100],
        ['STOP', 50, 120],
      ],
      1,
      50,
    ],
    [
      'RESUME continues; COMPLETE ends at the song end',
      [
        ['PLAY', 0, 0],
        ['PAUSE', 30, 30],
        ['RESUME', 30, 90],
        ['COMPLETE', 200, 260],
      ],
      1,
      200,
    ],
    [
      'a PLAY repeated within seconds at the same position is one play',
      [
        ['PLAY', 0, 0],
        ['PLAY', 0, 2],
        ['PLAY', 0.5, 4],
        ['PAUSE', 30, 30],
      ],
      1,
      30,
    ],
    [
      'the same PLAY after the window is a new listen',
      [
        ['PLAY', 0, 0],
        ['PLAY', 0, 10],
        ['PAUSE', 5, 15],
      ],
      2,
      15,
    ],
    [
      'skipping to another song closes the stretch by elapsed time',
      [
        ['PLAY', 0, 0],
        ['PLAY', 0, 60, 'B'],
        ['STOP', 20, 80, 'B'],
      ],
      2,
      80,
    ],
    [
      'a missing STOP never credits more than the rest of the song',
      [
        ['PLAY', 0, 0],
        ['PLAY', 0, 3600, 'B'],
      ],
      2,
      200,
    ],
    [
      'the rest of the song is measured from where the stretch started',
      [
        ['PLAY', 150, 0],
        ['PLAY', 0, 3600, 'B'],
      ],
      2,
      50,
    ],
    [
      'SEEK while playing: time until the seek, then positions',
      [
        ['PLAY', 0, 0],
        ['SEEK', 150, 20],
        ['PAUSE', 160, 30],
      ],
      1,
      30,
    ],
    [
      'SEEK while paused then PLAY resumes',
      [
        ['PLAY', 0, 0],
        ['PAUSE', 10, 10],
        ['SEEK', 100, 20],
        ['PLAY', 100, 25],
        ['STOP', 110, 35],
      ],
      1,
      20,
    ],
    [
      'RESUME and SEEK never count',
      [
        ['RESUME', 0, 0],
        ['SEEK', 50, 10],
        ['PAUSE', 60, 20],
      ],
      0,
      20,
    ],
    [
      'repeated PAUSE and STOP add nothing',
      [
        ['PLAY', 0, 0],
        ['PAUSE', 30, 30],
        ['PAUSE', 30, 31],
        ['STOP', 30, 40],
      ],
      1,
      30,
    ],
    [
      'PAUSE without a PLAY adds nothing',
      [
        ['PAUSE', 50, 0],
        ['STOP', 60, 10],
      ],
      0,
      0,
    ],
    [
      'a listen never earns more than the song lasts',
      [
        ['PLAY', 0, 0],
        ['PAUSE', 150, 150],
        ['SEEK', 0, 160],
        ['RESUME', 0, 170],
        ['PAUSE', 150, 320],
      ],
      1,
      200,
    ],
    [
      'a position that went backwards falls back to elapsed time',
      [
        ['PLAY', 100, 0],
        ['PAUSE', 20, 15],
      ],
      1,
      15,
    ],
    [
      'PLAY after COMPLETE is a replay',
      [
        ['PLAY', 0, 0],
        ['COMPLETE', 200, 200],
        ['PLAY', 0, 210],
        ['STOP', 50, 260],
      ],
      2,
      250,
    ],
    [
      'PLAY after STOP is a new listen',
      [
        ['PLAY', 0, 0],
        ['STOP', 40, 40],
        ['PLAY', 40, 50],
        ['STOP', 60, 70],
      ],
      2,
      60,
    ],
    [
      'a repeated COMPLETE adds nothing',
      [
        ['PLAY', 0, 0],
        ['COMPLETE', 200, 200],
        ['COMPLETE', 200, 201],
      ],
      1,
      200,
    ],
    [
      'RESUME of another song closes the playing one',
      [
        ['PLAY', 0, 0],
        ['RESUME', 30, 40, 'B'],
        ['PAUSE', 50, 60, 'B'],
      ],
      1,
      60,
    ],
    [
      'a PAUSE of another song does not measure this one by position',
      [
        ['PLAY', 0, 0],
        ['PAUSE', 90, 10, 'B'],
      ],
      1,
      10,
    ],
  ])('%s', (_name, script, plays, seconds) => {
    const summary = summarize(events(script));
    expect(summary.plays).toBe(plays);
    expect(summary.secondsListened).toBeCloseTo(seconds, 6);
  });

  it('credits the stretch to the event that ends it', () => {
    const { steps } = summarize(
      events([
        ['PLAY', 0, 0],
        ['PAUSE', 30, 30],
        ['RESUME', 30, 40],
        ['STOP', 45, 55],
      ]),
    );
    expect(steps.map((result) => [result.countsAsPlay, result.secondsListened])).toEqual([
      [true, 0],
      [false, 30],
      [false, 0],
      [false, 15],
    ]);
  });

  it('never credits a negative time, more than the song, or more than a listen allows', () => {
    const action = fc.constantFrom<PlaybackAction>('PLAY', 'PAUSE', 'RESUME', 'SEEK', 'STOP', 'COMPLETE');
    const event = fc.record({
      action,
      song: fc.constantFrom('A', 'B'),
      position: fc.double({ min: 0, max: 1, noNaN: true }),
      gapSeconds: fc.double({ min: 0, max: 400, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (generated) => {
        let seconds = 0;
        const script: Script = generated.map(({ action: a, song, position, gapSeconds }) => {
          seconds += gapSeconds;
          return [a, position * DURATIONS[song]!, seconds, song];
        });
        const sequence = events(script);
        const { steps, plays } = summarize(sequence);
        expect(plays).toBeLessThanOrEqual(sequence.filter((e) => e.action === 'PLAY').length);
        let perListen = 0;
        steps.forEach((result, index) => {
          const playingSong = index > 0 ? sequence[index - 1]!.songId : 'A';
          expect(result.secondsListened).toBeGreaterThanOrEqual(0);
          expect(result.secondsListened).toBeLessThanOrEqual(DURATIONS[playingSong]! + 1e-9);
          perListen += result.secondsListened;
          expect(perListen).toBeLessThanOrEqual(DURATIONS[playingSong]! + 1e-9);
          if (result.countsAsPlay || (index > 0 && sequence[index - 1]!.songId !== sequence[index]!.songId)) {
            perListen = 0;
          }
        });
      }),
    );
  });
});

describe('the position an event without one stands for', () => {
  const playing: ListenerState = {
    songId: 'A',
    durationSeconds: 200,
    lastAction: 'PLAY',
    lastPosition: 10,
    lastAt: 0,
    stretch: { position: 10, at: 0 },
    listenSeconds: 0,
  };
  const at = (seconds: number) => seconds * 1000;

  it.each<[string, ListenerState | null, PlaybackAction, string, number, number]>([
    ['COMPLETE is the end of the song', playing, 'COMPLETE', 'A', 5, 200],
    ['the first event starts at 0', null, 'PLAY', 'A', 0, 0],
    ['another song starts at 0', playing, 'PAUSE', 'B', 5, 0],
    ['a running stretch has advanced', playing, 'PAUSE', 'A', 25, 35],
    ['but not past the end', playing, 'PAUSE', 'A', 500, 200],
    [
      'a paused song stays where it paused',
      { ...playing, lastAction: 'PAUSE', lastPosition: 42, stretch: null },
      'PLAY',
      'A',
      99,
      42,
    ],
    [
      'a stopped song starts over',
      { ...playing, lastAction: 'STOP', lastPosition: 42, stretch: null },
      'PLAY',
      'A',
      99,
      0,
    ],
  ])('%s', (_name, previous, action, songId, seconds, expected) => {
    const durationSeconds = DURATIONS[songId]!;
    expect(impliedPosition(previous, { songId, durationSeconds, action, at: at(seconds) })).toBeCloseTo(expected, 6);
  });

  it('a step keeps the listen seconds of the same listen and resets them for a new one', () => {
    const paused = step(playing, {
      songId: 'A',
      durationSeconds: 200,
      action: 'PAUSE',
      positionSeconds: 40,
      at: at(30),
    });
    expect(paused.state.listenSeconds).toBe(30);
    const replay = step(paused.state, {
      songId: 'A',
      durationSeconds: 200,
      action: 'STOP',
      positionSeconds: 40,
      at: at(31),
    });
    expect(replay.state.listenSeconds).toBe(30);
    const again = step(replay.state, {
      songId: 'A',
      durationSeconds: 200,
      action: 'PLAY',
      positionSeconds: 0,
      at: at(40),
    });
    expect(again.countsAsPlay).toBe(true);
    expect(again.state.listenSeconds).toBe(0);
  });
});
