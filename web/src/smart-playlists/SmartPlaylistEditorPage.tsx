import { useQuery } from 'urql';
import { Link } from 'wouter';
import { graphql } from '../__generated__';
import { LoadError } from '../ui/LoadError';
import { SmartPlaylistEditor } from './SmartPlaylistEditor';

const SmartPlaylistToEdit = graphql(`
  query SmartPlaylistToEdit($id: ID!) {
    smartPlaylist(id: $id) {
      ...SmartPlaylistFields
    }
  }
`);

/** /smart-playlists/new */
export function NewSmartPlaylistPage() {
  return (
    <div className="page">
      <h1>New smart playlist</h1>
      <SmartPlaylistEditor />
    </div>
  );
}

/** /smart-playlists/:id/edit: always the saved version as it is now, so the save is not refused as stale. */
export function EditSmartPlaylistPage({ params }: { params: { id: string } }) {
  const [result] = useQuery({
    query: SmartPlaylistToEdit,
    variables: { id: params.id },
    requestPolicy: 'network-only',
  });
  const playlist = result.data?.smartPlaylist;
  if (result.fetching) return <p className="muted page-loading">Loading the smart playlist…</p>;
  return (
    <div className="page">
      <h1>{playlist ? `Edit “${playlist.name}”` : 'Smart playlist not found'}</h1>
      {playlist ? (
        <SmartPlaylistEditor key={playlist.version} playlist={playlist} />
      ) : result.error && !result.error.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND') ? (
        <LoadError what="The smart playlist" error={result.error} />
      ) : (
        <p className="muted">
          There is no such smart playlist, or it is not yours. <Link href="/smart-playlists">See yours</Link>.
        </p>
      )}
    </div>
  );
}
