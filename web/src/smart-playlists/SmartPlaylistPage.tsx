import { useState } from 'react';
import { useQuery } from 'urql';
import { Link, useLocation } from 'wouter';
import { graphql } from '../__generated__';
import { SongList } from '../songs/SongList';
import { Cover } from '../ui/Cover';
import { EmptyState } from '../ui/EmptyState';
import { formatListeningTime, plural } from '../ui/format';
import { LoadError } from '../ui/LoadError';
import { PlayShuffleButtons } from '../ui/PlayShuffleButtons';
import { DeleteSmartPlaylistDialog } from './DeleteSmartPlaylistDialog';
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

  if (result.fetching && !result.data) return <p className="muted page-loading">Loading the smart playlist…</p>;
  if (!playlist) {
    const notFound = !result.error || result.error.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND');
    return (
      <div className="page">
        <h1>Smart playlist not found</h1>
        {notFound ? (
          <p className="muted">
            There is no such smart playlist, or it is not yours. <Link href="/smart-playlists">See yours</Link>.
          </p>
        ) : (
          result.error && <LoadError what="The smart playlist" error={result.error} />
        )}
      </div>
    );
  }

  return (
    <div className="page">
      <header className="collection-header">
        <Cover url={playlist.coverUrl} size={200} title={playlist.name} />
        <div>
          <p className="collection-kind muted">Smart playlist</p>
          <h1>{playlist.name}</h1>
          {playlist.description && <p className="muted">{playlist.description}</p>}
          <p className="muted">
            {plural(playlist.songCount, 'song')} · {formatListeningTime(playlist.durationSeconds)}
          </p>
        </div>
      </header>
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
        <DeleteSmartPlaylistDialog
          playlist={playlist}
          onCancel={() => setDeleting(false)}
          onDeleted={() => navigate('/smart-playlists')}
        />
      )}
    </div>
  );
}
