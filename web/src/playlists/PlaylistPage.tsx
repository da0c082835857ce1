import { useEffect, useRef, useState } from 'react';
import { type CombinedError, useMutation } from 'urql';
import { useLocation } from 'wouter';
import { graphql } from '../__generated__';
import type { DeletePlaylistMutation, PlaylistEntryFieldsFragment } from '../__generated__/graphql';
import { usePagedQuery } from '../graphql/use-paged-query';
import { usePlayer, usePlayerState } from '../player/PlayerProvider';
import { useSession } from '../session/session-store';
import { SongMenu } from '../songs/SongMenu';
import { CollectionHeader } from '../ui/CollectionHeader';
import { DeleteButton, type Deletion } from '../ui/DeleteButton';
import { EmptyState } from '../ui/EmptyState';
import { formatDuration, formatListeningTime, plural } from '../ui/format';
import { Icon } from '../ui/Icon';
import { InfiniteList } from '../ui/InfiniteList';
import { MissingPage, type MissingThing } from '../ui/MissingPage';
import { MoveButtons } from '../ui/MoveButtons';
import { PartialNotice } from '../ui/PartialNotice';
import { PlayShuffleButtons } from '../ui/PlayShuffleButtons';
import { RecordedSongCells } from '../ui/RecordedSongCells';
import { moveItem } from '../ui/reorder';
import { StarButton } from '../ui/StarButton';
import { useDragReorder } from '../ui/use-drag-reorder';
import { RenamePlaylistForm } from './RenamePlaylistForm';
import { PLAYLISTS } from './use-playlists';
import '../albums/albums.css';
import '../songs/song-list.css';
import './playlists.css';

