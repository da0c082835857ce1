import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { type CombinedError, useMutation } from 'urql';
import { graphql } from '../__generated__';
import { PLAYLISTS } from './use-playlists';

const RenamePlaylist = graphql(`
  mutation RenamePlaylist($id: ID!, $input: PlaylistInput!, $expectedVersion: Int) {
    updatePlaylist(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      name
      version
    }
  }
`);

/** The playlist's name as a field, in place of its heading; Escape cancels. */
export function RenamePlaylistForm({
  playlist,
  onDone,
  onRefused,
}: {
  playlist: { id: string; name: string; version: number };
  onDone(): void;
  onRefused(error: CombinedError | undefined, what: string): void;
}) {
  const fieldId = useId();
  const field = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(playlist.name);
  const [renamed, rename] = useMutation(RenamePlaylist);

  useEffect(() => field.current?.select(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === playlist.name) return onDone();
    const answer = await rename(
      { id: playlist.id, input: { name: name.trim() }, expectedVersion: playlist.version },
      PLAYLISTS,
    );
    if (!answer.data) onRefused(answer.error, 'The playlist could not be renamed');
    onDone();
  }

  return (
    <form className="rename-form" onSubmit={submit}>
      <label htmlFor={fieldId} className="visually-hidden">
        Playlist name
      </label>
      <input
        id={fieldId}
        ref={field}
        value={name}
        maxLength={200}
        required
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onDone();
        }}
      />
      <button type="submit" className="button-primary small" disabled={renamed.fetching || !name.trim()}>
        Save
      </button>
      <button type="button" className="button-secondary small" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}
