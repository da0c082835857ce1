import { useState } from 'react';
import { RadioChoices } from '../ui/RadioChoices';
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
      <RadioChoices
        legend="Streaming quality"
        className="quality-options"
        options={STREAMING_QUALITIES}
        value={quality}
        onChange={choose}
        describe={(option) => (
          <>
            <span className="quality-label">{option.label}</span>
            <span className="muted quality-description">{option.description}</span>
          </>
        )}
      />
    </section>
  );
}
