import { useState } from 'react';
import { Link } from 'wouter';
import { EmptyState } from '../ui/EmptyState';
import { plural } from '../ui/format';
import { Icon } from '../ui/Icon';
import { NewPlaylistDialog } from './NewPlaylistDialog';
import { usePlaylists } from './use-playlists';
import '../artists/artists.css';

/** The viewer's playlists as a page: where phones (no sidebar) find them. */
export function PlaylistsPage() {
  const { playlists, unavailable } = usePlaylists();
  const [creating, setCreating] = useState(false);
  return (
    <div className="page">
      <div className="page-header">
        <h1>Playlists</h1>
      </div>
      <div className="collection-actions">
        <button type="button" className="button-primary" disabled={unavailable} onClick={() => setCreating(true)}>
          <Icon name="plus" size={18} /> New playlist
        </button>
      </div>
      {unavailable && (
        <p className="partial-notice muted small" role="status">
          <Icon name="warning" size={16} />
          Playlists are unavailable right now; the rest of the app works.
        </p>
      )}
      {playlists?.length === 0 && (
        <EmptyState icon="playlist" title="No playlists yet">
          Make one with New playlist, or use Add to playlist on any song.
        </EmptyState>
      )}
      {playlists && playlists.length > 0 && (
        <ul className="artist-list" aria-label="Your playlists">
          {playlists.map((playlist) => (
            <li key={playlist.id}>
              <Link href={`/playlists/${playlist.id}`} className="artist-row">
                <span className="artist-avatar" aria-hidden="true">
                  <Icon name="playlist" size={24} />
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
      {creating && <NewPlaylistDialog onClose={() => setCreating(false)} />}
    </div>
  );
}
