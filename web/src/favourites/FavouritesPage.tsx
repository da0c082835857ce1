import { type KeyboardEvent, useId, useRef, useState } from 'react';
import type { CombinedError } from 'urql';
import { graphql } from '../__generated__';
import { AlbumGrid } from '../albums/AlbumGrid';
import { ArtistList } from '../artists/ArtistList';
import { usePagedQuery } from '../graphql/use-paged-query';
import { SongList } from '../songs/SongList';
import { EmptyState } from '../ui/EmptyState';
import { plural } from '../ui/format';
import { InfiniteList } from '../ui/InfiniteList';
import { LoadError } from '../ui/LoadError';
import { PartialNotice } from '../ui/PartialNotice';
import './favourites.css';

const FavouriteSongs = graphql(`
  query FavouriteSongs($first: Int, $after: String) {
    me {
      id
      favourites {
        songs(first: $first, after: $after) {
          totalCount
          edges {
            cursor
            starredAt
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
    }
  }
`);

const FavouriteAlbums = graphql(`
  query FavouriteAlbums($first: Int, $after: String) {
    me {
      id
      favourites {
        albums(first: $first, after: $after) {
          totalCount
          edges {
            cursor
            starredAt
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
    }
  }
`);

const FavouriteArtists = graphql(`
  query FavouriteArtists($first: Int, $after: String) {
    me {
      id
      favourites {
        artists(first: $first, after: $after) {
          totalCount
          edges {
            cursor
            starredAt
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
    }
  }
`);

const TABS = [
  { id: 'songs', label: 'Songs' },
  { id: 'albums', label: 'Albums' },
  { id: 'artists', label: 'Artists' },
] as const;
type Tab = (typeof TABS)[number]['id'];

const PAGE_SIZE = 50;
// Starring and unstarring anywhere changes these lists.
const FAVOURITES = { additionalTypenames: ['Song', 'Album', 'Artist', 'Favourites'] };
const EMPTY = 'Star songs, albums and artists to find them here.';

/** What the viewer starred, newest first, in three tabs. */
export function FavouritesPage() {
  const [tab, setTab] = useState<Tab>('songs');
  const tabsId = useId();
  const tabs = useRef<HTMLDivElement>(null);

  function onKeyDown(event: KeyboardEvent) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = TABS[(TABS.findIndex((candidate) => candidate.id === tab) + step + TABS.length) % TABS.length];
    if (!next) return;
    setTab(next.id);
    tabs.current?.querySelector<HTMLElement>(`#${CSS.escape(`${tabsId}-${next.id}`)}`)?.focus();
  }

  return (
    <div className="page">
      <div className="page-header">
        <h1>Favourites</h1>
        <p className="muted">What you starred, newest first.</p>
      </div>
      <div ref={tabs} role="tablist" aria-label="Favourites" className="tabs" onKeyDown={onKeyDown}>
        {TABS.map((candidate) => (
          <button
            key={candidate.id}
            id={`${tabsId}-${candidate.id}`}
            type="button"
            role="tab"
            aria-selected={tab === candidate.id}
            aria-controls={`${tabsId}-panel`}
            tabIndex={tab === candidate.id ? 0 : -1}
            className={`tab${tab === candidate.id ? ' selected' : ''}`}
            onClick={() => setTab(candidate.id)}
          >
            {candidate.label}
          </button>
        ))}
      </div>
      <div id={`${tabsId}-panel`} role="tabpanel" aria-labelledby={`${tabsId}-${tab}`}>
        {tab === 'songs' && <Songs />}
        {tab === 'albums' && <Albums />}
        {tab === 'artists' && <Artists />}
      </div>
    </div>
  );
}

function Songs() {
  const paged = usePagedQuery({
    query: FavouriteSongs,
    variables: { first: PAGE_SIZE },
    context: FAVOURITES,
    connection: (data) => data.me?.favourites?.songs,
  });
  return (
    <Favourites paged={paged} noun="song">
      <SongList songs={paged.nodes} label="Starred songs" />
    </Favourites>
  );
}

function Albums() {
  const paged = usePagedQuery({
    query: FavouriteAlbums,
    variables: { first: PAGE_SIZE },
    context: FAVOURITES,
    connection: (data) => data.me?.favourites?.albums,
  });
  return (
    <Favourites paged={paged} noun="album">
      <AlbumGrid albums={paged.nodes} label="Starred albums" />
    </Favourites>
  );
}

function Artists() {
  const paged = usePagedQuery({
    query: FavouriteArtists,
    variables: { first: PAGE_SIZE },
    context: FAVOURITES,
    connection: (data) => data.me?.favourites?.artists,
  });
  return (
    <Favourites paged={paged} noun="artist">
      <ArtistList artists={paged.nodes} label="Starred artists" />
    </Favourites>
  );
}

/** What every tab shows around its list: loading, failure, emptiness, more pages. */
function Favourites({
  paged,
  noun,
  children,
}: {
  paged: {
    result: { error?: CombinedError };
    firstPage?: { totalCount?: number };
    nodes: unknown[];
    partial: boolean;
    hasNextPage: boolean;
    loadingMore: boolean;
    loadMore(): void;
  };
  noun: string;
  children: React.ReactNode;
}) {
  const { result, firstPage, nodes } = paged;
  return (
    <>
      {result.error && !firstPage && <LoadError what="Your favourites" error={result.error} />}
      <PartialNotice show={paged.partial} />
      {firstPage && nodes.length === 0 && (
        <EmptyState icon="star" title={`No starred ${noun}s yet`}>
          {EMPTY}
        </EmptyState>
      )}
      {firstPage && nodes.length > 0 && (
        <>
          <p className="muted small">{plural(firstPage.totalCount ?? nodes.length, `starred ${noun}`)}</p>
          {children}
        </>
      )}
      <InfiniteList
        hasNextPage={paged.hasNextPage}
        loading={paged.loadingMore}
        loadMore={paged.loadMore}
        label={`Load more ${noun}s`}
      />
    </>
  );
}
