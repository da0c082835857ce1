import { usePlayer, usePlayerState } from '../player/PlayerProvider';
import { CROSSFADE_MAX_SECONDS, type LoudnessMode, SPEEDS } from '../player/playback-settings';

const LOUDNESS_MODES: ReadonlyArray<{ id: LoudnessMode; label: string; description: string }> = [
  { id: 'auto', label: 'Automatic', description: 'Album levels while an album plays in order, else each song’s' },
  { id: 'album', label: 'Album', description: 'Keeps the loudness differences within an album' },
  { id: 'track', label: 'Song', description: 'Every song at the same loudness' },
  { id: 'off', label: 'Off', description: 'Songs as they were mastered' },
];

/** Crossfade, loudness levelling and speed, remembered in this browser. */
export function PlaybackSection() {
  const engine = usePlayer();
  const { settings } = usePlayerState();
  return (
    <section aria-labelledby="playback-heading">
      <h2 id="playback-heading">Playback</h2>
      <p className="muted">
        Songs that follow each other on an album always play without a gap. These settings apply in this browser.
      </p>
      <label htmlFor="crossfade">
        Crossfade: {settings.crossfadeSeconds === 0 ? 'off' : `${settings.crossfadeSeconds} s`}
      </label>
      <input
        id="crossfade"
        type="range"
        className="range settings-range"
        min={0}
        max={CROSSFADE_MAX_SECONDS}
        step={1}
        value={settings.crossfadeSeconds}
        aria-valuetext={settings.crossfadeSeconds === 0 ? 'off' : `${settings.crossfadeSeconds} seconds`}
        style={{ '--progress': `${(settings.crossfadeSeconds / CROSSFADE_MAX_SECONDS) * 100}%` } as React.CSSProperties}
        onChange={(event) => engine.updateSettings({ crossfadeSeconds: Number(event.target.value) })}
      />
      <p className="hint">Overlaps the end of a song with the start of the next, except between tracks of one album.</p>
      <fieldset className="quality-options">
        <legend>Loudness levelling</legend>
        {LOUDNESS_MODES.map((mode) => (
          <label key={mode.id} className={settings.loudness === mode.id ? 'selected' : undefined}>
            <input
              type="radio"
              name="loudness"
              value={mode.id}
              checked={settings.loudness === mode.id}
              onChange={() => engine.setLoudnessMode(mode.id)}
            />
            <span className="quality-label">{mode.label}</span>
            <span className="muted quality-description">{mode.description}</span>
          </label>
        ))}
      </fieldset>
      <label htmlFor="playback-speed" className="settings-field">
        Speed
      </label>
      <select
        id="playback-speed"
        className="settings-select"
        value={String(settings.speed)}
        onChange={(event) => engine.setSpeed(Number(event.target.value))}
      >
        {SPEEDS.map((speed) => (
          <option key={speed} value={String(speed)}>
            {speed}× {speed === 1 ? '(normal)' : ''}
          </option>
        ))}
      </select>
    </section>
  );
}
