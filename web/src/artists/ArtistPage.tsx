import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import { AlbumGrid } from '../albums/AlbumGrid';
import { SONG_LISTS } from '../graphql/song-lists';
import { usePlayer } from '../player/PlayerProvider';
import { SongList } from '../songs/SongList';
import { CollectionHeader } from '../ui/CollectionHeader';
import { plural } from '../ui/format';
import { Icon } from '../ui/Icon';
import { MissingPage, type MissingThing } from '../ui/MissingPage';
import { PartialNotice } from '../ui/PartialNotice';
import { StarButton } from '../ui/StarButton';
import '../albums/albums.css';
import './artists.css';

const Artist = graphql(`
  query Artist($id: ID!) {
    artist(id: $id) {
      id
      name
      albumCount
      songCount
      starred
      albums {
        ...AlbumCardFields
      }
      topSongs(first: 10) {
        ...SongFields
      }
    }
  }
`);

const NO_ARTIST: MissingThing = {
  what: 'artist',
  absent: 'There is no such artist.',
  wayOut: { href: '/artists', label: 'See every artist' },
};

/** An artist: their albums, newest first, and their most played songs. */
export function ArtistPage({ params }: { params: { id: string } }) {
  const player = usePlayer();
  const [result] = useQuery({ query: Artist, variables: { id: params.id }, context: SONG_LISTS });
  const artist = result.data?.artist;

  if (!artist) return <MissingPage result={result} missing={NO_ARTIST} />;
  return (
    <div className="page">
      <CollectionHeader
        picture={
          <span className="artist-avatar artist-page-avatar" aria-hidden="true">
            <Icon name="artist" size={72} />
          </span>
        }
        kind="Artist"
        name={artist.name}
        facts={`${plural(artist.albumCount, 'album')} · ${plural(artist.songCount, 'song')}`}
      />
      <div className="collection-actions">
        <button
          type="button"
          className="button-primary"
          disabled={!artist.topSongs.length}
          onClick={() => player.playQueue(artist.topSongs, 0)}
        >
          <Icon name="play" size={18} /> Play top songs
        </button>
        <StarButton kind="ARTIST" id={artist.id} name={artist.name} starred={artist.starred} size={24} />
      </div>
      <PartialNotice show={Boolean(result.error)} />
      <h2 className="page-section">Top songs</h2>
      {artist.topSongs.length ? (
        <SongList songs={artist.topSongs} label={`Top songs of ${artist.name}`} />
      ) : (
        <p className="muted">No songs yet.</p>
      )}
      <h2 className="page-section">Albums</h2>
      {artist.albums.length ? (
        <AlbumGrid albums={artist.albums} label={`Albums of ${artist.name}`} />
      ) : (
        <p className="muted">No albums as album artist.</p>
      )}
    </div>
  );
}
