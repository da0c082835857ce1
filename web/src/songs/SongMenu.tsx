import { usePlayer } from '../player/PlayerProvider';
import type { PlayerSong } from '../player/player-engine';
import { ActionMenu } from '../ui/ActionMenu';

/** The "more actions" menu of a song, wherever it is shown: song rows and the player bar. */
export function SongMenu({ song, placement }: { song: PlayerSong; placement?: 'below' | 'above' }) {
  const player = usePlayer();
  return (
    <ActionMenu
      label={`More actions for ${song.title}`}
      placement={placement}
      actions={[
        { label: 'Play next', onSelect: () => player.playNext(song) },
        { label: 'Add to queue', onSelect: () => player.addToQueue(song) },
      ]}
    />
  );
}
