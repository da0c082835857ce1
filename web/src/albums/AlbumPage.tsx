import { useQuery } from 'urql';
import { Link } from 'wouter';
import { graphql } from '../__generated__';
import { SONG_LISTS } from '../graphql/song-lists';
import { SongList } from '../songs/SongList';
import { CollectionHeader } from '../ui/CollectionHeader';
import { formatListeningTime, plural } from '../ui/format';
import { MissingPage, type MissingThing } from '../ui/MissingPage';
import { PartialNotice } from '../ui/PartialNotice';
import { PlayShuffleButtons } from '../ui/PlayShuffleButtons';
import { StarButton } from '../ui/StarButton';
import './albums.css';

const Album = graphql(`
  query Album($id: ID!) {
    album(id: $id) {
      id
      title
      year
      genre
      coverUrl
      durationSeconds
      songCount
      playCount
      starred
      artist {
        id
        name
      }
      songs {
        ...SongFields
        trackNumber
        discNumber
      }
    }
  }
`);

const NO_ALBUM: MissingThing = {
  what: 'album',
  absent: 'There is no such album.',
  wayOut: { href: '/albums', label: 'See every album' },
};

/** An album: its cover, artist and year, and its tracks in disc and track order. */
export function AlbumPage({ params }: { params: { id: string } }) {
  const [result] = useQuery({ query: Album, variables: { id: params.id }, context: SONG_LISTS });
  const album = result.data?.album;

  if (!album) return <MissingPage result={result} missing={NO_ALBUM} />;
  const multiDisc = new Set(album.songs.map((song) => song.discNumber ?? 1)).size > 1;
  return (
    <div className="page">
      <CollectionHeader
        coverUrl={album.coverUrl}
        kind="Album"
        name={album.title}
        facts={
          <>
            <Link href={`/artists/${album.artist.id}`}>{album.artist.name}</Link>
            {[album.year, plural(album.songCount, 'song'), formatListeningTime(album.durationSeconds)]
              .filter(Boolean)
              .map((part) => ` · ${part}`)}
          </>
        }
      />
      <div className="collection-actions">
        <PlayShuffleButtons songs={album.songs} name={album.title} />
        <StarButton kind="ALBUM" id={album.id} name={album.title} starred={album.starred} size={24} />
      </div>
      <PartialNotice show={Boolean(result.error)} />
      <SongList
        songs={album.songs}
        label={`Tracks of ${album.title}`}
        rank={(index) => {
          const song = album.songs[index];
          const track = song?.trackNumber ? String(song.trackNumber) : '–';
          return multiDisc && song?.trackNumber ? `${song.discNumber ?? 1}.${track}` : track;
        }}
      />
    </div>
  );
}
