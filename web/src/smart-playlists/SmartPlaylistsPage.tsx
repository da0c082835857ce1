import { Link } from 'wouter';
import { EmptyState } from '../ui/EmptyState';
import { plural } from '../ui/format';
import { Icon } from '../ui/Icon';
import { LinkRowList } from '../ui/LinkRowList';
import { LoadError } from '../ui/LoadError';
import { PageHeader } from '../ui/PageHeader';
import { PartialNotice } from '../ui/PartialNotice';
import { useSmartPlaylists } from './use-smart-playlists';

/** The viewer's smart playlists: playlists that fill themselves from rules. */
export function SmartPlaylistsPage() {
  const { smartPlaylists, unavailable, error } = useSmartPlaylists();
  return (
    <div className="page">
      <PageHeader title="Smart playlists" />
      <div className="collection-actions">
        <Link href="/smart-playlists/new" className="button-primary">
          <Icon name="plus" size={18} /> New smart playlist
        </Link>
      </div>
      {error && <LoadError what="Your smart playlists" error={error} />}
      <PartialNotice show={unavailable}>
        Smart playlists are unavailable right now; the rest of the app works.
      </PartialNotice>
      {smartPlaylists?.length === 0 && (
        <EmptyState icon="smartPlaylist" title="No smart playlists yet">
          A smart playlist fills itself from rules, such as “played more than twice, not in the last week”, and keeps up
          as you listen and upload.
        </EmptyState>
      )}
      {smartPlaylists && smartPlaylists.length > 0 && (
        <LinkRowList rows={smartPlaylists.map(smartPlaylistRow)} icon="smartPlaylist" label="Your smart playlists" />
      )}
    </div>
  );
}

function smartPlaylistRow(playlist: { id: string; name: string; songCount: number }) {
  return {
    id: playlist.id,
    href: `/smart-playlists/${playlist.id}`,
    name: playlist.name,
    detail: plural(playlist.songCount, 'song'),
  };
}
