import { useId, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import { LyricsButton } from '../lyrics/LyricsButton';
import { SongMenu } from '../songs/SongMenu';
import { Cover } from '../ui/Cover';
import { Icon } from '../ui/Icon';
import { StarButton } from '../ui/StarButton';
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
  const [queueOpen, setQueueOpen] = useState(false);
  const queueId = useId();
  const queueButton = useRef<HTMLButtonElement>(null);
  const closeQueue = () => {
    setQueueOpen(false);
    queueButton.current?.focus();
  };

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
          <button
            type="button"
            className={`icon-button toggle${shuffle ? ' active' : ''}`}
            aria-label="Shuffle"
            aria-pressed={shuffle}
            disabled={queue.length === 0}
            onClick={() => engine.toggleShuffle()}
          >
            <Icon name="shuffle" />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label="Previous"
            disabled={empty}
            onClick={() => engine.previous()}
          >
            <Icon name="previous" />
          </button>
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
          <button
            type="button"
            className="icon-button"
            aria-label="Next"
            disabled={empty}
            onClick={() => engine.next()}
          >
            <Icon name="next" />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label="Stop"
            disabled={empty}
            onClick={() => engine.stop()}
          >
            <Icon name="stop" size={18} />
          </button>
          <button
            type="button"
            className={`icon-button toggle${repeat !== 'off' ? ' active' : ''}`}
            aria-label={REPEAT_LABEL[repeat]}
            title={REPEAT_LABEL[repeat]}
            onClick={() => engine.cycleRepeat()}
          >
            <Icon name={repeat === 'one' ? 'repeatOne' : 'repeat'} />
          </button>
        </div>
        <SeekBar />
      </div>

      <div className="volume">
        <PlaybackControls />
        <LyricsButton />
        <button
          ref={queueButton}
          type="button"
          className={`icon-button toggle${queueOpen ? ' active' : ''}`}
          aria-label="Queue"
          title="Queue"
          aria-expanded={queueOpen}
          aria-controls={queueOpen ? queueId : undefined}
          onClick={() => (queueOpen ? closeQueue() : setQueueOpen(true))}
        >
          <Icon name="queue" />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={muted ? 'Unmute' : 'Mute'}
          aria-pressed={muted}
          onClick={() => engine.toggleMute()}
        >
          <Icon name={muted || volume === 0 ? 'muted' : 'volume'} />
        </button>
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
      {queueOpen && <QueuePanel id={queueId} onClose={closeQueue} />}
    </section>
  );
}
