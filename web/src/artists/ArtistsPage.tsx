import { useState } from 'react';
import { graphql } from '../__generated__';
import { usePagedQuery } from '../graphql/use-paged-query';
import { useDebounced } from '../library/use-debounced';
import { EmptyState } from '../ui/EmptyState';
import { plural } from '../ui/format';
import { InfiniteList } from '../ui/InfiniteList';
import { LoadError } from '../ui/LoadError';
import { PartialNotice } from '../ui/PartialNotice';
import { SearchField } from '../ui/SearchField';
import { ArtistList } from './ArtistList';
import './artists.css';

const Artists = graphql(`
  query Artists($query: String, $first: Int, $after: String) {
    artists(query: $query, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...ArtistRowFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ArtistRowFields = graphql(`
  fragment ArtistRowFields on Artist {
    id
    name
    albumCount
    songCount
  }
`);

const PAGE_SIZE = 50;
const SEARCH_DELAY_MS = 250;
const SONG_LISTS = { additionalTypenames: ['Song'] };

export function ArtistsPage() {
  const [search, setSearch] = useState('');
  const query = useDebounced(search.trim(), SEARCH_DELAY_MS);
  const paged = usePagedQuery({
    query: Artists,
    variables: { query: query || null, first: PAGE_SIZE },
    context: SONG_LISTS,
    connection: (data) => data.artists,
  });
  const { result, firstPage, nodes: artists } = paged;

  return (
    <div className="page">
      <div className="page-header">
        <h1>Artists</h1>
        <p className="muted" role="status">
          {firstPage && plural(firstPage.totalCount ?? artists.length, 'artist')}
        </p>
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: as on the library page, a search form is the portable landmark */}
      <form role="search" className="toolbar" onSubmit={(event) => event.preventDefault()}>
        <SearchField label="Search artists" placeholder="Search artists" value={search} onChange={setSearch} />
      </form>
      {result.error && !firstPage && <LoadError what="The artists" error={result.error} />}
      <PartialNotice show={paged.partial} />
      {firstPage && artists.length === 0 && (
        <EmptyState icon="artist" title={query ? 'No artists match' : 'No artists yet'}>
          {query ? 'Try another word or check the spelling.' : 'Upload songs and their artists show up here.'}
        </EmptyState>
      )}
      {artists.length > 0 && <ArtistList artists={artists} label="Artists" />}
      <InfiniteList
        hasNextPage={paged.hasNextPage}
        loading={paged.loadingMore}
        loadMore={paged.loadMore}
        label="Load more artists"
      />
    </div>
  );
}
