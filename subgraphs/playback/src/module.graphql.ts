import { gql } from 'graphql-tag';

export const typeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])

  "An ISO-8601 date and time with an offset, such as 2026-11-26T22:13:00Z."
  scalar DateTime

  """
  What a player did. A *listen* starts with a PLAY that counts as a play (see recordPlayback) and
  lasts until the next one; within it, audio plays from PLAY or RESUME (or a SEEK while playing)
  until the next event.
  """
  enum PlaybackAction {
    "Started playing, at positionSeconds (default: where this song was paused, else 0)."
    PLAY
    "Paused, at positionSeconds."
    PAUSE
    "Continued after a pause, from positionSeconds. Never counts as a play."
    RESUME
    "Jumped to positionSeconds (the new position). Never counts as a play."
    SEEK
    "Stopped, at positionSeconds; the next PLAY of the song is a new listen."
    STOP
    "Played to the end; positionSeconds defaults to the song's duration."
    COMPLETE
  }

  "One thing a listener's player did."
  type PlaybackEvent {
    id: ID!
    action: PlaybackAction!
    "Where in the song, clamped to its duration."
    positionSeconds: Float!
    "When playback received it (the server's clock)."
    occurredAt: DateTime!
    "The song; null when it has since been removed from the library (see songRemoved)."
    song: Song
    "The song's title as playback last knew it, kept after the song is removed."
    songTitle: String!
    "The song's artist as playback last knew it, kept after the song is removed."
    songArtist: String!
    "True when the song has been removed from the library; the event stays in the history."
    songRemoved: Boolean!
    "The listener; null when the users service is unavailable."
    user: User
  }

  type PlaybackEventEdge {
    "Pass as history(after:) to continue after this event."
    cursor: String!
    node: PlaybackEvent!
  }

  "A page of a listener's events, latest first."
  type PlaybackEventConnection {
    edges: [PlaybackEventEdge!]!
    pageInfo: PageInfo!
    "All of the listener's events."
    totalCount: Int!
  }

  "Pagination details of a connection."
  type PageInfo @shareable {
    hasNextPage: Boolean!
    "Pass as \`after\` to get the next page."
    endCursor: String
  }

  # Fields that cross services are nullable, so a service being down nulls only its fields, with an
  # error naming it, not their parents up to the whole page: the fields playback adds to the catalog's
  # Song and the users service's User, and references to their entities (PlaybackEvent.song/.user,
  # SongPlays.song). Lists of another service's entities are nullable whole, with non-null items (a
  # list with holes serves no one). Fields playback serves under a playback parent stay non-null.
  type Song @key(fields: "id") {
    id: ID!
    """
    How many times anyone has played the song: PLAY events that started a listen (see
    recordPlayback). Cached, and correct right after a new play. Null only when the playback
    service is unavailable.
    """
    playCount: Int
    "When anyone last started a listen of the song; null if never (or while playback is unavailable)."
    lastPlayedAt: DateTime
    """
    How many times the signed-in user has played the song; 0 when signed out. Null only when the
    playback service is unavailable.
    """
    myPlayCount: Int
  }

  type User @key(fields: "id") {
    id: ID!
    """
    The user's playback events, latest first (first: 0 to 100). Only the user themself can read it:
    for anyone else it is null with FORBIDDEN, signed out with UNAUTHENTICATED. Null while playback
    is unavailable.
    """
    history(first: Int = 50, after: String): PlaybackEventConnection
    """
    Songs the user started listening to, each once, most recent first (first: 1 to 100); removed
    songs are left out. Only the user themself. Null while playback or the catalog is unavailable.
    """
    recentlyPlayed(first: Int = 20): [Song!]
    "What the user listened to, over all their history. Only the user themself. Null while playback is unavailable."
    listeningStats: ListeningStats
  }

  "A listener's totals. Plays are counted as in recordPlayback."
  type ListeningStats {
    totalPlays: Int!
    """
    Seconds of audio played, from the event sequence: each stretch from PLAY/RESUME (or a SEEK while
    playing) to the next event, measured by position when that event is a PAUSE, STOP or COMPLETE of
    the same song, otherwise by the time that passed. A stretch never counts more than was left of
    the song, and a listen never more than the song's duration, so missing or repeated events cannot
    inflate it.
    """
    secondsListened: Float!
    "Different songs played."
    distinctSongs: Int!
    "Artists by plays, most first (removed songs included); first: 1 to 100."
    topArtists(first: Int = 5): [ArtistPlays!]!
    "Songs by plays, most first (removed songs left out); first: 1 to 100."
    topSongs(first: Int = 5): [SongPlays!]!
  }

  type ArtistPlays {
    artist: String!
    plays: Int!
  }

  type SongPlays {
    "The song; null while the catalog is unavailable."
    song: Song
    plays: Int!
  }

  "Someone listening now."
  type NowPlaying {
    "The listener; null while the users service is unavailable."
    user: User
    "The song; null while the catalog is unavailable."
    song: Song
    "As the app named itself (Subsonic's c), or Sp0t1fy web."
    playerName: String
    startedAt: DateTime!
  }

  type Query {
    """
    What every user is listening to now (Subsonic's getNowPlaying shows all users): per user the song
    of their latest PLAY/RESUME (web) or reportNowPlaying, until the song's duration has passed since
    it started or a PAUSE/STOP/COMPLETE. Latest first. Signed-in users only.
    """
    nowPlaying: [NowPlaying!]!
    """
    The most played songs, most first (ties: most recently played first), counting plays since
    \`since\` when given; removed songs are left out; first: 1 to 100. For signed-in users, like the
    library. Cached, and correct right after a new play. Null while playback or the catalog is
    unavailable.
    """
    topSongs(first: Int = 10, since: DateTime): [Song!]
  }

  type Mutation {
    """
    Records what the signed-in user's player did (signed out: UNAUTHENTICATED).

    A PLAY counts as a play when it starts a listen. It does not when the user's previous event was
    a PAUSE or SEEK of the same song (the player resuming), or a PLAY or RESUME of the same song less
    than 5 seconds earlier at the same position (within a second: the same click sent twice).
    RESUME, SEEK, PAUSE, STOP and COMPLETE never count.

    positionSeconds must be between 0 and 86400 (BAD_USER_INPUT otherwise) and is clamped to the
    song's duration. The song must be in the library: playback keeps its own copy of the catalog's
    songs, following the catalog's song feed, and asks the feed once more before answering
    NOT_FOUND, so a song uploaded a moment ago works at once. A removed song is NOT_FOUND; when the
    catalog cannot be reached, a song playback does not know yet is SERVICE_UNAVAILABLE.
    """
    recordPlayback(songId: ID!, action: PlaybackAction!, positionSeconds: Float): PlaybackEvent!
    """
    Subsonic's scrobble with submission=false: shows in nowPlaying, counts no play. playerName: at
    most 100 characters (BAD_USER_INPUT). The song as in recordPlayback (NOT_FOUND when unknown).
    """
    reportNowPlaying(songId: ID!, playerName: String): Boolean!
    """
    Subsonic's scrobble with submission=true: a listen that happened (playedAt, default now; not in the
    future, BAD_USER_INPUT). Counts as one play and appears in history; the same song scrobbled twice
    with the same playedAt by the same user is one play (the first event is answered again).
    """
    scrobble(songId: ID!, playedAt: DateTime): PlaybackEvent!
  }
`;
