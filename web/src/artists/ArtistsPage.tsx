import { useId, useState } from 'react';
import { graphql } from '../__generated__';
import { usePagedQuery } from '../graphql/use-paged-query';
import { useDebounced } from '../library/use-debounced';
import { plural } from '../ui/format';
import { Icon } from '../ui/Icon';
import { InfiniteList } from '../ui/InfiniteList';
import { PartialNotice } from '../ui/PartialNotice';
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
  const searchId = useId();
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
        <div className="search-field">
          <Icon name="search" />
          <label htmlFor={searchId} className="visually-hidden">
            Search artists
          </label>
          <input
            id={searchId}
            type="search"
            placeholder="Search artists"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
      </form>
      {result.error && !firstPage && (
        <p className="form-error" role="alert">
          The artists could not be loaded: {result.error.graphQLErrors[0]?.message ?? 'the server did not answer'}.
        </p>
      )}
      <PartialNotice show={paged.partial} />
      {firstPage && artists.length === 0 && (
        <div className="empty">
          <Icon name="artist" size={40} />
          <h2>{query ? 'No artists match' : 'No artists yet'}</h2>
          <p className="muted">
            {query ? 'Try another word or check the spelling.' : 'Upload songs and their artists show up here.'}
          </p>
        </div>
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
