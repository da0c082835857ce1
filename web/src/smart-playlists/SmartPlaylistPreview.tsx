import type { PreviewSmartPlaylistQuery } from '../__generated__/graphql';
import { plural } from '../ui/format';

/** What the rules match right now: how many songs, and the first of them. */
export function SmartPlaylistPreview({
  result,
  loading,
  failed,
}: {
  result: PreviewSmartPlaylistQuery['previewSmartPlaylist'] | null;
  loading: boolean;
  failed: boolean;
}) {
  let count: string;
  if (failed) count = 'No preview: fix the rules marked in red.';
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
