import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import { DialogActions } from '../ui/DialogActions';
import { errorMessage } from '../ui/LoadError';
import { SMART_PLAYLISTS } from './smart-playlist-fields';
import '../songs/dialog.css';

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
  const dialog = useRef<HTMLDialogElement>(null);
  const [deleting, runDelete] = useMutation(DeleteSmartPlaylist);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  async function confirm() {
    const answer = await runDelete({ id: playlist.id }, SMART_PLAYLISTS);
    if (answer.data?.deleteSmartPlaylist) onDeleted();
    else setError(`It could not be deleted: ${answer.error ? errorMessage(answer.error) : 'no answer'}.`);
  }

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="delete-smart-playlist-title" onClose={onCancel}>
      <h2 id="delete-smart-playlist-title">Delete “{playlist.name}”?</h2>
      <p className="muted">The smart playlist and its rules go; its songs stay in the library.</p>
      <DialogActions error={error} onCancel={() => dialog.current?.close()}>
        <button type="button" className="button-primary" disabled={deleting.fetching} onClick={confirm}>
          Delete
        </button>
      </DialogActions>
    </dialog>
  );
}
