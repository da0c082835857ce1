import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { Icon } from '../ui/Icon';
import { NewPlaylistDialog } from './NewPlaylistDialog';
import { usePlaylists } from './use-playlists';
import './playlists.css';

/** The viewer's playlists under the main navigation, with "New playlist". */
export function SidebarPlaylists() {
  const { playlists, unavailable } = usePlaylists();
  const [creating, setCreating] = useState(false);
  const [location] = useLocation();
  return (
    <nav className="sidebar-playlists" aria-label="Playlists">
      <h2>Playlists</h2>
      <button type="button" className="new-playlist" onClick={() => setCreating(true)} disabled={unavailable}>
        <Icon name="plus" size={18} /> New playlist
      </button>
      {unavailable && <p className="muted small">Playlists are unavailable right now.</p>}
      <ul>
        {(playlists ?? []).map((playlist) => {
          const href = `/playlists/${playlist.id}`;
          return (
            <li key={playlist.id}>
              <Link href={href} aria-current={location === href ? 'page' : undefined}>
                {playlist.name}
              </Link>
            </li>
          );
        })}
      </ul>
      {creating && <NewPlaylistDialog onClose={() => setCreating(false)} />}
    </nav>
  );
}
