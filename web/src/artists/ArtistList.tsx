import { Link } from 'wouter';
import { plural } from '../ui/format';
import { Icon } from '../ui/Icon';
import './artists.css';

/** Artists as rows, each a link to the artist's page. */
export function ArtistList({
  artists,
  label,
}: {
  artists: Array<{ id: string; name: string; albumCount: number; songCount: number }>;
  label: string;
}) {
  return (
    <ul className="artist-list" aria-label={label}>
      {artists.map((artist) => (
        <li key={artist.id}>
          <Link href={`/artists/${artist.id}`} className="artist-row">
            <span className="artist-avatar" aria-hidden="true">
              <Icon name="artist" size={24} />
            </span>
            <span className="artist-text">
              <span className="artist-name">{artist.name}</span>
              <span className="muted small">
                {plural(artist.albumCount, 'album')} · {plural(artist.songCount, 'song')}
              </span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
