import { useState } from 'react';
import { graphql } from '../__generated__';
import { SONG_LISTS } from '../graphql/song-lists';
import { usePagedQuery } from '../graphql/use-paged-query';
import { useDebounced } from '../library/use-debounced';
import { EmptyState } from '../ui/EmptyState';
import { PagedListBody, pagedCount } from '../ui/PagedListBody';
import { PageHeader } from '../ui/PageHeader';
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

export function ArtistsPage() {
  const [search, setSearch] = useState('');
  const query = useDebounced(search.trim(), SEARCH_DELAY_MS);
  const paged = usePagedQuery({
    query: Artists,
    variables: { query: query || null, first: PAGE_SIZE },
    context: SONG_LISTS,
    connection: (data) => data.artists,
  });

  return (
    <div className="page">
      <PageHeader title="Artists" live>
        {pagedCount(paged, 'artist')}
      </PageHeader>
      {/* biome-ignore lint/a11y/useSemanticElements: as on the library page, a search form is the portable landmark */}
      <form role="search" className="toolbar" onSubmit={(event) => event.preventDefault()}>
        <SearchField label="Search artists" placeholder="Search artists" value={search} onChange={setSearch} />
      </form>
      <PagedListBody
        paged={paged}
        what="The artists"
        empty={
          <EmptyState icon="artist" title={query ? 'No artists match' : 'No artists yet'}>
            {query ? 'Try another word or check the spelling.' : 'Upload songs and their artists show up here.'}
          </EmptyState>
        }
        loadMoreLabel="Load more artists"
      >
        <ArtistList artists={paged.nodes} label="Artists" />
      </PagedListBody>
    </div>
  );
}
