import type { SongFieldsFragment } from '../__generated__/graphql';
import { usePlayer, usePlayerState } from '../player/PlayerProvider';
import { useSession } from '../session/session-store';
import { Cover } from '../ui/Cover';
import { formatDuration, plural } from '../ui/format';
import { Icon, type IconName } from '../ui/Icon';
import { IconButton } from '../ui/IconButton';
import { StarButton } from '../ui/StarButton';
import { SongMenu } from './SongMenu';
import './song-list.css';

export interface SongListProps {
  songs: SongFieldsFragment[];
  label: string;
  /** Shown in the first column instead of the row number (e.g. chart ranks). */
  rank?: (index: number) => string;
  onEdit?: (song: SongFieldsFragment) => void;
  onDelete?: (song: SongFieldsFragment) => void;
}

/** Songs as rows; playing one queues the whole list from there. */
export function SongList({ songs, label, rank, onEdit, onDelete }: SongListProps) {
  const player = usePlayer();
  const { current, playing } = usePlayerState();
  const { session } = useSession();

  return (
    <>
      <div className="song-list-header" aria-hidden="true">
        <span className="song-index">#</span>
        <span />
        <span>Title</span>
        <span className="song-album">Album</span>
        <span className="song-genre">Genre</span>
        <span className="song-plays">Plays</span>
        <span className="song-duration">Time</span>
        <span className="song-actions" />
      </div>
      <ol className="song-list" aria-label={label}>
        {songs.map((song, index) => {
          const isCurrent = current?.id === song.id;
          // Without the uploader (the users service down) the song still shows, just not as editable.
          const mine = Boolean(song.uploadedBy && song.uploadedBy.id === session?.user.id);
          // Null when the playback service is down: the count is left out rather than shown as 0.
          const plays = song.playCount == null ? 'Play count unavailable' : plural(song.playCount, 'play');
          const playThis = () => {
            if (isCurrent) player.togglePlay();
            else player.playQueue(songs, index);
          };
          return (
            <li key={song.id} className={`song-row${isCurrent ? ' current' : ''}`} onDoubleClick={playThis}>
              <span className="song-index">
                <span className="song-number" aria-hidden="true">
                  {isCurrent && playing ? <span className="equalizer" /> : (rank?.(index) ?? index + 1)}
                </span>
                <button
                  type="button"
                  className="row-play"
                  aria-label={`${isCurrent && playing ? 'Pause' : 'Play'} ${song.title}`}
                  onClick={playThis}
                >
                  <Icon name={isCurrent && playing ? 'pause' : 'play'} size={18} />
                </button>
              </span>
              <Cover url={song.coverUrl} size={44} title={song.title} />
              <span className="song-main">
                <span className="song-title">{song.title}</span>
                <span className="song-artist muted">
                  {song.artist}
                  {song.playCount != null && (
                    <span className="song-plays-inline">
                      {' · '}
                      {plays}
                    </span>
                  )}
                </span>
              </span>
              <span className="song-album muted">{song.album ?? ''}</span>
              <span className="song-genre">{song.genre && <span className="tag">{song.genre}</span>}</span>
              <span className="song-plays muted" title={plays}>
                <span className="visually-hidden">{plays}</span>
                <span aria-hidden="true">{song.playCount?.toLocaleString('en') ?? '—'}</span>
              </span>
              <span className="song-duration muted">{formatDuration(song.durationSeconds)}</span>
              <span className="song-actions">
                <StarButton kind="SONG" id={song.id} name={song.title} starred={song.starred} />
                <SongMenu song={song} />
                {mine && onEdit && <OwnerAction name="Edit" icon="edit" song={song} onAct={onEdit} />}
                {mine && onDelete && <OwnerAction name="Delete" icon="trash" song={song} onAct={onDelete} />}
              </span>
            </li>
          );
        })}
      </ol>
    </>
  );
}

/** One of the uploader's own actions on a row: screen readers hear “Edit <title>”, the tooltip says “Edit”. */
function OwnerAction({
  name,
  icon,
  song,
  onAct,
}: {
  name: string;
  icon: IconName;
  song: SongFieldsFragment;
  onAct(song: SongFieldsFragment): void;
}) {
  return <IconButton small label={`${name} ${song.title}`} title={name} icon={icon} onClick={() => onAct(song)} />;
}
