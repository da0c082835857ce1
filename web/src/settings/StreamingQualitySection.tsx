import { useState } from 'react';
import {
  readStreamingQuality,
  STREAMING_QUALITIES,
  type StreamingQuality,
  saveStreamingQuality,
} from './streaming-quality';

/** Streaming quality (Original, High 320, Normal 160, Data saver 96 Opus), remembered per browser. */
export function StreamingQualitySection() {
  const [quality, setQuality] = useState<StreamingQuality>(() => readStreamingQuality().id);
  const choose = (id: StreamingQuality) => {
    saveStreamingQuality(id);
    setQuality(id);
  };
  return (
    <section aria-labelledby="streaming-quality-heading">
      <h2 id="streaming-quality-heading">Streaming quality</h2>
      <p className="muted">
        What the player streams in this browser. Lower qualities are made by the server as you listen and use less data;
        the next song you play uses the new choice.
      </p>
      <fieldset className="quality-options">
        <legend className="visually-hidden">Streaming quality</legend>
        {STREAMING_QUALITIES.map((option) => (
          <label key={option.id} className={quality === option.id ? 'selected' : undefined}>
            <input
              type="radio"
              name="streaming-quality"
              value={option.id}
              checked={quality === option.id}
              onChange={() => choose(option.id)}
            />
            <span className="quality-label">{option.label}</span>
            <span className="muted quality-description">{option.description}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
