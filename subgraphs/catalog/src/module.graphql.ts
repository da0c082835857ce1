import { gql } from 'graphql-tag';

export const typeDefs = gql`
  extend schema
    @link(
      url: "https://specs.apollo.dev/federation/v2.7"
      import: ["@key", "@shareable", "@external", "@requires"]
    )

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

  "A song in the library: an uploaded audio file and what was read from it."
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
    "Length of the audio, as its frames (MP3) or its stream header give it, checked by decoding on upload."
    durationSeconds: Float!
    "Average bitrate in kbit/s."
    bitrateKbps: Int
    sampleRateHz: Int
    "1 (mono), 2 (stereo), or more for multi-channel files (6 for 5.1)."
    channels: Int
    "The stored file's media type: audio/mpeg, audio/flac, audio/mp4, audio/ogg (Vorbis and Opus) or audio/wav."
    mimeType: String!
    "Codec of the stored audio: MP3, FLAC, AAC, ALAC, VORBIS, OPUS or PCM."
    codec: String!
    "Bits per sample for lossless audio (16, 24...); null for lossy codecs."
    bitDepth: Int
    "True for FLAC, ALAC and WAV (PCM)."
    lossless: Boolean!
    "The usual extension of the stored file's format, without the dot: mp3, flac, m4a, ogg, opus or wav."
    fileExtension: String!
    sizeBytes: Int!
    "SHA-256 of the stored file, in lowercase hex; the same file uploaded twice is stored once."
    sha256: String!
    """
    Where to stream the audio, a path on the API's origin such as
    /media/songs/<id>/audio?user=<id>&expires=<unix time>&signature=<signature>, usable as
    <audio src> without headers. It supports HTTP Range requests (seeking) and stops working when it
    expires, hours later; ask for the song again to get a fresh one.

    format ORIGINAL (default) serves the stored file, unless maxBitRate (kbit/s) is below the file's
    bitrate: then an MP3 at maxBitRate. MP3/OPUS/AAC: a transcode at min(maxBitRate, 320), default 192
    (Opus 128); the original when it already is that codec at no more than that bitrate. The rate is
    rounded down to one of 32, 48, 64, 96, 128, 160, 192, 256, 320 (0 or null: no limit). maxBitRate
    outside 0..10000: BAD_USER_INPUT. The choice is part of the signed link
    (...&format=<mp3|opus|aac>&bitrate=<kbit/s>&user=...).
    """
    streamUrl(format: StreamFormat = ORIGINAL, maxBitRate: Int): String!
    """
    The embedded cover picture, signed like streamUrl; null when the file has none. With size (16..2048),
    scaled so its longer side is at most size pixels (never enlarged).
    """
    coverUrl(size: Int): String
    "Who uploaded the song; only they may change or delete it. Null when the users service is unavailable."
    uploadedBy: User
    createdAt: DateTime!
    "The song's Album; null when it has no album."
    albumId: ID
    "The track artist's Artist."
    artistId: ID!
    "The album artist's Artist (the track artist's when the song has no album artist)."
    albumArtistId: ID!
    """
    Lyrics from an uploaded .lrc, else the file's tags (SYLT/USLT, Vorbis LYRICS/UNSYNCEDLYRICS,
    MP4 ©lyr); null when the song has none.
    """
    lyrics: Lyrics
    """
    For loudness levelling: ReplayGain from the tags where present, else measured at upload
    (EBU R128); null while unknown (old uploads, measurement failed).
    """
    loudness: Loudness
    """
    Samples the encoder added before and after the audio (LAME/Xing header for MP3, iTunSMPB for
    AAC), at sampleRateHz, so a player can trim them for gapless playback; null when the file does not
    say (lossless formats need no trimming).
    """
    gapless: GaplessInfo
  }

  "A song's words, timed or not."
  type Lyrics {
    "True when lines carry times (an .lrc or SYLT); false for plain text."
    synced: Boolean!
    "Timed lines in time order when synced; empty when not."
    lines: [LyricLine!]!
    "The text without times (for synced lyrics, the lines joined with newlines)."
    plain: String!
    source: LyricsSource!
  }

  "One timed line of synced lyrics."
  type LyricLine {
    "When the line starts, in milliseconds from the start of the song."
    timeMs: Int!
    text: String!
  }

  "Where a song's lyrics came from."
  enum LyricsSource {
    "An .lrc or text file attached with uploadLyrics."
    UPLOADED
    "The audio file's own tags."
    TAGS
  }

  "How loud a song is, for levelling playback."
  type Loudness {
    "ReplayGain 2.0 gain to -18 LUFS in dB (tags, else -18 - integrated loudness)."
    trackGainDb: Float!
    "Linear sample peak, 1.0 = full scale."
    trackPeak: Float!
    "From the tags, else computed from the measured loudness of the album's songs; null outside an album."
    albumGainDb: Float
    albumPeak: Float
    source: LoudnessSource!
    "EBU R128 integrated loudness when measured; null when the gain came from tags."
    integratedLufs: Float
  }

  "Where a song's loudness came from."
  enum LoudnessSource {
    "ReplayGain tags in the file."
    TAGS
    "Measured by the catalog at upload (EBU R128)."
    MEASURED
  }

  "What a player trims for gapless playback."
  type GaplessInfo {
    encoderDelaySamples: Int!
    paddingSamples: Int!
    "Audio samples after trimming, per channel, when known."
    totalSamples: Int
  }

  "The result of uploadLyrics."
  type LyricsUpload {
    song: Song!
    "Lines whose timestamps could not be read and were left out."
    skippedLines: Int!
  }

  "What Song.streamUrl serves."
  enum StreamFormat {
    "The stored file, as uploaded."
    ORIGINAL
    "MP3 (audio/mpeg)."
    MP3
    "Opus in Ogg (audio/ogg; codecs=opus)."
    OPUS
    "AAC in ADTS (audio/aac)."
    AAC
  }

  "How albums are listed."
  enum AlbumSort {
    "The album with the most recently added song first."
    NEWEST
    "By title, ignoring case and accents."
    NAME
    "By album artist (their sort name where tagged, such as Beatles, The), then title."
    ARTIST
    "Newest release year first; albums without one last."
    YEAR
    "Most played first (plays of its songs, counted by playback)."
    MOST_PLAYED
    "A random order, a new one per request; pages continue with offset only (after: BAD_USER_INPUT)."
    RANDOM
  }

  """
  The songs sharing an album artist and an album title, both folded (case, accents and runs of spaces
  ignored, so "Björk"/"Homogenic" and "bjork"/"HOMOGENIC" are one album).
  """
  type Album @key(fields: "id") {
    "Stable: derived from the folded album artist and title, so it survives its songs coming and going."
    id: ID!
    "The spelling most of its songs carry (a tie: the newest song's)."
    title: String!
    "The album artist."
    artist: Artist!
    "The release year most of its songs carry (a tie: the latest)."
    year: Int
    "The genre most of its songs carry."
    genre: String
    "The cover of its first track that has one, signed like Song.coverUrl (size likewise); null when none has."
    coverUrl(size: Int): String
    durationSeconds: Float!
    songCount: Int!
    "Counted plays of its songs, from playback (it may lag a few seconds behind)."
    playCount: Int!
    "When its newest song was added."
    createdAt: DateTime!
    "Disc, then track order; songs without a track number last, by title."
    songs: [Song!]!
  }

  type AlbumEdge {
    "Opaque; pass as \`after\` to continue after this album."
    cursor: String!
    node: Album!
  }

  "A page of albums."
  type AlbumConnection {
    edges: [AlbumEdge!]!
    pageInfo: PageInfo!
    "How many albums match, over all pages."
    totalCount: Int!
  }

  "A genre and how much of the library carries it."
  type GenreSummary {
    "Spelled as genres lists it."
    name: String!
    songCount: Int!
    "Albums whose genre (the one most of their songs carry) it is."
    albumCount: Int!
  }

  "A folded track artist or album artist name: every spelling of it is one artist."
  type Artist @key(fields: "id") {
    "Stable: derived from the folded name."
    id: ID!
    "The spelling most of its songs carry (a tie: the newest song's)."
    name: String!
    "The albums it is the album artist of, newest release year first."
    albums: [Album!]!
    albumCount: Int!
    "Songs it is the track artist or the album artist of."
    songCount: Int!
    "Its songs by play count, then title. first: 1 to 100."
    topSongs(first: Int = 10): [Song!]!
  }

  type ArtistEdge {
    "Opaque; pass as \`after\` to continue after this artist."
    cursor: String!
    node: Artist!
  }

  "A page of artists."
  type ArtistConnection {
    edges: [ArtistEdge!]!
    pageInfo: PageInfo!
    "How many artists match, over all pages."
    totalCount: Int!
  }

  "A song, an album or an artist, as search finds them."
  union SearchResult = Song | Album | Artist

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
    "count" finds "Counting"), best matches first. first: 1 to 100. offset: 0 to 100000, skips that many
    in the same order (for offset paging such as Subsonic's); not together with after.
    """
    songs(query: String, genre: String, first: Int = 50, after: String, offset: Int): SongConnection!
    "A song by id, or null when there is none."
    song(id: ID!): Song
    "Every genre in the library, sorted."
    genres: [String!]!
    "Every genre in the library with its song and album counts, sorted by name like genres."
    genreSummaries: [GenreSummary!]!
    """
    Random songs (first: 1 to 500, fewer when fewer match), optionally of a genre (ignoring case) and
    release years (inclusive; a song without a year matches no year range).
    """
    randomSongs(first: Int = 10, genre: String, fromYear: Int, toYear: Int): [Song!]!
    """
    Albums, newest first unless sorted otherwise. query: albums whose title or artist contain every
    word of it (ignoring case and accents). artistId: the album artist's. genre: ignoring case.
    fromYear, toYear: release years, inclusive (either alone bounds one side); fromYear > toYear lists
    the years between them newest first, like Subsonic's byYear. first: 1 to 100. offset: 0 to 100000,
    skips that many in the same order; not together with after.
    """
    albums(
      query: String
      artistId: ID
      genre: String
      fromYear: Int
      toYear: Int
      sort: AlbumSort = NEWEST
      first: Int = 50
      after: String
      offset: Int
    ): AlbumConnection!
    "An album by id, or null when there is none."
    album(id: ID!): Album
    """
    Artists by name (their sort name where tagged). query: names containing every word. first: 1 to 100.
    offset: 0 to 100000, skips that many in the same order; not together with after.
    """
    artists(query: String, first: Int = 50, after: String, offset: Int): ArtistConnection!
    "An artist by id, or null when there is none."
    artist(id: ID!): Artist
    """
    Songs, albums and artists matching every word of the query, best first: a name that is the whole
    query, then one starting with it, then the rest; albums and artists before songs when they tie.
    first: 1 to 100.
    """
    search(query: String!, first: Int = 20): [SearchResult!]!
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
    """
    Attaches an .lrc (or plain text) file to a song the viewer uploaded; replaces earlier uploaded
    lyrics. Over 200 KB: BAD_USER_INPUT (field "file"). Not UTF-8 or no line at all: BAD_USER_INPUT.
    """
    uploadLyrics(songId: ID!, file: Upload!): LyricsUpload!
    "Removes uploaded lyrics (the tags' lyrics, if any, show again)."
    removeLyrics(songId: ID!): Song!
  }

  "A user's playlist, kept by the library subgraph; the catalog adds its cover."
  type Playlist @key(fields: "id") {
    id: ID!
    "The library's first few live entries' song ids."
    coverSongIds: [ID!]! @external
    """
    The cover of the first of the playlist's first songs that has one, signed for the viewer like
    Song.coverUrl; null when none has one, or while the catalog is unavailable.
    """
    coverUrl: String @requires(fields: "coverSongIds")
  }

  # A smart playlist, kept by the library subgraph; the catalog adds its cover, as for a playlist.
  type SmartPlaylist @key(fields: "id") {
    id: ID!
    "The library's first few matching songs' ids."
    coverSongIds: [ID!]! @external
    "The cover of the first of its first songs that has one, signed for the viewer; null when none has one."
    coverUrl: String @requires(fields: "coverSongIds")
  }
`;
