import { type ReactNode, useId } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import { AlbumGrid } from '../albums/AlbumGrid';
import { ArtistList } from '../artists/ArtistList';
import { SONG_LISTS } from '../graphql/song-lists';
import '../artists/artists.css';

const Search = graphql(`
  query Search($query: String!, $first: Int) {
    search(query: $query, first: $first) {
      __typename
      ... on Album {
        ...AlbumCardFields
      }
      ... on Artist {
        ...ArtistRowFields
      }
    }
  }
`);

const SEARCH_SIZE = 20;

/** The albums and artists a library search finds, shown above the songs it finds. */
export function SearchMatches({ query }: { query: string }) {
  const [result] = useQuery({ query: Search, variables: { query, first: SEARCH_SIZE }, context: SONG_LISTS });
  const matches = result.data?.search ?? [];
  const albums = matches.flatMap((match) => (match.__typename === 'Album' ? [match] : []));
  const artists = matches.flatMap((match) => (match.__typename === 'Artist' ? [match] : []));
  return (
    <>
      {artists.length > 0 && (
        <MatchSection title="Artists">
          <ArtistList artists={artists} label="Matching artists" />
        </MatchSection>
      )}
      {albums.length > 0 && (
        <MatchSection title="Albums">
          <AlbumGrid albums={albums} label="Matching albums" />
        </MatchSection>
      )}
      {(albums.length > 0 || artists.length > 0) && <h2 className="page-section">Songs</h2>}
    </>
  );
}

function MatchSection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="page-section">
        {title}
      </h2>
      {children}
    </section>
  );
}
