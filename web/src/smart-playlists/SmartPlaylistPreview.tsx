import type { PreviewSmartPlaylistQuery } from '../__generated__/graphql';
import { plural } from '../ui/format';

/** What the rules match right now: how many songs, and the first of them. */
export function SmartPlaylistPreview({
  result,
  loading,
  state,
}: {
  result: PreviewSmartPlaylistQuery['previewSmartPlaylist'] | null;
  loading: boolean;
  /** Unfinished: a value is still empty; refused: the server says what is wrong, at the rules. */
  state: 'shown' | 'unfinished' | 'refused';
}) {
  const failed = state !== 'shown';
  let count: string;
  if (state === 'unfinished') count = 'Fill in every rule to see what it matches.';
  else if (state === 'refused') count = 'No preview: fix the rules marked in red.';
  else if (!result) count = 'Matching songs…';
  else count = `${plural(result.songCount, 'song')} match`;
  return (
    <aside className="smart-preview" aria-labelledby="smart-preview-title" aria-busy={loading || undefined}>
      <h2 id="smart-preview-title">Preview</h2>
      <p className="smart-preview-count" role="status">
        {count}
      </p>
      {result && !failed && result.songs.length > 0 && (
        <ol className="smart-preview-songs" aria-label="Matching songs">
          {result.songs.map((song) => (
            <li key={song.id}>
              <span className="smart-preview-title">{song.title}</span>
              <span className="muted small">
                {song.artist}
                {song.playCount != null && ` · ${plural(song.playCount, 'play')}`}
              </span>
            </li>
          ))}
        </ol>
      )}
      {result && !failed && result.songCount > result.songs.length && (
        <p className="muted small">and {plural(result.songCount - result.songs.length, 'more song')}</p>
      )}
    </aside>
  );
}
