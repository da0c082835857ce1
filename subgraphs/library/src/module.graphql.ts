import { gql } from 'graphql-tag';

export const typeDefs = gql`
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@inaccessible"])

  "An ISO-8601 date and time with an offset, such as 2026-11-26T22:13:00Z."
  scalar DateTime

  "Pagination details of a connection."
  type PageInfo @shareable {
    hasNextPage: Boolean!
    "Pass as \`after\` to get the next page."
    endCursor: String
  }

  "What star and unstar act on."
  enum FavouriteKind {
    SONG
    ALBUM
    ARTIST
  }

  # Fields the library adds to other services' entities are nullable, so the library being down
  # nulls only them, with an error naming it; lists of other services' entities are nullable whole.
  type Song @key(fields: "id") {
    id: ID!
    "Whether the signed-in user starred the song. Null only while the library is unavailable."
    starred: Boolean
    "When the signed-in user starred the song; null when not starred or while the library is unavailable."
    starredAt: DateTime
  }

  type Album @key(fields: "id") {
    id: ID!
    "Whether the signed-in user starred the album. Null only while the library is unavailable."
    starred: Boolean
    "When the signed-in user starred the album; null when not starred or while the library is unavailable."
    starredAt: DateTime
  }

  type Artist @key(fields: "id") {
    id: ID!
    "Whether the signed-in user starred the artist. Null only while the library is unavailable."
    starred: Boolean
    "When the signed-in user starred the artist; null when not starred or while the library is unavailable."
    starredAt: DateTime
  }

  type User @key(fields: "id") {
    id: ID!
    """
    What the user starred. Only the user themself: for anyone else null with FORBIDDEN. Null while
    the library is unavailable.
    """
    favourites: Favourites
    """
    The user's playlists, most recently changed first (first: 1 to 100). The user themself sees all
    of theirs; anyone else sees only the public ones. Null while the library is unavailable.
    """
    playlists(first: Int = 50, after: String): PlaylistConnection
    "The user's own smart playlists, newest first; for anyone else FORBIDDEN."
    smartPlaylists: [SmartPlaylist!]
  }

  """
  A rule tree, as JSON (see README "Smart playlists"): {"all":[...]} | {"any":[...]} | condition;
  the playlist's sort and limit sit at the top: {"all":[...], "sort":{"field":"playCount","direction":"desc"}, "limit":100}
  """
  scalar SmartPlaylistRules

  """
  A playlist whose songs are whatever matches its rules at the moment it is read: new plays and
  uploads show at once. Private to its owner (another user's is NOT_FOUND, like an unknown id).
  """
  type SmartPlaylist @key(fields: "id") {
    id: ID!
    "1 to 200 characters."
    name: String!
    "Up to 1000 characters."
    description: String
    "The owner; null while the users service is unavailable."
    owner: User
    rules: SmartPlaylistRules!
    "Songs matching the rules now, in their sort, at most their limit. first: 1..100."
    songs(first: Int = 50, offset: Int = 0): [Song!]!
    songCount: Int!
    durationSeconds: Float!
    "The first few matching songs' ids, for the catalog's coverUrl."
    coverSongIds: [ID!]! @inaccessible
    "Goes up by one with every change; pass it as expectedVersion to refuse a change made on a stale copy."
    version: Int!
    createdAt: DateTime!
    updatedAt: DateTime!
  }

  type SmartPlaylistPreview {
    songCount: Int!
    songs: [Song!]!
  }

  input SmartPlaylistInput {
    name: String!
    description: String
    rules: SmartPlaylistRules!
  }

  "A user's starred songs, albums and artists, each newest starred first (first: 1 to 100)."
  type Favourites {
    songs(first: Int = 50, after: String): FavouriteSongConnection!
    albums(first: Int = 50, after: String): FavouriteAlbumConnection!
    artists(first: Int = 50, after: String): FavouriteArtistConnection!
  }

  type FavouriteSongEdge {
    cursor: String!
    starredAt: DateTime!
    node: Song!
  }
  type FavouriteSongConnection {
    edges: [FavouriteSongEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type FavouriteAlbumEdge {
    cursor: String!
    starredAt: DateTime!
    node: Album!
  }
  type FavouriteAlbumConnection {
    edges: [FavouriteAlbumEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type FavouriteArtistEdge {
    cursor: String!
    starredAt: DateTime!
    node: Artist!
  }
  type FavouriteArtistConnection {
    edges: [FavouriteArtistEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }

  """
  An ordered list of songs a user made. Private by default; a public one is readable (never
  writable) by every signed-in user. Only its owner changes it (FORBIDDEN otherwise, nothing changed).
  """
  type Playlist @key(fields: "id") {
    id: ID!
    "1 to 200 characters."
    name: String!
    "Up to 1000 characters."
    description: String
    "The owner; null while the users service is unavailable."
    owner: User
    public: Boolean!
    "Entries, removed songs included (at most 10,000)."
    songCount: Int!
    "Of the entries whose song is still in the library."
    durationSeconds: Float!
    "The first few entries' song ids whose song is still in the library, for the catalog's coverUrl."
    coverSongIds: [ID!]! @inaccessible
    "Goes up by one with every change; pass it as expectedVersion to refuse a change made on a stale copy."
    version: Int!
    createdAt: DateTime!
    updatedAt: DateTime!
    "The entries in order (first: 1 to 500); a cursor continues after its entry's position."
    entries(first: Int = 100, after: String): PlaylistEntryConnection!
  }

  "One place in a playlist; the same song may be in a playlist more than once."
  type PlaylistEntry {
    id: ID!
    "0-based and contiguous."
    position: Int!
    "The song; null when it was removed from the library (songRemoved) or the catalog is unavailable."
    song: Song
    "The song's title as the library last knew it, kept after the song is removed."
    songTitle: String!
    "The song's artist as the library last knew it."
    songArtist: String!
    durationSeconds: Float!
    "True when the song has been removed from the library; the entry keeps its place."
    songRemoved: Boolean!
    addedAt: DateTime!
  }

  type PlaylistEntryEdge {
    cursor: String!
    node: PlaylistEntry!
  }
  type PlaylistEntryConnection {
    edges: [PlaylistEntryEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type PlaylistEdge {
    cursor: String!
    node: Playlist!
  }
  type PlaylistConnection {
    edges: [PlaylistEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }

  "A playlist's details; fields left out (or null) stay as they are when updating."
  input PlaylistInput {
    name: String
    description: String
    public: Boolean
  }

  type PlaylistImport {
    playlist: Playlist!
    "Entries that matched a song and were added, in the file's order."
    matched: Int!
    "Every entry that matched no song."
    unmatched: [UnmatchedPlaylistLine!]!
  }

  "An M3U entry that matched no song: its 1-based line number and its text (the path, or the #EXTINF title)."
  type UnmatchedPlaylistLine {
    line: Int!
    text: String!
  }

  type Query {
    "A playlist of the signed-in user's, or a public one. Unknown, or another user's private one: null with NOT_FOUND."
    playlist(id: ID!): Playlist
    """
    A readable playlist as extended M3U: #EXTM3U, then per entry whose song still exists
    "#EXTINF:<seconds>,<artist> - <title>" and a line "<artist>/<album>/<title>.mp3".
    """
    exportPlaylist(id: ID!): String!
    "A smart playlist of the signed-in user's. Unknown, or another user's: null with NOT_FOUND."
    smartPlaylist(id: ID!): SmartPlaylist
    "Evaluates rules without saving them (the editor's live preview); first: 1..100."
    previewSmartPlaylist(rules: SmartPlaylistRules!, first: Int = 20): SmartPlaylistPreview!
  }

  type Mutation {
    "Stars a song, album or artist for the signed-in user; idempotent. Unknown (or removed) id: NOT_FOUND."
    star(kind: FavouriteKind!, id: ID!): Boolean!
    "Unstars it; idempotent."
    unstar(kind: FavouriteKind!, id: ID!): Boolean!
    "A new, empty playlist of the signed-in user's; private unless input.public. name is required."
    createPlaylist(input: PlaylistInput!): Playlist!
    "Renames, describes or publishes a playlist. expectedVersion, when given, must be the current version (CONFLICT otherwise)."
    updatePlaylist(id: ID!, input: PlaylistInput!, expectedVersion: Int): Playlist!
    deletePlaylist(id: ID!): Boolean!
    """
    Inserts songs (1 to 500 ids, duplicates allowed) at position (0 to songCount; default: the end).
    Unknown or removed songs: NOT_FOUND and nothing added; more than 10,000 entries: BAD_USER_INPUT.
    """
    addToPlaylist(id: ID!, songIds: [ID!]!, position: Int, expectedVersion: Int): Playlist!
    "Removes entries (1 to 500 ids); the others close up. An entry not in the playlist: NOT_FOUND, nothing removed."
    removeFromPlaylist(id: ID!, entryIds: [ID!]!, expectedVersion: Int): Playlist!
    "Moves an entry to toPosition (0 to songCount - 1), shifting those between."
    movePlaylistEntry(id: ID!, entryId: ID!, toPosition: Int!, expectedVersion: Int): Playlist!
    """
    A new private playlist from an extended M3U (at most 1 MB and 10,000 entries): each entry is
    matched by its #EXTINF "artist - title", else by its path's file name, ignoring case and accents.
    """
    importPlaylist(name: String!, m3u: String!): PlaylistImport!
    "A new smart playlist of the signed-in user's. Bad rules: BAD_USER_INPUT with field the rule's path (rules.all[1].value)."
    createSmartPlaylist(input: SmartPlaylistInput!): SmartPlaylist!
    "Replaces a smart playlist's name, description and rules. expectedVersion, when given, must be the current version (CONFLICT otherwise)."
    updateSmartPlaylist(id: ID!, input: SmartPlaylistInput!, expectedVersion: Int): SmartPlaylist!
    deleteSmartPlaylist(id: ID!): Boolean!
  }
`;
