import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import type { SongFieldsFragment } from '../__generated__/graphql';
import { SONG_LISTS } from '../graphql/song-lists';
import { usePagedQuery } from '../graphql/use-paged-query';
import { SongEditor } from '../songs/SongEditor';
import { SongList } from '../songs/SongList';
import { EmptyState } from '../ui/EmptyState';
import { plural } from '../ui/format';
import { LabelledSelect } from '../ui/LabelledSelect';
import { LoadError } from '../ui/LoadError';
import { LoadMore } from '../ui/LoadMore';
import { PageHeader } from '../ui/PageHeader';
import { PartialNotice } from '../ui/PartialNotice';
import { SearchField } from '../ui/SearchField';
import { SearchMatches } from './SearchMatches';
import { useDebounced } from './use-debounced';
import './library.css';

const PAGE_SIZE = 50;
const SEARCH_DELAY_MS = 250;
const ALL_GENRES = { id: '', label: 'All genres' };

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

export function LibraryPage() {
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
      <PageHeader title="Library" live>
        {connection &&
          !searching &&
          (filtering ? `${plural(total, 'result')}${query ? ` for “${query}”` : ''}` : plural(total, 'song'))}
      </PageHeader>

      {/* biome-ignore lint/a11y/useSemanticElements: <search> is unknown to Safari before 17; a search form is the portable landmark */}
      <form role="search" className="toolbar" onSubmit={(event) => event.preventDefault()}>
        <SearchField
          label="Search songs"
          placeholder="Search titles, artists and albums"
          value={search}
          onChange={setSearch}
        />
        <LabelledSelect
          label="Genre"
          hideLabel
          options={[ALL_GENRES, ...(genres.data?.genres ?? []).map((name) => ({ id: name, label: name }))]}
          value={genre}
          onChange={setGenre}
        />
      </form>

      {result.error && !connection && <LoadError what="The library" error={result.error} />}

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
      <EmptyState
        icon="search"
        title="No songs match"
        action={
          <button type="button" className="button-secondary" onClick={onClear}>
            Clear search and filter
          </button>
        }
      >
        Try another word, check the spelling, or look in every genre.
      </EmptyState>
    );
  }
  return (
    <EmptyState icon="library" title="Your library is empty" link={{ href: '/upload', label: 'Upload music' }}>
      Upload MP3, FLAC, M4A, Ogg, Opus or WAV files from your computer and they will show up here, ready to play.
    </EmptyState>
  );
}
