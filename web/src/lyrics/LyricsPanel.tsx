import { useEffect, useRef } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import type { LyricsFieldsFragment } from '../__generated__/graphql';
import { usePlayer, usePlayerState } from '../player/PlayerProvider';
import { useSession } from '../session/session-store';
import { EmptyState } from '../ui/EmptyState';
import { LoadError } from '../ui/LoadError';
import { SidePanel } from '../ui/SidePanel';
import { currentLineIndex } from './current-line';
import { LyricsFileInput } from './LyricsFileInput';
import { useLyricsUpload } from './use-lyrics-upload';
import './lyrics.css';

const SongLyrics = graphql(`
  query SongLyrics($id: ID!) {
    song(id: $id) {
      id
      title
      uploadedBy {
        id
      }
      lyrics {
        ...LyricsFields
      }
    }
  }
`);

// Uploading or removing lyrics answers a Song.
const LYRICS = { additionalTypenames: ['Song'] };

/** The current song's lyrics beside the page: synced lines follow the music and seek when clicked. */
export function LyricsPanel({ id, onClose }: { id: string; onClose(): void }) {
  const { current } = usePlayerState();
  const { session } = useSession();
  const [result] = useQuery({
    query: SongLyrics,
    variables: { id: current?.id ?? '' },
    pause: !current,
    context: LYRICS,
  });
  const song = result.data?.song?.id === current?.id ? result.data?.song : undefined;
  const mine = Boolean(song?.uploadedBy && song.uploadedBy.id === session?.user.id);

  let body: React.ReactNode;
  if (!current) body = <p className="muted small">Nothing is playing.</p>;
  else if (song) body = <SongLyricsView key={song.id} songId={song.id} lyrics={song.lyrics ?? null} mine={mine} />;
  else if (result.error) body = <LoadError what="The lyrics" error={result.error} />;
  else if (result.data) {
    body = (
      <EmptyState icon="lyrics" title="Song not found">
        This song is no longer in the library.
      </EmptyState>
    );
  } else body = <p className="muted small">Loading the lyrics…</p>;

  return (
    <SidePanel id={id} title="Lyrics" closeLabel="Close the lyrics" className="lyrics-panel" onClose={onClose}>
      {current && (
        <p className="muted small lyrics-song">
          {current.title} · {current.artist}
        </p>
      )}
      {body}
    </SidePanel>
  );
}

function SongLyricsView({
  songId,
  lyrics,
  mine,
}: {
  songId: string;
  lyrics: LyricsFieldsFragment | null;
  mine: boolean;
}) {
  const lyricsUpload = useLyricsUpload(songId);
  const status = (
    <>
      <p className="muted small lyrics-notice" role="status">
        {lyricsUpload.notice}
      </p>
      {lyricsUpload.error && (
        <p className="form-error" role="alert">
          {lyricsUpload.error}
        </p>
      )}
    </>
  );

  if (!lyrics) {
    return (
      <>
        {status}
        <EmptyState
          icon="lyrics"
          title="No lyrics"
          action={
            mine ? (
              <LyricsFileInput
                primary
                label="Add lyrics…"
                disabled={lyricsUpload.busy}
                onFile={(file) => void lyricsUpload.upload(file)}
              />
            ) : undefined
          }
        >
          {mine
            ? 'Add an .lrc file to see the words in time with the music, or a text file for plain lyrics.'
            : 'This song has no lyrics.'}
        </EmptyState>
      </>
    );
  }

  return (
    <>
      {status}
      {lyrics.synced ? <SyncedLines lines={lyrics.lines} /> : <p className="lyrics-plain">{lyrics.plain}</p>}
      {mine && (
        <div className="lyrics-actions">
          <LyricsFileInput
            label="Replace lyrics…"
            disabled={lyricsUpload.busy}
            onFile={(file) => void lyricsUpload.upload(file)}
          />
          {lyrics.source === 'UPLOADED' && (
            <button
              type="button"
              className="button-secondary"
              disabled={lyricsUpload.busy}
              onClick={() => void lyricsUpload.remove()}
            >
              Remove uploaded lyrics
            </button>
          )}
        </div>
      )}
    </>
  );
}

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** Timed lines: the one being sung is highlighted and kept in view; clicking a line seeks there. */
function SyncedLines({ lines }: { lines: LyricsFieldsFragment['lines'] }) {
  const player = usePlayer();
  const { currentTime } = usePlayerState();
  const active = currentLineIndex(lines, currentTime * 1000);
  const list = useRef<HTMLOListElement>(null);

  // The list scrolls itself (never the page behind the panel) to keep the line being sung in its middle.
  useEffect(() => {
    const scroller = list.current;
    const line = scroller?.children[active] as HTMLElement | undefined;
    if (!scroller || !line) return;
    const top = line.offsetTop - (scroller.clientHeight - line.offsetHeight) / 2;
    scroller.scrollTo?.({ top: Math.max(0, top), behavior: reducedMotion() ? 'auto' : 'smooth' });
  }, [active]);

  return (
    <ol ref={list} className="lyrics-lines" aria-label="Lyrics lines">
      {lines.map((line, index) => (
        <li
          // Lines may repeat (a chorus) and share a time: the position is what tells them apart.
          // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one song never reorder
          key={index}
          className={index === active ? 'current' : index < active ? 'sung' : undefined}
          aria-current={index === active ? 'true' : undefined}
        >
          <button type="button" className="lyrics-line" onClick={() => player.seek(line.timeMs / 1000)}>
            {line.text || '♪'}
          </button>
        </li>
      ))}
    </ol>
  );
}
