import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import { LyricsPanel } from '../lyrics/LyricsPanel';
import { SongMenu } from '../songs/SongMenu';
import { Cover } from '../ui/Cover';
import { Icon } from '../ui/Icon';
import { IconButton } from '../ui/IconButton';
import { StarButton } from '../ui/StarButton';
import { PanelToggle } from './PanelToggle';
import { PlaybackControls } from './PlaybackControls';
import { usePlayer, usePlayerState } from './PlayerProvider';
import { QueuePanel } from './QueuePanel';
import { SeekBar } from './SeekBar';
import './player.css';

const PlayingSongStarred = graphql(`
  query PlayingSongStarred($id: ID!) {
    song(id: $id) {
      id
      starred
    }
  }
`);

const REPEAT_LABEL = { off: 'Repeat: off', all: 'Repeat: all', one: 'Repeat: this song' } as const;

const STARS = { additionalTypenames: ['Song'] };

/** Always at the bottom: now playing, transport, seek and volume. */
export function PlayerBar() {
  const engine = usePlayer();
  const { current, playing, buffering, volume, muted, shuffle, repeat, error, queue } = usePlayerState();
  const empty = !current;
  const volumeShown = muted ? 0 : volume;
  const [starred] = useQuery({
    query: PlayingSongStarred,
    variables: { id: current?.id ?? '' },
    pause: !current,
    context: STARS,
  });

  return (
    <section className="player" aria-label="Player">
      <div className="now-playing">
        {current ? (
          <>
            <Cover url={current.coverUrl} size={56} title={current.title} />
            <div className="now-playing-text">
              <p className="now-playing-title" title={current.title}>
                {current.title}
              </p>
              <p className="now-playing-artist muted" title={current.artist}>
                {error ? <span className="error-text">{error}</span> : current.artist}
              </p>
            </div>
            <StarButton
              kind="SONG"
              id={current.id}
              name={current.title}
              starred={starred.data?.song?.id === current.id ? starred.data.song.starred : null}
            />
            <SongMenu song={current} placement="above" />
          </>
        ) : (
          <p className="muted now-playing-empty">Choose a song to start listening</p>
        )}
      </div>

      <div className="transport">
        <div className="transport-buttons">
          <IconButton
            label="Shuffle"
            icon="shuffle"
            active={shuffle}
            aria-pressed={shuffle}
            disabled={queue.length === 0}
            onClick={() => engine.toggleShuffle()}
          />
          <IconButton label="Previous" icon="previous" disabled={empty} onClick={() => engine.previous()} />
          <button
            type="button"
            className="play-button"
            aria-label={playing ? 'Pause' : 'Play'}
            aria-busy={buffering || undefined}
            disabled={empty && queue.length === 0}
            onClick={() => engine.togglePlay()}
          >
            <Icon name={playing ? 'pause' : 'play'} size={22} />
          </button>
          <IconButton label="Next" icon="next" disabled={empty} onClick={() => engine.next()} />
          <IconButton label="Stop" icon="stop" iconSize={18} disabled={empty} onClick={() => engine.stop()} />
          <IconButton
            label={REPEAT_LABEL[repeat]}
            title={REPEAT_LABEL[repeat]}
            icon={repeat === 'one' ? 'repeatOne' : 'repeat'}
            active={repeat !== 'off'}
            onClick={() => engine.cycleRepeat()}
          />
        </div>
        <SeekBar />
      </div>

      <div className="volume">
        <PlaybackControls />
        <PanelToggle label="Lyrics" icon="lyrics" disabled={empty} Panel={LyricsPanel} />
        <PanelToggle label="Queue" icon="queue" Panel={QueuePanel} />
        <IconButton
          label={muted ? 'Unmute' : 'Mute'}
          icon={muted || volume === 0 ? 'muted' : 'volume'}
          aria-pressed={muted}
          onClick={() => engine.toggleMute()}
        />
        <input
          type="range"
          className="range"
          aria-label="Volume"
          aria-valuetext={`${Math.round(volumeShown * 100)}%`}
          min={0}
          max={1}
          step={0.01}
          value={volumeShown}
          style={{ '--progress': `${volumeShown * 100}%` } as React.CSSProperties}
          onChange={(event) => engine.setVolume(Number(event.target.value))}
        />
      </div>
    </section>
  );
}
