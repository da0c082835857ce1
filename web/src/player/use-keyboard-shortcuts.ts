import { useEffect } from 'react';
import type { PlayerEngine } from './player-engine';

const SEEK_STEP_SECONDS = 5;
const VOLUME_STEP = 0.1;

// Keys typed into fields, sliders or the playground's editor belong to them; Space also activates buttons and links.
const TYPING_TARGETS = 'input, textarea, select, [contenteditable="true"], [role="slider"], .graphiql-container';
const ACTIVATABLE = 'button, a, summary, [role="button"]';

/**
 * Space plays or pauses, ← and → seek by 5 s, ↑ and ↓ change the volume, M mutes; Shift+← / Shift+→ go to
 * the previous or next song.
 */
export function useKeyboardShortcuts(engine: PlayerEngine): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(TYPING_TARGETS) || document.querySelector('dialog[open]')) return;
      if (event.key === ' ' && target?.closest(ACTIVATABLE)) return;
      const state = engine.getState();
      const handled = (() => {
        switch (event.key) {
          case ' ':
            engine.togglePlay();
            return true;
          case 'ArrowLeft':
            if (event.shiftKey) engine.previous();
            else engine.seekBy(-SEEK_STEP_SECONDS);
            return true;
          case 'ArrowRight':
            if (event.shiftKey) engine.next();
            else engine.seekBy(SEEK_STEP_SECONDS);
            return true;
          case 'ArrowUp':
            engine.setVolume(state.volume + VOLUME_STEP);
            return true;
          case 'ArrowDown':
            engine.setVolume(state.volume - VOLUME_STEP);
            return true;
          case 'm':
          case 'M':
            engine.toggleMute();
            return true;
          default:
            return false;
        }
      })();
      if (handled) event.preventDefault();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [engine]);
}
