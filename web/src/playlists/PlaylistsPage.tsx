import { useState } from 'react';
import { EmptyState } from '../ui/EmptyState';
import { plural } from '../ui/format';
import { Icon } from '../ui/Icon';
import { LinkRowList } from '../ui/LinkRowList';
import { PageHeader } from '../ui/PageHeader';
import { PartialNotice } from '../ui/PartialNotice';
import { NewPlaylistDialog } from './NewPlaylistDialog';
import { usePlaylists } from './use-playlists';

/** The viewer's playlists as a page: where phones (no sidebar) find them. */
export function PlaylistsPage() {
  const { playlists, unavailable } = usePlaylists();
  const [creating, setCreating] = useState(false);
  return (
    <div className="page">
      <PageHeader title="Playlists" />
      <div className="collection-actions">
        <button type="button" className="button-primary" disabled={unavailable} onClick={() => setCreating(true)}>
          <Icon name="plus" size={18} /> New playlist
        </button>
      </div>
      <PartialNotice show={unavailable}>Playlists are unavailable right now; the rest of the app works.</PartialNotice>
      {playlists?.length === 0 && (
        <EmptyState icon="playlist" title="No playlists yet">
          Make one with New playlist, or use Add to playlist on any song.
        </EmptyState>
      )}
      {playlists && playlists.length > 0 && (
        <LinkRowList rows={playlists.map(playlistRow)} icon="playlist" label="Your playlists" />
      )}
      {creating && <NewPlaylistDialog onClose={() => setCreating(false)} />}
    </div>
  );
}

function playlistRow(playlist: { id: string; name: string; songCount: number }) {
  return {
    id: playlist.id,
    href: `/playlists/${playlist.id}`,
    name: playlist.name,
    detail: plural(playlist.songCount, 'song'),
  };
}
