import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import { ConfirmDeleteDialog } from '../ui/ConfirmDeleteDialog';
import { PLAYLISTS } from './use-playlists';

const DeletePlaylist = graphql(`
  mutation DeletePlaylist($id: ID!) {
    deletePlaylist(id: $id)
  }
`);

/** Confirms deleting a playlist (its songs stay in the library). */
export function DeletePlaylistDialog({
  playlist,
  onCancel,
  onDeleted,
}: {
  playlist: { id: string; name: string };
  onCancel(): void;
  onDeleted(): void;
}) {
  const [, runDelete] = useMutation(DeletePlaylist);
  return (
    <ConfirmDeleteDialog
      name={playlist.name}
      consequence="The playlist goes; its songs stay in the library."
      onCancel={onCancel}
      onConfirm={async () => {
        // Listed in the sidebar: "Playlist" lists refetch.
        const answer = await runDelete({ id: playlist.id }, PLAYLISTS);
        if (!answer.data?.deletePlaylist)
          return answer.error?.graphQLErrors[0]?.message ?? 'The playlist could not be deleted.';
        onDeleted();
        return null;
      }}
    />
  );
}
