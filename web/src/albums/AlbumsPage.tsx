import { useId, useState } from 'react';
import { graphql } from '../__generated__';
import type { AlbumSort } from '../__generated__/graphql';
import { usePagedQuery } from '../graphql/use-paged-query';
import { EmptyState } from '../ui/EmptyState';
import { plural } from '../ui/format';
import { InfiniteList } from '../ui/InfiniteList';
import { LoadError } from '../ui/LoadError';
import { PartialNotice } from '../ui/PartialNotice';
import { AlbumGrid } from './AlbumGrid';

const Albums = graphql(`
  query Albums($sort: AlbumSort, $first: Int, $after: String) {
    albums(sort: $sort, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...AlbumCardFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const SORTS: Array<{ value: AlbumSort; label: string }> = [
  { value: 'NEWEST', label: 'Recently added' },
  { value: 'NAME', label: 'Title' },
  { value: 'ARTIST', label: 'Artist' },
  { value: 'YEAR', label: 'Year' },
  { value: 'MOST_PLAYED', label: 'Most played' },
];
const PAGE_SIZE = 48;
// Uploads, edits and deletes change the albums; plays change MOST_PLAYED.
export const SONG_LISTS = { additionalTypenames: ['Song'] };

export function AlbumsPage() {
  const sortId = useId();
  const [sort, setSort] = useState<AlbumSort>('NEWEST');
  const paged = usePagedQuery({
    query: Albums,
    variables: { sort, first: PAGE_SIZE },
    context: SONG_LISTS,
    connection: (data) => data.albums,
  });
  const { result, firstPage, nodes: albums } = paged;

  return (
    <div className="page">
      <div className="page-header">
        <h1>Albums</h1>
        <p className="muted" role="status">
          {firstPage && plural(firstPage.totalCount ?? albums.length, 'album')}
        </p>
      </div>
      <div className="toolbar">
        <span className="toolbar-select">
          <label htmlFor={sortId}>Sort by</label>
          <select id={sortId} value={sort} onChange={(event) => setSort(event.target.value as AlbumSort)}>
            {SORTS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </span>
      </div>
      {result.error && !firstPage && <LoadError what="The albums" error={result.error} />}
      <PartialNotice show={paged.partial} />
      {firstPage && albums.length === 0 && (
        <EmptyState icon="album" title="No albums yet">
          Upload songs tagged with an album and they are grouped here.
        </EmptyState>
      )}
      {albums.length > 0 && <AlbumGrid albums={albums} label="Albums" />}
      <InfiniteList
        hasNextPage={paged.hasNextPage}
        loading={paged.loadingMore}
        loadMore={paged.loadMore}
        label="Load more albums"
      />
    </div>
  );
}
