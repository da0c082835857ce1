import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import { DialogActions } from '../ui/DialogActions';
import { PLAYLISTS } from './use-playlists';
import '../songs/dialog.css';

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
  const dialog = useRef<HTMLDialogElement>(null);
  const [deleting, runDelete] = useMutation(DeletePlaylist);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  async function confirm() {
    // Listed in the sidebar: "Playlist" lists refetch.
    const answer = await runDelete({ id: playlist.id }, PLAYLISTS);
    if (answer.data?.deletePlaylist) onDeleted();
    else setError(answer.error?.graphQLErrors[0]?.message ?? 'The playlist could not be deleted.');
  }

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="delete-playlist-title" onClose={onCancel}>
      <h2 id="delete-playlist-title">Delete “{playlist.name}”?</h2>
      <p className="muted">The playlist goes; its songs stay in the library.</p>
      <DialogActions error={error} onCancel={() => dialog.current?.close()}>
        <button type="button" className="button-primary" disabled={deleting.fetching} onClick={confirm}>
          Delete
        </button>
      </DialogActions>
    </dialog>
  );
}
