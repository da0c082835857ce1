import { usePlayer } from '../player/PlayerProvider';
import type { PlayerSong } from '../player/player-engine';
import { Icon } from './Icon';

/** "Play" and "Shuffle" for a whole album or playlist, named after it. */
export function PlayShuffleButtons({ songs, name }: { songs: PlayerSong[]; name: string }) {
  const player = usePlayer();
  return (
    <>
      <button
        type="button"
        className="button-primary"
        aria-label={`Play ${name}`}
        disabled={!songs.length}
        onClick={() => player.playQueue(songs, 0)}
      >
        <Icon name="play" size={18} /> Play
      </button>
      <button
        type="button"
        className="button-secondary"
        aria-label={`Shuffle ${name}`}
        disabled={!songs.length}
        onClick={() => player.shufflePlay(songs)}
      >
        <Icon name="shuffle" size={18} /> Shuffle
      </button>
    </>
  );
}
