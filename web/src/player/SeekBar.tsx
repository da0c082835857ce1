import { useEffect, useRef, useState } from 'react';
import { formatDuration } from '../ui/format';
import { usePlayer, usePlayerState } from './PlayerProvider';
import './player.css';

/** Click or drag to seek; the audio jumps once, when the thumb is released. */
export function SeekBar() {
  const engine = usePlayer();
  const { currentTime, duration, current } = usePlayerState();
  const [scrubbing, setScrubbing] = useState<number | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const total = duration || current?.durationSeconds || 0;
  const shown = scrubbing ?? currentTime;

  // React's onChange is the native "input" event (every move); "change" fires on release.
  useEffect(() => {
    const element = input.current;
    if (!element) return;
    const commit = () => {
      engine.seek(Number(element.value));
      setScrubbing(null);
    };
    element.addEventListener('change', commit);
    return () => element.removeEventListener('change', commit);
  }, [engine]);

  const progress = total > 0 ? Math.min(100, (shown / total) * 100) : 0;
  return (
    <div className="seek">
      <span className="time" aria-hidden="true">
        {formatDuration(shown)}
      </span>
      <input
        ref={input}
        type="range"
        className="range"
        aria-label="Seek"
        aria-valuetext={`${formatDuration(shown)} of ${formatDuration(total)}`}
        min={0}
        max={total || 1}
        step={0.1}
        value={Math.min(shown, total || 1)}
        disabled={!current}
        style={{ '--progress': `${progress}%` } as React.CSSProperties}
        onChange={(event) => setScrubbing(Number(event.target.value))}
      />
      <span className="time" aria-hidden="true">
        {formatDuration(total)}
      </span>
    </div>
  );
}
