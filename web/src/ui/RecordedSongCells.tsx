import type { ReactNode } from 'react';
import { Cover } from './Cover';
import { Icon } from './Icon';

/**
 * The first cells of a row that recorded a song which may since have gone (a playlist entry, a
 * listen): a play button (a note when the song is gone), its cover, and its title and artist, as the
 * song says now or else as recorded. `note` follows the artist (a "removed" tag, say).
 */
export function RecordedSongCells({
  song,
  recorded,
  playing,
  onPlay,
  note,
}: {
  song: { title: string; artist: string; coverUrl?: string | null } | null | undefined;
  recorded: { songTitle: string; songArtist: string };
  /** This row's song is the one playing: the button pauses it. */
  playing: boolean;
  onPlay(): void;
  note?: ReactNode;
}) {
  return (
    <>
      <span className="song-index">
        {song ? (
          <button
            type="button"
            className="row-play always"
            aria-label={`${playing ? 'Pause' : 'Play'} ${song.title}`}
            onClick={onPlay}
          >
            <Icon name={playing ? 'pause' : 'play'} size={18} />
          </button>
        ) : (
          <span className="muted" aria-hidden="true">
            <Icon name="note" size={18} />
          </span>
        )}
      </span>
      <Cover url={song?.coverUrl} size={44} title={recorded.songTitle} />
      <span className="song-main">
        <span className="song-title">{song?.title ?? recorded.songTitle}</span>
        <span className="song-artist muted">
          {song?.artist ?? recorded.songArtist}
          {note}
        </span>
      </span>
    </>
  );
}
