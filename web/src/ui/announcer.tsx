import { useEffect, useSyncExternalStore } from 'react';

/** A short confirmation of something done away from where the user looks ("Added to Road trip"). */
let message: { text: string; at: number } | null = null;
const listeners = new Set<() => void>();
const SHOWN_MS = 4000;

export function announce(text: string): void {
  message = { text, at: Date.now() };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Where announcements show (and are read out): once, in the shell. */
export function Announcer() {
  const current = useSyncExternalStore(subscribe, () => message);
  useEffect(() => {
    if (!current) return;
    const timer = setTimeout(() => {
      if (message === current) announce('');
    }, SHOWN_MS);
    return () => clearTimeout(timer);
  }, [current]);
  return (
    <p className={`announcer${current?.text ? ' shown' : ''}`} role="status" aria-live="polite">
      {current?.text}
    </p>
  );
}