const Playlist = graphql(`
  query Playlist($id: ID!, $first: Int, $after: String) {
    playlist(id: $id) {
      id
      name
      description
      public
      songCount
      durationSeconds
      coverUrl
      version
      owner {
        id
        displayName
      }
      entries(first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            ...PlaylistEntryFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const PlaylistEntryFields = graphql(`
  fragment PlaylistEntryFields on PlaylistEntry {
    id
    position
    songTitle
    songArtist
    durationSeconds
    songRemoved
    song {
      ...SongFields
    }
  }
`);

const MoveEntry = graphql(`
  mutation MovePlaylistEntry($id: ID!, $entryId: ID!, $toPosition: Int!, $expectedVersion: Int) {
    movePlaylistEntry(id: $id, entryId: $entryId, toPosition: $toPosition, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);

const RemoveEntry = graphql(`
  mutation RemovePlaylistEntry($id: ID!, $entryIds: [ID!]!, $expectedVersion: Int) {
    removeFromPlaylist(id: $id, entryIds: $entryIds, expectedVersion: $expectedVersion) {
      id
      version
      songCount
    }
  }
`);

const DeletePlaylist = graphql(`
  mutation DeletePlaylist($id: ID!) {
    deletePlaylist(id: $id)
  }
`);

const PLAYLIST_DELETION: Deletion<DeletePlaylistMutation> = {
  mutation: DeletePlaylist,
  deleted: (data) => data.deletePlaylist,
  // Listed in the sidebar: "Playlist" lists refetch.
  context: PLAYLISTS,
  consequence: 'The playlist goes; its songs stay in the library.',
};

const PAGE_SIZE = 100;
// A playlist changes with its own mutations, and its songs with edits, deletes and plays.
const PLAYLIST = { additionalTypenames: ['Playlist', 'Song'] };
const CONFLICT_NOTICE = 'This playlist was changed somewhere else, so it was reloaded: here it is as it is now.';

const NO_PLAYLIST: MissingThing = {
  what: 'playlist',
  absent: 'There is no such playlist, or it is not shared with you.',
  wayOut: { href: '/', label: 'Go to your library' },
};

/** A playlist: play it, reorder it (drag, or move up/down), remove songs, rename or delete it. */
export function PlaylistPage({ params }: { params: { id: string } }) {
  const player = usePlayer();
  const { current, playing } = usePlayerState();
  const { session } = useSession();
  const [, navigate] = useLocation();
  const paged = usePagedQuery({
    query: Playlist,
    variables: { id: params.id, first: PAGE_SIZE },
    context: PLAYLIST,
    connection: (data) => data.playlist?.entries,
  });
  const { result, nodes } = paged;
  const playlist = result.data?.playlist;
  // The order shown while a move is on its way; the server's answer replaces it.
  const [moving, setMoving] = useState<string[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [renaming, setRenaming] = useState(false);
  const [, move] = useMutation(MoveEntry);
  const [, remove] = useMutation(RemoveEntry);
  const list = useRef<HTMLOListElement>(null);
  const [focusAfterMove, setFocusAfterMove] = useState<{ entryId: string; direction: 'up' | 'down' } | null>(null);

  const entries = moving
    ? moving.flatMap((id) => nodes.filter((entry) => entry.id === id))
    : [...nodes].sort((a, b) => a.position - b.position);
  const drag = useDragReorder((from, to) => void moveEntry(from, to));
  const mine = Boolean(playlist?.owner && playlist.owner.id === session?.user.id);
  const playable = entries.flatMap((entry) => (entry.song ? [entry.song] : []));

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version from the server ends the guess
  useEffect(() => setMoving(null), [playlist?.version]);

  useEffect(() => {
    if (!focusAfterMove) return;
    const row = list.current?.querySelector(`[data-entry="${CSS.escape(focusAfterMove.entryId)}"]`);
    const buttons = Array.from(row?.querySelectorAll<HTMLButtonElement>('button[data-move]') ?? []);
    const target = buttons.find((button) => button.dataset.move === focusAfterMove.direction && !button.disabled);
    (target ?? buttons.find((button) => !button.disabled))?.focus();
  }, [focusAfterMove]);

  /** A refusal: a stale version (CONFLICT) reloads the playlist and says so; anything else is said as it is. */
  function refused(error: CombinedError | undefined, what: string) {
    setMoving(null);
    if (error?.graphQLErrors.some((graphQLError) => graphQLError.extensions?.code === 'CONFLICT')) {
      setNotice(CONFLICT_NOTICE);
      paged.refetch();
    } else {
      setNotice(`${what}: ${error?.graphQLErrors[0]?.message ?? 'the server did not answer'}.`);
    }
  }

  async function moveEntry(from: number, to: number, direction?: 'up' | 'down') {
    const entry = entries[from];
    if (!playlist || !entry || to < 0 || to >= entries.length || from === to) return;
    setNotice(null);
    setMoving(moveItem(entries, from, to).map((candidate) => candidate.id));
    if (direction) setFocusAfterMove({ entryId: entry.id, direction });
    const answer = await move(
      { id: playlist.id, entryId: entry.id, toPosition: to, expectedVersion: playlist.version },
      PLAYLIST,
    );
    if (!answer.data) refused(answer.error, `“${entry.songTitle}” could not be moved`);
  }

  async function removeEntry(entry: PlaylistEntryFieldsFragment) {
    if (!playlist) return;
    setNotice(null);
    const answer = await remove({ id: playlist.id, entryIds: [entry.id], expectedVersion: playlist.version }, PLAYLIST);
    if (!answer.data) refused(answer.error, `“${entry.songTitle}” could not be removed`);
    else setNotice(`Removed “${entry.songTitle}” from the playlist.`);
  }

  if (!playlist) return <MissingPage result={result} missing={NO_PLAYLIST} />;

  return (
    <div className="page">
      <CollectionHeader
        coverUrl={playlist.coverUrl}
        kind={playlist.public ? 'Public playlist' : 'Playlist'}
        name={playlist.name}
        heading={
          renaming ? (
            <RenamePlaylistForm playlist={playlist} onDone={() => setRenaming(false)} onRefused={refused} />
          ) : undefined
        }
        description={playlist.description}
        facts={[
          !mine && playlist.owner?.displayName,
          plural(playlist.songCount, 'song'),
          formatListeningTime(playlist.durationSeconds),
        ]
          .filter(Boolean)
          .join(' · ')}
      />
      <div className="collection-actions">
        <PlayShuffleButtons songs={playable} name={playlist.name} />
        {mine && !renaming && (
          <button type="button" className="button-secondary" onClick={() => setRenaming(true)}>
            Rename
          </button>
        )}
        {mine && (
          <DeleteButton
            label="Delete playlist"
            target={playlist}
            deletion={PLAYLIST_DELETION}
            onDeleted={() => navigate('/')}
          />
        )}
      </div>
      <p className="muted small playlist-notice" role="status">
        {notice}
      </p>
      <PartialNotice show={paged.partial} />

      {paged.firstPage && entries.length === 0 && (
        <EmptyState icon="playlist" title="Nothing here yet" link={{ href: '/', label: 'Go to your library' }}>
          This playlist is empty: add songs from your library with Add to playlist.
        </EmptyState>
      )}

      {entries.length > 0 && (
        <ol ref={list} className="song-list playlist-entries" aria-label={`Songs of ${playlist.name}`}>
          {entries.map((entry, index) => {
            const song = entry.song;
            const isCurrent = Boolean(song && current?.id === song.id);
            // A song missing because the catalog is down is not "removed": the notice says why.
            const removed = entry.songRemoved || (!song && !paged.partial);
            return (
              <li
                key={entry.id}
                data-entry={entry.id}
                className={`song-row playlist-row${isCurrent ? ' current' : ''}${removed ? ' removed' : ''}${drag.over === index && drag.dragging !== index ? ' drop-target' : ''}`}
                {...(mine ? drag.itemProps(index) : {})}
              >
                <RecordedSongCells
                  song={song}
                  recorded={entry}
                  playing={isCurrent && playing}
                  onPlay={() => {
                    if (isCurrent) player.togglePlay();
                    else if (song) player.playQueue(playable, playable.indexOf(song));
                  }}
                  note={removed && <span className="tag tag-muted removed-tag">removed</span>}
                />
                <span className="song-duration muted">
                  {formatDuration(song?.durationSeconds ?? entry.durationSeconds)}
                </span>
                <span className="song-actions">
                  {song && <StarButton kind="SONG" id={song.id} name={song.title} starred={song.starred} />}
                  {song && <SongMenu song={song} />}
                  {mine && (
                    <>
                      <MoveButtons
                        title={entry.songTitle}
                        index={index}
                        count={entries.length}
                        onMove={(from, to, direction) => void moveEntry(from, to, direction)}
                      />
                      <button
                        type="button"
                        className="icon-button small"
                        aria-label={`Remove ${entry.songTitle} from the playlist`}
                        onClick={() => void removeEntry(entry)}
                      >
                        <Icon name="close" size={18} />
                      </button>
                    </>
                  )}
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <InfiniteList
        hasNextPage={paged.hasNextPage}
        loading={paged.loadingMore}
        loadMore={paged.loadMore}
        label="Load more songs"
      />
    </div>
  );
}
