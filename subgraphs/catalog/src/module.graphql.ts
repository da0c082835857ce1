import { gql } from 'graphql-tag';

export const typeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])

  "An ISO-8601 date and time with an offset, such as 2026-11-26T22:13:00Z."
  scalar DateTime

  "A file sent as a part of a GraphQL multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec)."
  scalar Upload

  # Fields that cross services are nullable (uploadedBy: the users service resolves the User), so a
  # service being down nulls only its fields, with an error naming it, not the song and the page
  # above it. Fields the catalog serves itself stay non-null. The same rule holds in every subgraph.
  "Someone with an account; the users service knows the rest."
  type User @key(fields: "id", resolvable: false) {
    id: ID!
  }

  "A song in the library: an uploaded MP3 and what was read from it."
  type Song @key(fields: "id") {
    id: ID!
    "From the upload's metadata, else its tags, else the file name without its extension."
    title: String!
    "From the upload's metadata, else its tags, else \\"Unknown artist\\"."
    artist: String!
    album: String
    "As tagged (TPE2), else the artist: with the album's title, what groups songs into an album."
    albumArtist: String!
    composer: String
    genre: String
    releaseYear: Int
    "The song's position on its disc, as tagged or edited; null when unknown."
    trackNumber: Int
    "How many tracks the disc has."
    trackTotal: Int
    discNumber: Int
    discTotal: Int
    "Sort names (TSOT, TSOP, TSO2) where the file's tags give them, such as Beatles, The."
    titleSort: String
    artistSort: String
    albumArtistSort: String
    "Length of the audio, measured from its frames."
    durationSeconds: Float!
    "Average bitrate in kbit/s."
    bitrateKbps: Int
    sampleRateHz: Int
    "1 (mono) or 2 (stereo)."
    channels: Int
    "The stored file's media type; audio/mpeg for MP3."
    mimeType: String!
    sizeBytes: Int!
    "SHA-256 of the stored file, in lowercase hex; the same file uploaded twice is stored once."
    sha256: String!
    """
    Where to stream the audio, a path on the API's origin such as
    /media/songs/<id>/audio?user=<id>&expires=<unix time>&signature=<signature>, usable as
    <audio src> without headers. It supports HTTP Range requests (seeking) and stops working when it
    expires, hours later; ask for the song again to get a fresh one.
    """
    streamUrl: String!
    "The embedded cover picture, signed like streamUrl; null when the file has none."
    coverUrl: String
    "Who uploaded the song; only they may change or delete it. Null when the users service is unavailable."
    uploadedBy: User
    createdAt: DateTime!
  }

  "Song details given by the person uploading or editing. In updateSong, a field left out is unchanged."
  input SongMetadataInput {
    "1 to 200 characters."
    title: String
    "1 to 200 characters."
    artist: String
    "Up to 200 characters; null or an empty string removes it."
    album: String
    "Up to 64 characters; null or an empty string removes it."
    genre: String
    "1000 to 2100; null removes it."
    releaseYear: Int
    "Up to 200 characters; null or an empty string removes it (the artist then stands in for it)."
    albumArtist: String
    "Up to 200 characters; null or an empty string removes it."
    composer: String
    "1 to 999; null removes it."
    trackNumber: Int
    "1 to 999; null removes it."
    trackTotal: Int
    "1 to 999; null removes it."
    discNumber: Int
    "1 to 999; null removes it."
    discTotal: Int
  }

  "Pagination details of a connection."
  type PageInfo @shareable {
    hasNextPage: Boolean!
    "Pass as \`after\` to get the next page."
    endCursor: String
  }

  "A page of songs."
  type SongConnection {
    edges: [SongEdge!]!
    pageInfo: PageInfo!
    "How many songs match, over all pages."
    totalCount: Int!
  }

  type SongEdge {
    "Opaque; pass as \`after\` to continue after this song."
    cursor: String!
    node: Song!
  }

  type Query {
    """
    The library, for signed-in users. Without a query, newest first. With a query, songs whose title,
    artist or album contain every word of it (ignoring case and accents, so "bjork" finds "Björk", and
    "count" finds "Counting"), best matches first. first: 1 to 100.
    """
    songs(query: String, genre: String, first: Int = 50, after: String): SongConnection!
    "A song by id, or null when there is none."
    song(id: ID!): Song
    "Every genre in the library, sorted."
    genres: [String!]!
    """
    The songs in the library whose file has one of these SHA-256s (64 hex digits each, up to 500 per
    call), so a client importing a folder sends only the files not already there. A hash no song has
    is left out; one file uploaded twice is two songs.
    """
    songsBySha256(sha256s: [String!]!): [Song!]!
  }

  type Mutation {
    """
    Adds an MP3 to the library, sent as a GraphQL multipart request (one file, up to the server's size
    limit, 100 MB by default). The file is judged by its content, not its name. metadata overrides the
    file's tags.
    """
    uploadSong(file: Upload!, metadata: SongMetadataInput): Song!
    "Changes a song's details; only its uploader may."
    updateSong(id: ID!, metadata: SongMetadataInput!): Song!
    "Removes a song; only its uploader may. The audio is deleted once no other song uses the same file."
    deleteSong(id: ID!): Boolean!
  }
`;
