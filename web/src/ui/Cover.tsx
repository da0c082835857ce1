import { useState } from 'react';
import { Icon } from './Icon';
import './cover.css';

/** A song's cover art, or a note glyph on a tinted square when it has none (or it fails to load). */
export function Cover({ url, size, title }: { url?: string | null; size: number; title: string }) {
  const [failed, setFailed] = useState(false);
  if (url && !failed) {
    return (
      <img
        className="cover"
        src={url}
        alt={`Cover of ${title}`}
        width={size}
        height={size}
        loading="lazy"
        onError={() => setFailed(true)}
      />
    );
  }
  return (
    <span className="cover cover-placeholder" style={{ width: size, height: size }} role="img" aria-label="No cover">
      <Icon name="note" size={Math.round(size * 0.45)} />
    </span>
  );
}
