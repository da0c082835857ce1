import type { ReactNode } from 'react';
import { Cover } from './Cover';

/**
 * The top of a page about one collection (an album, an artist, a playlist): its cover (or another
 * `picture`), what kind of collection it is, its name, and the facts under it. `heading` replaces the
 * name (a rename form, say).
 */
export function CollectionHeader({
  coverUrl,
  picture,
  kind,
  name,
  heading,
  description,
  facts,
}: {
  coverUrl?: string | null;
  picture?: ReactNode;
  kind: string;
  name: string;
  heading?: ReactNode;
  description?: string | null;
  facts: ReactNode;
}) {
  return (
    <header className="collection-header">
      {picture ?? <Cover url={coverUrl} size={200} title={name} />}
      <div>
        <p className="collection-kind muted">{kind}</p>
        {heading ?? <h1>{name}</h1>}
        {description && <p className="muted">{description}</p>}
        <p className="muted">{facts}</p>
      </div>
    </header>
  );
}
