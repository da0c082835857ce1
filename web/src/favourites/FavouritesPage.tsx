import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from 'react';
import type { TypedDocumentNode } from 'urql';
import { graphql } from '../__generated__';
import type { FavouriteSongsQueryVariables } from '../__generated__/graphql';
import { AlbumGrid } from '../albums/AlbumGrid';
import { ArtistList } from '../artists/ArtistList';
import { type Connection, usePagedQuery } from '../graphql/use-paged-query';
import { SongList } from '../songs/SongList';
import { EmptyState } from '../ui/EmptyState';
import { PagedListBody, pagedCount } from '../ui/PagedListBody';
import { PageHeader } from '../ui/PageHeader';
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
/** Every tab's query pages the same way: `first`, then `after`. */
type FavouritesPageVariables = FavouriteSongsQueryVariables;
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
      <PageHeader title="Favourites">What you starred, newest first.</PageHeader>
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
        {tab === 'songs' && (
          <FavouriteTab
            query={FavouriteSongs}
            connection={(data) => data.me?.favourites?.songs}
            noun="song"
            list={(songs) => <SongList songs={songs} label="Starred songs" />}
          />
        )}
        {tab === 'albums' && (
          <FavouriteTab
            query={FavouriteAlbums}
            connection={(data) => data.me?.favourites?.albums}
            noun="album"
            list={(albums) => <AlbumGrid albums={albums} label="Starred albums" />}
          />
        )}
        {tab === 'artists' && (
          <FavouriteTab
            query={FavouriteArtists}
            connection={(data) => data.me?.favourites?.artists}
            noun="artist"
            list={(artists) => <ArtistList artists={artists} label="Starred artists" />}
          />
        )}
      </div>
    </div>
  );
}

/** One tab: a list of starred things, newest first, with the count above it. */
function FavouriteTab<Data, Page extends Connection<{ id: string }>>({
  query,
  connection,
  noun,
  list,
}: {
  query: TypedDocumentNode<Data, FavouritesPageVariables>;
  connection(data: Data): Page | null | undefined;
  noun: string;
  list(nodes: Array<Page['edges'][number]['node']>): ReactNode;
}) {
  const paged = usePagedQuery({ query, variables: { first: PAGE_SIZE }, context: FAVOURITES, connection });
  return (
    <PagedListBody
      paged={paged}
      what="Your favourites"
      empty={
        <EmptyState icon="star" title={`No starred ${noun}s yet`}>
          {EMPTY}
        </EmptyState>
      }
      loadMoreLabel={`Load more ${noun}s`}
    >
      <p className="muted small">{pagedCount(paged, `starred ${noun}`)}</p>
      {list(paged.nodes)}
    </PagedListBody>
  );
}
