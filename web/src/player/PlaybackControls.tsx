import { usePlayer, usePlayerState } from './PlayerProvider';
import { SPEEDS } from './playback-settings';

const SLEEP_MINUTES = [15, 30, 45, 60] as const;

/** The player bar's speed and sleep-timer choices: small selects beside the volume. */
export function PlaybackControls() {
  const engine = usePlayer();
  const { settings, sleep } = usePlayerState();
  const sleepValue = sleep === null ? 'off' : sleep.kind === 'end-of-song' ? 'end-of-song' : String(sleep.minutes);
  return (
    <>
      <select
        className="compact-select speed-select"
        aria-label="Playback speed"
        title="Playback speed"
        value={String(settings.speed)}
        onChange={(event) => engine.setSpeed(Number(event.target.value))}
      >
        {SPEEDS.map((speed) => (
          <option key={speed} value={String(speed)}>
            {speed}×
          </option>
        ))}
      </select>
      <select
        className={`compact-select${sleep ? ' active' : ''}`}
        aria-label="Sleep timer"
        title="Sleep timer"
        value={sleepValue}
        onChange={(event) => {
          const { value } = event.target;
          engine.setSleepTimer(value === 'off' ? null : value === 'end-of-song' ? 'end-of-song' : Number(value));
        }}
      >
        <option value="off">Sleep: off</option>
        {SLEEP_MINUTES.map((minutes) => (
          <option key={minutes} value={String(minutes)}>
            {minutes} min
          </option>
        ))}
        <option value="end-of-song">End of song</option>
      </select>
    </>
  );
}
