/**
 * The Subsonic response shapes we answer (subsonic-rest-api-1.16.1.xsd with the OpenSubsonic
 * additions), in their JSON form: scalars become XML attributes, objects and arrays child elements,
 * `value` an element's text.
 */

export interface Child {
  id: string;
  parent?: string;
  isDir: boolean;
  title: string;
  album?: string;
  artist?: string;
  track?: number;
  year?: number;
  genre?: string;
  coverArt?: string;
  size?: number;
  contentType?: string;
  suffix?: string;
  duration?: number;
  bitRate?: number;
  path?: string;
  playCount?: number;
  played?: string;
  discNumber?: number;
  created?: string;
  starred?: string;
  albumId?: string;
  artistId?: string;
  type?: 'music';
  // OpenSubsonic
  mediaType?: 'song' | 'album' | 'artist';
  sortName?: string;
  bitDepth?: number;
  samplingRate?: number;
  channelCount?: number;
  displayArtist?: string;
  displayAlbumArtist?: string;
  genres?: ItemGenre[];
  replayGain?: ReplayGain;
}

/** OpenSubsonic: in dB and linear peaks; a gain the server does not know is left out. */
export interface ReplayGain {
  trackGain?: number;
  albumGain?: number;
  trackPeak?: number;
  albumPeak?: number;
}

/** getLyricsBySongId (OpenSubsonic songLyrics); `start` (ms) only on synced lines. */
export interface StructuredLyrics {
  displayArtist?: string;
  displayTitle?: string;
  lang: string;
  synced: boolean;
  offset?: number;
  line: Array<{ start?: number; value: string }>;
}

/** getLyrics: the text is the element's `value`. */
export interface SubsonicLyrics {
  artist?: string;
  title?: string;
  value?: string;
}

export interface ItemGenre {
  name: string;
}

export interface AlbumID3 {
  id: string;
  name: string;
  artist?: string;
  artistId?: string;
  coverArt?: string;
  songCount: number;
  duration: number;
  playCount?: number;
  created: string;
  starred?: string;
  year?: number;
  genre?: string;
  // OpenSubsonic
  played?: string;
  sortName?: string;
  genres?: ItemGenre[];
  displayArtist?: string;
}

export interface AlbumWithSongsID3 extends AlbumID3 {
  song: Child[];
}

export interface ArtistID3 {
  id: string;
  name: string;
  coverArt?: string;
  albumCount: number;
  starred?: string;
  // OpenSubsonic
  sortName?: string;
}

export interface ArtistWithAlbumsID3 extends ArtistID3 {
  album: AlbumID3[];
}

export interface IndexID3 {
  name: string;
  artist: ArtistID3[];
}

export interface SubsonicArtist {
  id: string;
  name: string;
  starred?: string;
}

export interface Index {
  name: string;
  artist: SubsonicArtist[];
}

export interface Directory {
  id: string;
  parent?: string;
  name: string;
  starred?: string;
  playCount?: number;
  child: Child[];
}

export interface Genre {
  songCount: number;
  albumCount: number;
  value: string;
}

export interface NowPlayingEntry extends Child {
  username: string;
  minutesAgo: number;
  playerId: number;
  playerName?: string;
}

export interface SubsonicUser {
  username: string;
  email?: string;
  scrobblingEnabled: boolean;
  adminRole: boolean;
  settingsRole: boolean;
  downloadRole: boolean;
  uploadRole: boolean;
  playlistRole: boolean;
  coverArtRole: boolean;
  commentRole: boolean;
  podcastRole: boolean;
  streamRole: boolean;
  jukeboxRole: boolean;
  shareRole: boolean;
  videoConversionRole: boolean;
  folder: number[];
}

/** What a method puts into the envelope beside status, version and the server's names. */
export type ResponseBody = Record<string, unknown>;
