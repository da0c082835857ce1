import { useQuery } from 'urql';
import { Link, useLocation } from 'wouter';
import { graphql } from '../__generated__';
import type { DeleteSmartPlaylistMutation } from '../__generated__/graphql';
import { SongList } from '../songs/SongList';
import { CollectionHeader } from '../ui/CollectionHeader';
import { DeleteButton, type Deletion } from '../ui/DeleteButton';
import { EmptyState } from '../ui/EmptyState';
import { formatListeningTime, plural } from '../ui/format';
import { LoadError } from '../ui/LoadError';
import { MissingPage } from '../ui/MissingPage';
import { PlayShuffleButtons } from '../ui/PlayShuffleButtons';
import { NO_SMART_PLAYLIST, SMART_PLAYLISTS } from './smart-playlist-fields';
import '../albums/albums.css';
import './smart-playlists.css';

const SmartPlaylist = graphql(`
  query SmartPlaylist($id: ID!, $first: Int) {
    smartPlaylist(id: $id) {
      ...SmartPlaylistFields
      songs(first: $first) {
        ...SongFields
      }
    }
  }
`);

const DeleteSmartPlaylist = graphql(`
  mutation DeleteSmartPlaylist($id: ID!) {
    deleteSmartPlaylist(id: $id)
  }
`);

const SMART_PLAYLIST_DELETION: Deletion<DeleteSmartPlaylistMutation> = {
  mutation: DeleteSmartPlaylist,
  deleted: (data) => data.deleteSmartPlaylist,
  context: SMART_PLAYLISTS,
  consequence: 'The smart playlist and its rules go; its songs stay in the library.',
};

/** The songs shown (the API's page limit); a playlist's own limit may be lower. */
const SONGS_SHOWN = 100;
// Every visit asks again: plays reach the library a moment after they are reported.
const SMART_PLAYLIST = { ...SMART_PLAYLISTS, requestPolicy: 'cache-and-network' as const };

/** A smart playlist: the songs its rules match now, to play or shuffle; edit or delete it. */
export function SmartPlaylistPage({ params }: { params: { id: string } }) {
  const [, navigate] = useLocation();
  const [result] = useQuery({
    query: SmartPlaylist,
    variables: { id: params.id, first: SONGS_SHOWN },
    context: SMART_PLAYLIST,
  });
  const playlist = result.data?.smartPlaylist;

  if (!playlist) return <MissingPage result={result} missing={NO_SMART_PLAYLIST} />;

  return (
    <div className="page">
      <CollectionHeader
        coverUrl={playlist.coverUrl}
        kind="Smart playlist"
        name={playlist.name}
        description={playlist.description}
        facts={`${plural(playlist.songCount, 'song')} · ${formatListeningTime(playlist.durationSeconds)}`}
      />
      <div className="collection-actions">
        <PlayShuffleButtons songs={playlist.songs} name={playlist.name} />
        <Link href={`/smart-playlists/${playlist.id}/edit`} className="button-secondary">
          Edit rules
        </Link>
        <DeleteButton
          label="Delete smart playlist"
          target={playlist}
          deletion={SMART_PLAYLIST_DELETION}
          onDeleted={() => navigate('/smart-playlists')}
        />
      </div>
      {result.error && <LoadError what="The latest songs" error={result.error} />}
      {playlist.songs.length === 0 ? (
        <EmptyState
          icon="smartPlaylist"
          title="No songs match yet"
          link={{ href: `/smart-playlists/${playlist.id}/edit`, label: 'Edit rules' }}
        >
          Songs appear here by themselves as soon as they match the rules: as you listen, star and upload.
        </EmptyState>
      ) : (
        <SongList songs={playlist.songs} label={`Songs of ${playlist.name}`} />
      )}
    </div>
  );
}
