import { plural } from '../ui/format';
import { LinkRowList } from '../ui/LinkRowList';

/** Artists as rows, each a link to the artist's page. */
export function ArtistList({
  artists,
  label,
}: {
  artists: Array<{ id: string; name: string; albumCount: number; songCount: number }>;
  label: string;
}) {
  const rows = artists.map((artist) => ({
    id: artist.id,
    href: `/artists/${artist.id}`,
    name: artist.name,
    detail: `${plural(artist.albumCount, 'album')} · ${plural(artist.songCount, 'song')}`,
  }));
  return <LinkRowList rows={rows} icon="artist" label={label} />;
}
