import { act, render } from '@testing-library/react';
import { vi } from 'vitest';
import { App } from '../App';
import { startSession } from '../session/session-store';
import { installFakeApi, songsPage, userPayload } from './fake-api';

/** The fake API of the fake user's library holding `songs`, which records plays; a test adds what else it needs. */
export const installLibraryApi = (songs: unknown[]) =>
  installFakeApi()
    .on('Me', () => ({ data: { me: userPayload } }))
    .on('Genres', () => ({ data: { genres: [] } }))
    .on('LibrarySongs', () => songsPage(songs))
    .on('RecordPlayback', () => ({ data: { recordPlayback: { __typename: 'PlaybackEvent', id: 'e' } } }));

/**
 * Renders the whole app at `path`, signed in as the fake user for the next hour, with the media element's
 * playback stubbed: jsdom has no media pipeline, so playing succeeds and nothing sounds. Install the
 * fake API first. Returns the clean-up (the stubs and the fake API) for a beforeEach to return.
 */
export function renderSignedInApp(path = '/'): () => void {
  window.history.replaceState(null, '', path);
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue();
  vi.spyOn(HTMLMediaElement.prototype, 'pause').mockReturnValue();
  vi.spyOn(HTMLMediaElement.prototype, 'load').mockReturnValue();
  act(() => startSession({ token: 't', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), user: userPayload }));
  render(<App />);
  return () => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  };
}
