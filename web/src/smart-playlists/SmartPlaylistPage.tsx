import { useState } from 'react';
import { useQuery } from 'urql';
import { Link, useLocation } from 'wouter';
import { graphql } from '../__generated__';
import { SongList } from '../songs/SongList';
import { CollectionHeader } from '../ui/CollectionHeader';
import { Cover } from '../ui/Cover';
import { DeleteByIdDialog } from '../ui/DeleteByIdDialog';
import { EmptyState } from '../ui/EmptyState';
import { formatListeningTime, plural } from '../ui/format';
import { LoadError } from '../ui/LoadError';
import { MissingPage } from '../ui/MissingPage';
import { PlayShuffleButtons } from '../ui/PlayShuffleButtons';
import { SMART_PLAYLISTS } from './smart-playlist-fields';
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

/** The songs shown (the API's page limit); a playlist's own limit may be lower. */
const SONGS_SHOWN = 100;
// Every visit asks again: plays reach the library a moment after they are reported.
const SMART_PLAYLIST = { ...SMART_PLAYLISTS, requestPolicy: 'cache-and-network' as const };

/** A smart playlist: the songs its rules match now, to play or shuffle; edit or delete it. */
export function SmartPlaylistPage({ params }: { params: { id: string } }) {
  const [, navigate] = useLocation();
  const [deleting, setDeleting] = useState(false);
  const [result] = useQuery({
    query: SmartPlaylist,
    variables: { id: params.id, first: SONGS_SHOWN },
    context: SMART_PLAYLIST,
  });
  const playlist = result.data?.smartPlaylist;

  if (!playlist) {
    return (
      <MissingPage
        result={result}
        what="smart playlist"
        absent="There is no such smart playlist, or it is not yours."
        wayOut={<Link href="/smart-playlists">See yours</Link>}
      />
    );
  }

  return (
    <div className="page">
      <CollectionHeader
        picture={<Cover url={playlist.coverUrl} size={200} title={playlist.name} />}
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
        <button type="button" className="button-secondary" onClick={() => setDeleting(true)}>
          Delete smart playlist
        </button>
      </div>
      {result.error && <LoadError what="The latest songs" error={result.error} />}
      {playlist.songs.length === 0 ? (
        <EmptyState
          icon="smartPlaylist"
          title="No songs match yet"
          action={
            <Link href={`/smart-playlists/${playlist.id}/edit`} className="button-primary">
              Edit rules
            </Link>
          }
        >
          Songs appear here by themselves as soon as they match the rules: as you listen, star and upload.
        </EmptyState>
      ) : (
        <SongList songs={playlist.songs} label={`Songs of ${playlist.name}`} />
      )}
      {deleting && (
        <DeleteByIdDialog
          target={playlist}
          consequence="The smart playlist and its rules go; its songs stay in the library."
          mutation={DeleteSmartPlaylist}
          context={SMART_PLAYLISTS}
          deleted={(data) => data.deleteSmartPlaylist}
          onCancel={() => setDeleting(false)}
          onDeleted={() => navigate('/smart-playlists')}
        />
      )}
    </div>
  );
}
