import { useId, useRef, useState } from 'react';
import { usePlayerState } from '../player/PlayerProvider';
import { Icon } from '../ui/Icon';
import { LyricsPanel } from './LyricsPanel';

/** The player bar's "Lyrics" toggle, with the panel it opens. */
export function LyricsButton() {
  const { current } = usePlayerState();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className={`icon-button toggle${open ? ' active' : ''}`}
        aria-label="Lyrics"
        title="Lyrics"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        disabled={!current && !open}
        onClick={() => (open ? close() : setOpen(true))}
      >
        <Icon name="lyrics" />
      </button>
      {open && <LyricsPanel id={panelId} onClose={close} />}
    </>
  );
}
