import { createContext, type ReactNode, useContext, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useClient } from 'urql';
import { graphql } from '../__generated__';
import { useSession } from '../session/session-store';
import { readStreamingQuality } from '../settings/streaming-quality';
import { type DeckFactory, webAudioDecks } from './decks';
import { type PlaybackAction, PlayerEngine, type PlayerState } from './player-engine';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';
import { useMediaSession } from './use-media-session';

const RecordPlayback = graphql(`
  mutation RecordPlayback($songId: ID!, $action: PlaybackAction!, $positionSeconds: Float) {
    recordPlayback(songId: $songId, action: $action, positionSeconds: $positionSeconds) {
      id
    }
  }
`);

// An alias: the streamUrl urql caches for lists (the original's) stays as it is.
const FreshStreamUrl = graphql(`
  query FreshStreamUrl($id: ID!, $format: StreamFormat, $maxBitRate: Int) {
    song(id: $id) {
      id
      qualityStreamUrl: streamUrl(format: $format, maxBitRate: $maxBitRate)
    }
  }
`);

const SongPlaybackDetails = graphql(`
  query SongPlaybackDetails($id: ID!) {
    song(id: $id) {
      id
      loudness {
        trackGainDb
        trackPeak
        albumGainDb
        albumPeak
      }
      gapless {
        encoderDelaySamples
        paddingSamples
        totalSamples
      }
    }
  }
`);

// Checks a queue restored after a reload: songs deleted since are dropped, the others get a fresh link.
const RestoredSong = graphql(`
  query RestoredSong($id: ID!) {
    song(id: $id) {
      id
      streamUrl
    }
  }
`);

/** Every deck through one AudioContext where the browser has Web Audio; else the element alone. */
function decksFor(audio: HTMLAudioElement): DeckFactory | undefined {
  if (typeof AudioContext === 'undefined') return undefined;
  return webAudioDecks(audio, new AudioContext({ latencyHint: 'playback' }));
}

declare global {
  interface Window {
    /** The page's player: for the player's browser tests (they record its output) and for debugging. */
    sp0t1fyPlayer?: PlayerEngine;
  }
}

const PlayerContext = createContext<PlayerEngine | null>(null);

/** Owns the one player of a signed-in session; it stops (reporting STOP) when the session ends. */
export function PlayerProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const owner = useSession().session?.user.id;
  const holder = useRef<HTMLDivElement>(null);
  const [engine] = useState(() => {
    const audio = document.createElement('audio');
    return new PlayerEngine(audio, {
      storage: localStorage,
      sessionOwner: owner,
      decks: decksFor(audio),
      async playbackDetails(id: string) {
        const result = await client.query(SongPlaybackDetails, { id }).toPromise();
        const song = result.data?.song;
        return song ? { loudness: song.loudness ?? null, gapless: song.gapless ?? null } : null;
      },
      report(songId: string, action: PlaybackAction, positionSeconds: number) {
        const position = Math.max(0, Math.round(positionSeconds * 1000) / 1000);
        // Listening events are best effort: a failed report must never interrupt the music.
        // Only a PLAY changes play counts, so only then do song lists refetch.
        const context = action === 'PLAY' ? { additionalTypenames: ['Song'] } : {};
        void client.mutation(RecordPlayback, { songId, action, positionSeconds: position }, context).toPromise();
      },
      async refreshStreamUrl(id: string) {
        const { format, maxBitRate } = readStreamingQuality();
        const result = await client
          .query(FreshStreamUrl, { id, format, maxBitRate }, { requestPolicy: 'network-only' })
          .toPromise();
        return result.data?.song?.qualityStreamUrl ?? null;
      },
      streamsOriginal: () => readStreamingQuality().id === 'original',
    });
  });

  const closingAudio = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    clearTimeout(closingAudio.current);
    const audio = engine.audio;
    audio.setAttribute('aria-hidden', 'true');
    holder.current?.append(audio);
    window.sp0t1fyPlayer = engine;
    const save = () => engine.saveSession();
    window.addEventListener('pagehide', save);
    const checks = engine.restoreSession().map(async (id) => {
      const result = await client.query(RestoredSong, { id }, { requestPolicy: 'network-only' }).toPromise();
      // Only a definite "no such song" drops it: an unreachable catalog keeps the queue as it was.
      if (result.error) return [];
      return [[id, result.data?.song?.streamUrl ?? null] as const];
    });
    void Promise.all(checks).then((found) => engine.refreshRestored(new Map(found.flat())));
    return () => {
      window.removeEventListener('pagehide', save);
      if (window.sp0t1fyPlayer === engine) window.sp0t1fyPlayer = undefined;
      engine.dispose();
      audio.remove();
      // Not at once: React may run this effect again on the same engine straight after (StrictMode's
      // check does), and a closed AudioContext cannot be reopened. Gone for good, it frees the device.
      closingAudio.current = setTimeout(() => void engine.closeAudio(), 0);
    };
  }, [engine, client]);

  useMediaSession(engine);
  useKeyboardShortcuts(engine);

  return (
    <PlayerContext.Provider value={engine}>
      {children}
      <div ref={holder} hidden />
    </PlayerContext.Provider>
  );
}

export function usePlayer(): PlayerEngine {
  const engine = useContext(PlayerContext);
  if (!engine) throw new Error('usePlayer needs a PlayerProvider');
  return engine;
}

export function usePlayerState(): PlayerState {
  const engine = usePlayer();
  return useSyncExternalStore(engine.subscribe, engine.getState);
}
