import { useQuery } from 'urql';
import { graphql } from '../__generated__';

const MyPlaylists = graphql(`
  query MyPlaylists {
    me {
      id
      playlists(first: 100) {
        totalCount
        edges {
          node {
            id
            name
            songCount
            version
          }
        }
      }
    }
  }
`);

// Creating, renaming, deleting and adding to playlists all answer a Playlist.
export const PLAYLISTS = { additionalTypenames: ['Playlist'] };

/** The viewer's playlists, newest updated first; null while loading or when the library service is down. */
export function usePlaylists() {
  const [result] = useQuery({ query: MyPlaylists, context: PLAYLISTS });
  const playlists = result.data?.me?.playlists?.edges.map((edge) => edge.node) ?? null;
  return { playlists, unavailable: Boolean(result.data && !result.data.me?.playlists) };
}
