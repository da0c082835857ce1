import { useSyncExternalStore } from 'react';

/** What a signed-in browser keeps: the access token and who it belongs to. */
export interface Session {
  token: string;
  expiresAt: string;
  user: { id: string; displayName: string; email?: string | null };
}

interface SessionState {
  session: Session | null;
  /** Why the user was last signed out without asking to be, shown on the sign-in screen. */
  notice: string | null;
}

const STORAGE_KEY = 'sp0t1fy.session';
// The reason a session ended outlives a reload of the tab, so the sign-in screen can still say it.
const NOTICE_KEY = 'sp0t1fy.sign-out-notice';
const listeners = new Set<() => void>();
let state: SessionState = { session: readStored(), notice: sessionStorage.getItem(NOTICE_KEY) };
let expiryTimer: ReturnType<typeof setTimeout> | undefined;

function readStored(): Session | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Session;
    return typeof parsed?.token === 'string' && typeof parsed.expiresAt === 'string' ? parsed : null;
  } catch {
    return null;
  }
}

function setState(next: SessionState): void {
  state = next;
  scheduleExpiry();
  for (const listener of listeners) listener();
}

// A token past its expiry is useless; signing out at that moment beats failing on the next click.
function scheduleExpiry(): void {
  clearTimeout(expiryTimer);
  const session = state.session;
  if (!session) return;
  const remaining = Date.parse(session.expiresAt) - Date.now();
  if (!(remaining > 0)) {
    endSession(EXPIRED_NOTICE);
    return;
  }
  // setTimeout overflows past ~24.8 days; a token never lives that long, but stay safe.
  expiryTimer = setTimeout(() => endSession(EXPIRED_NOTICE), Math.min(remaining, 2 ** 31 - 1));
}

export const EXPIRED_NOTICE = 'Your session has expired. Sign in again to continue.';
export const REVOKED_NOTICE = 'You were signed out because this session ended. Sign in again to continue.';

export function startSession(session: Session): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  sessionStorage.removeItem(NOTICE_KEY);
  setState({ session, notice: null });
}

/** Forgets the token; `notice` explains why when the user did not ask for it. */
export function endSession(notice: string | null = null): void {
  localStorage.removeItem(STORAGE_KEY);
  if (notice) sessionStorage.setItem(NOTICE_KEY, notice);
  else sessionStorage.removeItem(NOTICE_KEY);
  setState({ session: null, notice });
}

export function currentToken(): string | null {
  return state.session?.token ?? null;
}

export function getSessionState(): SessionState {
  return state;
}

export function subscribeToSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): SessionState {
  return useSyncExternalStore(subscribeToSession, getSessionState);
}

// Another tab signing in or out changes this one too.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY) setState({ session: readStored(), notice: state.notice });
  });
}

scheduleExpiry();
