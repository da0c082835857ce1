import { useEffect, useId, useMemo, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { Link } from 'wouter';
import { graphql } from '../__generated__';
import type { SongFieldsFragment } from '../__generated__/graphql';
import { SongEditor } from '../songs/SongEditor';
import { SongList } from '../songs/SongList';
import { plural } from '../ui/format';
import { Icon } from '../ui/Icon';
import { PartialNotice } from '../ui/PartialNotice';
import { useDebounced } from './use-debounced';

const PAGE_SIZE = 50;
const SEARCH_DELAY_MS = 250;

const LibrarySongs = graphql(`
  query LibrarySongs($query: String, $genre: String, $first: Int, $after: String) {
    songs(query: $query, genre: $genre, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...SongFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const Genres = graphql(`
  query Genres {
    genres
  }
`);

interface ExtraPages {
  /** The first page these were loaded after; a different first page makes them stale. */
  key: string;
  songs: SongFieldsFragment[];
  endCursor: string | null;
  hasNextPage: boolean;
  /** A page came with errors as well as songs (a service behind some fields was down). */
  partial: boolean;
}

// Song lists must refresh after uploads, edits and deletes, even when they were empty.
const SONG_LISTS = { additionalTypenames: ['Song'] };

export function LibraryPage() {
  const client = useClient();
  const searchId = useId();
  const genreId = useId();
  const [search, setSearch] = useState('');
  const [genre, setGenre] = useState('');
  const query = useDebounced(search.trim(), SEARCH_DELAY_MS);
  const variables = { query: query || null, genre: genre || null, first: PAGE_SIZE };
  const [result] = useQuery({ query: LibrarySongs, variables, context: SONG_LISTS });
  const [genres] = useQuery({ query: Genres, context: SONG_LISTS });
  const [extra, setExtra] = useState<ExtraPages | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [editing, setEditing] = useState<{ song: SongFieldsFragment; mode: 'edit' | 'delete' } | null>(null);

  const connection = result.data?.songs;
  const firstPageKey = JSON.stringify([variables, connection?.pageInfo.endCursor, connection?.totalCount]);
  const pages = extra?.key === firstPageKey ? extra : null;
  const songs = useMemo(() => {
    const first = connection?.edges.map((edge) => edge.node) ?? [];
    const seen = new Set(first.map((song) => song.id));
    return [...first, ...(pages?.songs.filter((song) => !seen.has(song.id)) ?? [])];
  }, [connection, pages]);
  const hasNextPage = pages ? pages.hasNextPage : (connection?.pageInfo.hasNextPage ?? false);
  const endCursor = pages ? pages.endCursor : (connection?.pageInfo.endCursor ?? null);

  // A new search or filter starts again from the first page.
  useEffect(() => {
    setExtra((current) => (current?.key === firstPageKey ? current : null));
  }, [firstPageKey]);

  async function loadMore() {
    if (!endCursor) return;
    setLoadingMore(true);
    const next = await client.query(LibrarySongs, { ...variables, after: endCursor }, SONG_LISTS).toPromise();
    setLoadingMore(false);
    const page = next.data?.songs;
    if (!page) return;
    setExtra({
      key: firstPageKey,
      songs: [...(pages?.songs ?? []), ...page.edges.map((edge) => edge.node)],
      endCursor: page.pageInfo.endCursor ?? null,
      hasNextPage: page.pageInfo.hasNextPage,
      partial: Boolean(pages?.partial || next.error),
    });
  }

  const filtering = Boolean(query || genre);
  const total = connection?.totalCount ?? 0;
  const searching = search.trim() !== query || (result.fetching && !connection);

  return (
    <div className="page">
      <div className="page-header">
        <h1>Library</h1>
        <p className="muted" aria-live="polite" role="status">
          {connection &&
            !searching &&
            (filtering ? `${plural(total, 'result')}${query ? ` for “${query}”` : ''}` : plural(total, 'song'))}
        </p>
      </div>

      {/* biome-ignore lint/a11y/useSemanticElements: <search> is unknown to Safari before 17; a search form is the portable landmark */}
      <form role="search" className="toolbar" onSubmit={(event) => event.preventDefault()}>
        <div className="search-field">
          <Icon name="search" />
          <label htmlFor={searchId} className="visually-hidden">
            Search songs
          </label>
          <input
            id={searchId}
            type="search"
            placeholder="Search titles, artists and albums"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        <label htmlFor={genreId} className="visually-hidden">
          Genre
        </label>
        <select id={genreId} value={genre} onChange={(event) => setGenre(event.target.value)}>
          <option value="">All genres</option>
          {(genres.data?.genres ?? []).map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </form>

      {result.error && !connection && (
        <p className="form-error" role="alert">
          The library could not be loaded: {result.error.graphQLErrors[0]?.message ?? 'the server did not answer'}.
        </p>
      )}

      <PartialNotice show={Boolean(connection && (result.error || pages?.partial))} />

      {connection && songs.length === 0 && !searching && (
        <EmptyLibrary
          filtering={filtering}
          onClear={() => {
            setSearch('');
            setGenre('');
          }}
        />
      )}

      {songs.length > 0 && (
        <SongList
          songs={songs}
          label="Songs"
          onEdit={(song) => setEditing({ song, mode: 'edit' })}
          onDelete={(song) => setEditing({ song, mode: 'delete' })}
        />
      )}

      {hasNextPage && (
        <div className="load-more">
          <button type="button" className="button-secondary" onClick={loadMore} disabled={loadingMore}>
            {loadingMore ? 'Loading…' : 'Load more songs'}
          </button>
        </div>
      )}

      {editing && <SongEditor song={editing.song} mode={editing.mode} onClose={() => setEditing(null)} />}
    </div>
  );
}

function EmptyLibrary({ filtering, onClear }: { filtering: boolean; onClear(): void }) {
  if (filtering) {
    return (
      <div className="empty">
        <Icon name="search" size={40} />
        <h2>No songs match</h2>
        <p className="muted">Try another word, check the spelling, or look in every genre.</p>
        <button type="button" className="button-secondary" onClick={onClear}>
          Clear search and filter
        </button>
      </div>
    );
  }
  return (
    <div className="empty">
      <Icon name="library" size={40} />
      <h2>Your library is empty</h2>
      <p className="muted">Upload MP3 files from your computer and they will show up here, ready to play.</p>
      <Link href="/upload" className="button-primary">
        Upload music
      </Link>
    </div>
  );
}
