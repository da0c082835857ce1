import { act, render } from '@testing-library/react';
import { App } from '../App';
import { startSession } from '../session/session-store';
import { userPayload } from './fake-api';

/** Signs in as `userPayload` with a session that lasts the test out. */
export function signIn() {
  act(() => startSession({ token: 't', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), user: userPayload }));
}

/** The whole app at `path`, signed in. */
export function openApp(path: string) {
  window.history.replaceState(null, '', path);
  signIn();
  render(<App />);
}
