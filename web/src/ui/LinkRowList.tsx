import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { Icon, type IconName } from './Icon';
import '../artists/artists.css';

export interface LinkRow {
  id: string;
  href: string;
  name: string;
  /** The quiet line under the name (counts, say). */
  detail: ReactNode;
}

/** Rows of things with no cover of their own (artists, playlists): an icon, a name, a detail, a link. */
export function LinkRowList({ rows, icon, label }: { rows: LinkRow[]; icon: IconName; label: string }) {
  return (
    <ul className="artist-list" aria-label={label}>
      {rows.map((row) => (
        <li key={row.id}>
          <Link href={row.href} className="artist-row">
            <span className="artist-avatar" aria-hidden="true">
              <Icon name={icon} size={24} />
            </span>
            <span className="artist-text">
              <span className="artist-name">{row.name}</span>
              <span className="muted small">{row.detail}</span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
