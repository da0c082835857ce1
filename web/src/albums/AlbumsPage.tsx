import { useState } from 'react';
import { graphql } from '../__generated__';
import type { AlbumSort } from '../__generated__/graphql';
import { SONG_LISTS } from '../graphql/song-lists';
import { usePagedQuery } from '../graphql/use-paged-query';
import { EmptyState } from '../ui/EmptyState';
import { LabelledSelect, type SelectOption } from '../ui/LabelledSelect';
import { PagedListBody, pagedCount } from '../ui/PagedListBody';
import { PageHeader } from '../ui/PageHeader';
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

const SORTS: Array<SelectOption<AlbumSort>> = [
  { id: 'NEWEST', label: 'Recently added' },
  { id: 'NAME', label: 'Title' },
  { id: 'ARTIST', label: 'Artist' },
  { id: 'YEAR', label: 'Year' },
  { id: 'MOST_PLAYED', label: 'Most played' },
];
const PAGE_SIZE = 48;

export function AlbumsPage() {
  const [sort, setSort] = useState<AlbumSort>('NEWEST');
  const paged = usePagedQuery({
    query: Albums,
    variables: { sort, first: PAGE_SIZE },
    context: SONG_LISTS,
    connection: (data) => data.albums,
  });

  return (
    <div className="page">
      <PageHeader title="Albums" live>
        {pagedCount(paged, 'album')}
      </PageHeader>
      <div className="toolbar">
        <span className="toolbar-select">
          <LabelledSelect label="Sort by" options={SORTS} value={sort} onChange={setSort} />
        </span>
      </div>
      <PagedListBody
        paged={paged}
        what="The albums"
        empty={
          <EmptyState icon="album" title="No albums yet">
            Upload songs tagged with an album and they are grouped here.
          </EmptyState>
        }
        loadMoreLabel="Load more albums"
      >
        <AlbumGrid albums={paged.nodes} label="Albums" />
      </PagedListBody>
    </div>
  );
}
