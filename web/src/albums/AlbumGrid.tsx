import { Link } from 'wouter';
import { graphql } from '../__generated__';
import { Cover } from '../ui/Cover';
import './albums.css';

/** What an album's card shows; queries listing albums spread it. */
export const AlbumCardFields = graphql(`
  fragment AlbumCardFields on Album {
    id
    title
    year
    coverUrl
    artist {
      id
      name
    }
  }
`);

export interface AlbumCard {
  id: string;
  title: string;
  year?: number | null;
  coverUrl?: string | null;
  artist?: { id: string; name: string } | null;
}

/** Albums as a grid of covers, each a link to its page. */
export function AlbumGrid({ albums, label }: { albums: AlbumCard[]; label: string }) {
  return (
    <ul className="album-grid" aria-label={label}>
      {albums.map((album) => (
        <li key={album.id} className="album-card">
          <Link href={`/albums/${album.id}`} className="album-link">
            <Cover url={album.coverUrl} size={180} title={album.title} />
            <span className="album-title">{album.title}</span>
          </Link>
          <span className="album-meta muted">{[album.artist?.name, album.year].filter(Boolean).join(' · ')}</span>
        </li>
      ))}
    </ul>
  );
}
