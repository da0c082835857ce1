import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import { MissingPage, PageLoading } from '../ui/MissingPage';
import { SmartPlaylistEditor } from './SmartPlaylistEditor';
import { NO_SMART_PLAYLIST } from './smart-playlist-fields';

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
  if (result.fetching) return <PageLoading what="the smart playlist" />;
  if (!playlist) return <MissingPage result={result} missing={NO_SMART_PLAYLIST} />;
  return (
    <div className="page">
      <h1>Edit “{playlist.name}”</h1>
      <SmartPlaylistEditor key={playlist.version} playlist={playlist} />
    </div>
  );
}
