import { useState } from 'react';
import { useMutation } from 'urql';
import { AddLyricsDialog } from '../lyrics/AddLyricsDialog';
import { usePlayer } from '../player/PlayerProvider';
import type { PlayerSong } from '../player/player-engine';
import { AddToPlaylist } from '../playlists/add-to-playlist';
import { NewPlaylistDialog } from '../playlists/NewPlaylistDialog';
import { PLAYLISTS, usePlaylists } from '../playlists/use-playlists';
import { useSession } from '../session/session-store';
import { ActionMenu } from '../ui/ActionMenu';
import { announce } from '../ui/announcer';

/** The "more actions" menu of a song, wherever it is shown: song rows and the player bar. */
export function SongMenu({
  song,
  placement,
}: {
  /** With its uploader (song rows know it), the uploader is offered "Add lyrics…". */
  song: PlayerSong & { uploadedBy?: { id: string } | null };
  placement?: 'below' | 'above';
}) {
  const player = usePlayer();
  const { session } = useSession();
  const mine = Boolean(song.uploadedBy && song.uploadedBy.id === session?.user.id);
  const [addingLyrics, setAddingLyrics] = useState(false);
  const { playlists } = usePlaylists();
  const [, add] = useMutation(AddToPlaylist);
  const [creating, setCreating] = useState(false);

  async function addTo(playlist: { id: string; name: string }) {
    const result = await add({ id: playlist.id, songIds: [song.id] }, PLAYLISTS);
    announce(
      result.data
        ? `Added “${song.title}” to ${playlist.name}.`
        : `“${song.title}” could not be added: ${result.error?.graphQLErrors[0]?.message ?? 'the server did not answer'}.`,
    );
  }

  return (
    <>
      <ActionMenu
        label={`More actions for ${song.title}`}
        placement={placement}
        actions={[
          {
            label: 'Play next',
            onSelect: () => {
              player.playNext(song);
              announce(`“${song.title}” plays next.`);
            },
          },
          {
            label: 'Add to queue',
            onSelect: () => {
              player.addToQueue(song);
              announce(`Added “${song.title}” to the queue.`);
            },
          },
          ...(mine ? [{ label: 'Add lyrics…', onSelect: () => setAddingLyrics(true) }] : []),
          // Without the library service there are no playlists to offer.
          ...(playlists
            ? [
                {
                  group: 'Add to playlist',
                  actions: [
                    ...playlists.map((playlist) => ({ label: playlist.name, onSelect: () => addTo(playlist) })),
                    { label: 'New playlist…', onSelect: () => setCreating(true) },
                  ],
                },
              ]
            : []),
        ]}
      />
      {creating && <NewPlaylistDialog songIds={[song.id]} onClose={() => setCreating(false)} />}
      {addingLyrics && <AddLyricsDialog song={song} onClose={() => setAddingLyrics(false)} />}
    </>
  );
}
