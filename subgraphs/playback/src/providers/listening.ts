/**
 * What a stream of playback events means: which events count as plays and how many seconds were
 * listened. Pure: the recorder folds each new event into the user's stored state as it arrives, and
 * tests fold whole scripted sequences.
 *
 * A *listen* starts with a PLAY that counts and lasts until the next one (or another song). Within a
 * listen, audio plays in *stretches*: from PLAY/RESUME (or a SEEK while playing) to the next event.
 */

export type PlaybackAction = 'PLAY' | 'PAUSE' | 'RESUME' | 'SEEK' | 'STOP' | 'COMPLETE';

/** Two PLAYs of the same song this close together, at the same position, are one click sent twice. */
export const DUPLICATE_WINDOW_MS = 5_000;
export const SAME_POSITION_SECONDS = 1;

export interface ListeningEvent {
  songId: string;
  /** The song's length; positions are already clamped to it. */
  durationSeconds: number;
  action: PlaybackAction;
  positionSeconds: number;
  /** When the server received the event, in epoch milliseconds. */
  at: number;
}

/** Where a user's listening stands after their latest event. */
export interface ListenerState {
  songId: string;
  durationSeconds: number;
  lastAction: PlaybackAction;
  lastPosition: number;
  lastAt: number;
  /** Set while audio plays: where and when the current stretch started. */
  stretch: { position: number; at: number } | null;
  /** Seconds already credited to the current listen: a listen never earns more than the song lasts. */
  listenSeconds: number;
}

export interface StepResult {
  state: ListenerState;
  /** The event started a listen. */
  countsAsPlay: boolean;
  /** Seconds of the previous stretch this event ended (they belong to the song that was playing). */
  secondsListened: number;
}

/** Events whose position says where playback stopped, so a stretch can be measured by position. */
const REPORTS_STOP_POSITION = new Set<PlaybackAction>(['PAUSE', 'STOP', 'COMPLETE']);

export function step(previous: ListenerState | null, event: ListeningEvent): StepResult {
  const sameSong = previous !== null && previous.songId === event.songId;

  if (sameSong && isRepeatedPlay(previous, event)) {
    return { state: { ...previous, lastAt: event.at }, countsAsPlay: false, secondsListened: 0 };
  }

  // A PLAY after PAUSE (or SEEK) of the same song is the player's way of resuming, not a new listen.
  const continuesListen = sameSong && (previous.lastAction === 'PAUSE' || previous.lastAction === 'SEEK');
  const countsAsPlay = event.action === 'PLAY' && !continuesListen;

  const secondsListened = previous ? creditStretch(previous, event, sameSong) : 0;
  const newListen = countsAsPlay || !sameSong;
  const playing =
    event.action === 'PLAY' || event.action === 'RESUME' || (event.action === 'SEEK' && sameSong && !!previous.stretch);

  return {
    countsAsPlay,
    secondsListened,
    state: {
      songId: event.songId,
      durationSeconds: event.durationSeconds,
      lastAction: event.action,
      lastPosition: event.positionSeconds,
      lastAt: event.at,
      stretch: playing ? { position: event.positionSeconds, at: event.at } : null,
      listenSeconds: newListen ? 0 : (previous?.listenSeconds ?? 0) + secondsListened,
    },
  };
}

function isRepeatedPlay(previous: ListenerState, event: ListeningEvent): boolean {
  return (
    event.action === 'PLAY' &&
    (previous.lastAction === 'PLAY' || previous.lastAction === 'RESUME') &&
    event.at - previous.lastAt <= DUPLICATE_WINDOW_MS &&
    Math.abs(event.positionSeconds - previous.lastPosition) <= SAME_POSITION_SECONDS
  );
}

/**
 * The seconds of the stretch that `event` ends. Measured by position when the event reports where
 * playback stopped; otherwise (a SEEK, another song, a missing PAUSE) by the time that passed, which
 * cannot exceed what was left of the song. A listen never earns more than the song's duration.
 */
function creditStretch(previous: ListenerState, event: ListeningEvent, sameSong: boolean): number {
  const { stretch } = previous;
  if (!stretch) return 0;
  const byPosition = event.positionSeconds - stretch.position;
  const measured =
    sameSong && REPORTS_STOP_POSITION.has(event.action) && byPosition >= 0
      ? byPosition
      : (event.at - stretch.at) / 1000;
  const leftInSong = Math.max(0, previous.durationSeconds - stretch.position);
  const leftInListen = Math.max(0, previous.durationSeconds - previous.listenSeconds);
  return Math.max(0, Math.min(measured, leftInSong, leftInListen));
}

/**
 * The position an event without one stands for: COMPLETE is the end of the song; otherwise where the
 * user's playback of this song is now (paused position, or the running stretch advanced by the
 * time since), else the start.
 */
export function impliedPosition(
  previous: ListenerState | null,
  event: Omit<ListeningEvent, 'positionSeconds'>,
): number {
  if (event.action === 'COMPLETE') return event.durationSeconds;
  if (!previous || previous.songId !== event.songId) return 0;
  if (previous.lastAction === 'STOP' || previous.lastAction === 'COMPLETE') return 0;
  if (!previous.stretch) return previous.lastPosition;
  const advanced = previous.stretch.position + (event.at - previous.stretch.at) / 1000;
  return Math.min(advanced, event.durationSeconds);
}

export interface ListeningSummary {
  plays: number;
  secondsListened: number;
  steps: StepResult[];
}

/** Folds a whole sequence of one user's events, oldest first. */
export function summarize(events: ListeningEvent[], initial: ListenerState | null = null): ListeningSummary {
  let state = initial;
  let plays = 0;
  let secondsListened = 0;
  const steps: StepResult[] = [];
  for (const event of events) {
    const result = step(state, event);
    state = result.state;
    if (result.countsAsPlay) plays++;
    secondsListened += result.secondsListened;
    steps.push(result);
  }
  return { plays, secondsListened, steps };
}
