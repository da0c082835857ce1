import { Link } from 'wouter';
import { EmptyState } from '../ui/EmptyState';
import { plural } from '../ui/format';
import { Icon } from '../ui/Icon';
import { LoadError } from '../ui/LoadError';
import { useSmartPlaylists } from './use-smart-playlists';
import '../artists/artists.css';

/** The viewer's smart playlists: playlists that fill themselves from rules. */
export function SmartPlaylistsPage() {
  const { smartPlaylists, unavailable, error } = useSmartPlaylists();
  return (
    <div className="page">
      <div className="page-header">
        <h1>Smart playlists</h1>
      </div>
      <div className="collection-actions">
        <Link href="/smart-playlists/new" className="button-primary">
          <Icon name="plus" size={18} /> New smart playlist
        </Link>
      </div>
      {error && <LoadError what="Your smart playlists" error={error} />}
      {unavailable && (
        <p className="partial-notice muted small" role="status">
          <Icon name="warning" size={16} />
          Smart playlists are unavailable right now; the rest of the app works.
        </p>
      )}
      {smartPlaylists?.length === 0 && (
        <EmptyState icon="smartPlaylist" title="No smart playlists yet">
          A smart playlist fills itself from rules, such as “played more than twice, not in the last week”, and keeps up
          as you listen and upload.
        </EmptyState>
      )}
      {smartPlaylists && smartPlaylists.length > 0 && (
        <ul className="artist-list" aria-label="Your smart playlists">
          {smartPlaylists.map((playlist) => (
            <li key={playlist.id}>
              <Link href={`/smart-playlists/${playlist.id}`} className="artist-row">
                <span className="artist-avatar" aria-hidden="true">
                  <Icon name="smartPlaylist" size={24} />
                </span>
                <span className="artist-text">
                  <span className="artist-name">{playlist.name}</span>
                  <span className="muted small">{plural(playlist.songCount, 'song')}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
