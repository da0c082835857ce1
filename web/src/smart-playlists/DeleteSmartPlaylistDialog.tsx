import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import { ConfirmDeleteDialog } from '../ui/ConfirmDeleteDialog';
import { errorMessage } from '../ui/LoadError';
import { SMART_PLAYLISTS } from './smart-playlist-fields';

const DeleteSmartPlaylist = graphql(`
  mutation DeleteSmartPlaylist($id: ID!) {
    deleteSmartPlaylist(id: $id)
  }
`);

/** Confirms deleting a smart playlist (its songs stay in the library). */
export function DeleteSmartPlaylistDialog({
  playlist,
  onCancel,
  onDeleted,
}: {
  playlist: { id: string; name: string };
  onCancel(): void;
  onDeleted(): void;
}) {
  const [, runDelete] = useMutation(DeleteSmartPlaylist);
  return (
    <ConfirmDeleteDialog
      name={playlist.name}
      consequence="The smart playlist and its rules go; its songs stay in the library."
      onCancel={onCancel}
      onConfirm={async () => {
        const answer = await runDelete({ id: playlist.id }, SMART_PLAYLISTS);
        if (!answer.data?.deleteSmartPlaylist) {
          return `It could not be deleted: ${answer.error ? errorMessage(answer.error) : 'no answer'}.`;
        }
        onDeleted();
        return null;
      }}
    />
  );
}
