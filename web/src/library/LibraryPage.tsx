import { useId, useState } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { graphql } from '../__generated__';
import type { SongFieldsFragment } from '../__generated__/graphql';
import { usePagedQuery } from '../graphql/use-paged-query';
import { SongEditor } from '../songs/SongEditor';
import { SongList } from '../songs/SongList';
import { plural } from '../ui/format';
import { Icon } from '../ui/Icon';
import { LoadMore } from '../ui/LoadMore';
import { PartialNotice } from '../ui/PartialNotice';
import { SearchMatches } from './SearchMatches';
import { useDebounced } from './use-debounced';
import './library.css';

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

// Song lists must refresh after uploads, edits and deletes, even when they were empty.
const SONG_LISTS = { additionalTypenames: ['Song'] };

export function LibraryPage() {
  const searchId = useId();
  const genreId = useId();
  const [search, setSearch] = useState('');
  const [genre, setGenre] = useState('');
  const query = useDebounced(search.trim(), SEARCH_DELAY_MS);
  const variables = { query: query || null, genre: genre || null, first: PAGE_SIZE };
  const paged = usePagedQuery({
    query: LibrarySongs,
    variables,
    context: SONG_LISTS,
    connection: (data) => data.songs,
  });
  const { result, firstPage: connection, nodes: songs, hasNextPage, loadingMore, loadMore } = paged;
  const [genres] = useQuery({ query: Genres, context: SONG_LISTS });
  const [editing, setEditing] = useState<{ song: SongFieldsFragment; mode: 'edit' | 'delete' } | null>(null);

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

      <PartialNotice show={paged.partial} />

      {query && <SearchMatches query={query} />}

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

      {hasNextPage && <LoadMore label="Load more songs" loading={loadingMore} onLoad={loadMore} />}

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
      <p className="muted">
        Upload MP3, FLAC, M4A, Ogg, Opus or WAV files from your computer and they will show up here, ready to play.
      </p>
      <Link href="/upload" className="button-primary">
        Upload music
      </Link>
    </div>
  );
}
