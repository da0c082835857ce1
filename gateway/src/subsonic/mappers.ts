import type { SubsonicAlbumFragment, SubsonicArtistFragment, SubsonicSongFragment } from './__generated__/graphql.js';
import { albumId, artistId, songId } from './ids.js';
import type { AlbumID3, ArtistID3, Child, ReplayGain } from './shapes.js';

const starredAt = (item: { starredAt?: string | null }): string | undefined => item.starredAt ?? undefined;

/** A path clients may show or use to group files; it names no real file on the server. */
const pathOf = (song: SubsonicSongFragment) =>
  `${safeSegment(song.albumArtist)}/${safeSegment(song.album ?? 'Unknown album')}/${song.trackNumber ? `${String(song.trackNumber).padStart(2, '0')} - ` : ''}${safeSegment(song.title)}.${song.fileExtension}`;

const safeSegment = (name: string) => name.replace(/[/\\]/g, '_');

export function childOfSong(song: SubsonicSongFragment, starred = starredAt(song)): Child {
  return {
    id: songId(song.id),
    ...(song.albumId ? { parent: albumId(song.albumId) } : {}),
    isDir: false,
    title: song.title,
    album: song.album ?? undefined,
    artist: song.artist,
    track: song.trackNumber ?? undefined,
    year: song.releaseYear ?? undefined,
    genre: song.genre ?? undefined,
    coverArt: song.coverUrl ? songId(song.id) : undefined,
    size: song.sizeBytes,
    contentType: song.mimeType,
    suffix: song.fileExtension,
    duration: Math.round(song.durationSeconds),
    bitRate: song.bitrateKbps ?? undefined,
    path: pathOf(song),
    playCount: song.playCount ?? 0,
    discNumber: song.discNumber ?? undefined,
    created: song.createdAt,
    starred,
    albumId: song.albumId ? albumId(song.albumId) : undefined,
    artistId: artistId(song.artistId),
    type: 'music',
    mediaType: 'song',
    sortName: song.titleSort ?? undefined,
    bitDepth: song.bitDepth ?? undefined,
    samplingRate: song.sampleRateHz ?? undefined,
    channelCount: song.channels ?? undefined,
    displayArtist: song.artist,
    displayAlbumArtist: song.albumArtist,
    genres: song.genre ? [{ name: song.genre }] : [],
    ...(song.loudness ? { replayGain: replayGainOf(song.loudness) } : {}),
  };
}

function replayGainOf(loudness: NonNullable<SubsonicSongFragment['loudness']>): ReplayGain {
  return {
    trackGain: loudness.trackGainDb,
    trackPeak: loudness.trackPeak,
    ...(loudness.albumGainDb == null ? {} : { albumGain: loudness.albumGainDb }),
    ...(loudness.albumPeak == null ? {} : { albumPeak: loudness.albumPeak }),
  };
}

export function albumOf(album: SubsonicAlbumFragment, starred = starredAt(album)): AlbumID3 {
  return {
    id: albumId(album.id),
    name: album.title,
    artist: album.artist.name,
    artistId: artistId(album.artist.id),
    coverArt: album.coverUrl ? albumId(album.id) : undefined,
    songCount: album.songCount,
    duration: Math.round(album.durationSeconds),
    playCount: album.playCount,
    created: album.createdAt,
    starred,
    year: album.year ?? undefined,
    genre: album.genre ?? undefined,
    displayArtist: album.artist.name,
    genres: album.genre ? [{ name: album.genre }] : [],
  };
}

export function artistOf(artist: SubsonicArtistFragment, starred = starredAt(artist)): ArtistID3 {
  return {
    id: artistId(artist.id),
    name: artist.name,
    albumCount: artist.albumCount,
    starred,
  };
}

/** A Subsonic directory entry for an album (getMusicDirectory shows albums as folders). */
export function albumAsChild(album: SubsonicAlbumFragment): Child {
  return {
    id: albumId(album.id),
    parent: artistId(album.artist.id),
    isDir: true,
    title: album.title,
    album: album.title,
    artist: album.artist.name,
    year: album.year ?? undefined,
    genre: album.genre ?? undefined,
    coverArt: album.coverUrl ? albumId(album.id) : undefined,
    duration: Math.round(album.durationSeconds),
    playCount: album.playCount,
    created: album.createdAt,
    starred: starredAt(album),
    albumId: albumId(album.id),
    artistId: artistId(album.artist.id),
    mediaType: 'album',
  };
}
