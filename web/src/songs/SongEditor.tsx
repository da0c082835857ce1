import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import type { SongFieldsFragment } from '../__generated__/graphql';
import { usePlayer } from '../player/PlayerProvider';
import { DialogActions } from '../ui/DialogActions';
import { useModalDialog } from '../ui/use-modal-dialog';
import { type MetadataDraft, MetadataFields, toMetadataInput } from './MetadataFields';
import './dialog.css';

const UpdateSong = graphql(`
  mutation UpdateSong($id: ID!, $metadata: SongMetadataInput!) {
    updateSong(id: $id, metadata: $metadata) {
      ...SongFields
    }
  }
`);

const DeleteSong = graphql(`
  mutation DeleteSong($id: ID!) {
    deleteSong(id: $id)
  }
`);

const SONG_LISTS = { additionalTypenames: ['Song'] };

/** A modal dialog to edit a song's details or confirm its deletion. */
export function SongEditor({
  song,
  mode,
  onClose,
}: {
  song: SongFieldsFragment;
  mode: 'edit' | 'delete';
  onClose(): void;
}) {
  const dialog = useModalDialog();
  const player = usePlayer();
  const [draft, setDraft] = useState<MetadataDraft>({
    title: song.title,
    artist: song.artist,
    album: song.album ?? '',
    genre: song.genre ?? '',
    releaseYear: song.releaseYear ? String(song.releaseYear) : '',
  });
  const [update, runUpdate] = useMutation(UpdateSong);
  const [remove, runRemove] = useMutation(DeleteSong);
  const [failure, setFailure] = useState<{ message: string; field?: string } | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = await runUpdate({ id: song.id, metadata: toMetadataInput(draft) }, SONG_LISTS);
    if (result.data) {
      player.updateSong(result.data.updateSong);
      onClose();
      return;
    }
    const error = result.error?.graphQLErrors[0];
    setFailure({
      message: error?.message ?? 'The song could not be saved.',
      field: error?.extensions?.field as string,
    });
  }

  async function confirmDelete() {
    const result = await runRemove({ id: song.id }, SONG_LISTS);
    if (result.data?.deleteSong) {
      player.removeSong(song.id);
      onClose();
      return;
    }
    setFailure({ message: result.error?.graphQLErrors[0]?.message ?? 'The song could not be deleted.' });
  }

  const titleId = `song-editor-${song.id}`;
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      {mode === 'edit' ? (
        <form onSubmit={save} method="dialog">
          <h2 id={titleId}>Edit song</h2>
          <MetadataFields draft={draft} onChange={setDraft} invalidField={failure?.field} />
          <DialogActions error={failure?.message} onCancel={onClose}>
            <button type="submit" className="button-primary" disabled={update.fetching}>
              {update.fetching ? 'Saving…' : 'Save'}
            </button>
          </DialogActions>
        </form>
      ) : (
        <div>
          <h2 id={titleId}>Delete “{song.title}”?</h2>
          <p className="muted">
            It leaves the library for everyone. Listening history keeps a note that it was played.
          </p>
          <DialogActions error={failure?.message} onCancel={onClose}>
            <button type="button" className="button-danger" onClick={confirmDelete} disabled={remove.fetching}>
              {remove.fetching ? 'Deleting…' : 'Delete song'}
            </button>
          </DialogActions>
        </div>
      )}
    </dialog>
  );
}
