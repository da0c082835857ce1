import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import { SMART_PLAYLISTS } from './smart-playlist-fields';

const MySmartPlaylists = graphql(`
  query MySmartPlaylists {
    me {
      id
      smartPlaylists {
        id
        name
        songCount
      }
    }
  }
`);

/** The viewer's smart playlists, newest first; null while loading or when the library service is down. */
export function useSmartPlaylists() {
  const [result] = useQuery({ query: MySmartPlaylists, context: SMART_PLAYLISTS });
  const smartPlaylists = result.data?.me?.smartPlaylists ?? null;
  return {
    smartPlaylists,
    unavailable: Boolean(result.data && !result.data.me?.smartPlaylists),
    error: result.data ? undefined : result.error,
  };
}
