import { type FormEvent, useId, useState } from 'react';
import { useMutation } from 'urql';
import { useLocation } from 'wouter';
import { graphql } from '../__generated__';
import { DialogActions } from '../ui/DialogActions';
import { useModalDialog } from '../ui/use-modal-dialog';
import '../songs/dialog.css';
import { AddToPlaylist } from './add-to-playlist';
import { PLAYLISTS } from './use-playlists';

const CreatePlaylist = graphql(`
  mutation CreatePlaylist($input: PlaylistInput!) {
    createPlaylist(input: $input) {
      id
      name
      version
    }
  }
`);

/** Asks for a name, creates the playlist (with `songIds` in it, if given) and opens it. */
export function NewPlaylistDialog({ songIds = [], onClose }: { songIds?: string[]; onClose(): void }) {
  const dialog = useModalDialog();
  const nameId = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [created, create] = useMutation(CreatePlaylist);
  const [, add] = useMutation(AddToPlaylist);
  const [, navigate] = useLocation();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await create({ input: { name: name.trim() } }, PLAYLISTS);
    const playlist = result.data?.createPlaylist;
    if (!playlist) {
      setError(result.error?.graphQLErrors[0]?.message ?? 'The playlist could not be created.');
      return;
    }
    if (songIds.length) await add({ id: playlist.id, songIds }, PLAYLISTS);
    onClose();
    if (!songIds.length) navigate(`/playlists/${playlist.id}`);
  }

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${nameId}-title`} onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id={`${nameId}-title`}>New playlist</h2>
        <label htmlFor={nameId} className="stacked-label">
          Name
        </label>
        <input
          id={nameId}
          value={name}
          maxLength={200}
          required
          aria-invalid={error ? true : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        <DialogActions error={error} onCancel={() => dialog.current?.close()}>
          <button type="submit" className="button-primary" disabled={created.fetching || !name.trim()}>
            {songIds.length ? 'Create and add' : 'Create'}
          </button>
        </DialogActions>
      </form>
    </dialog>
  );
}
