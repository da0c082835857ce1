import { useEffect } from 'react';
import type { PlayerEngine } from './player-engine';

/** OS media keys, headset buttons and lock screens drive the player through the Media Session API. */
export function useMediaSession(engine: PlayerEngine): void {
  useEffect(() => {
    if (!('mediaSession' in navigator)) return;
    const session = navigator.mediaSession;
    const handlers: Array<[MediaSessionAction, MediaSessionActionHandler]> = [
      ['play', () => engine.play()],
      ['pause', () => engine.pause()],
      ['stop', () => engine.stop()],
      ['previoustrack', () => engine.previous()],
      ['nexttrack', () => engine.next()],
      ['seekbackward', (details) => engine.seekBy(-(details.seekOffset ?? 10))],
      ['seekforward', (details) => engine.seekBy(details.seekOffset ?? 10)],
      ['seekto', (details) => details.seekTime !== undefined && engine.seek(details.seekTime)],
    ];
    for (const [action, handler] of handlers) {
      try {
        session.setActionHandler(action, handler);
      } catch {
        // Browsers that do not know an action throw; the others still work.
      }
    }

    let shownSongId: string | null = null;
    const sync = () => {
      const state = engine.getState();
      const song = state.current;
      if (song?.id !== shownSongId || (song && session.metadata?.title !== song.title)) {
        shownSongId = song?.id ?? null;
        session.metadata = song
          ? new MediaMetadata({
              title: song.title,
              artist: song.artist,
              album: song.album ?? '',
              artwork: song.coverUrl ? [{ src: new URL(song.coverUrl, location.href).href }] : [],
            })
          : null;
      }
      session.playbackState = song ? (state.playing ? 'playing' : 'paused') : 'none';
      const duration = state.duration || song?.durationSeconds || 0;
      if (song && duration > 0 && 'setPositionState' in session) {
        try {
          session.setPositionState({
            duration,
            position: Math.min(state.currentTime, duration),
            playbackRate: state.settings.speed,
          });
        } catch {
          // A position briefly past a rounded duration is refused; the next update corrects it.
        }
      }
    };
    sync();
    const unsubscribe = engine.subscribe(sync);
    return () => {
      unsubscribe();
      for (const [action] of handlers) {
        try {
          session.setActionHandler(action, null);
        } catch {
          // see above
        }
      }
      session.metadata = null;
      session.playbackState = 'none';
    };
  }, [engine]);
}
