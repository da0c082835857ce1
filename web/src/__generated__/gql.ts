/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AlbumCardFields on Album {\n    id\n    title\n    year\n    coverUrl\n    artist {\n      id\n      name\n    }\n  }\n": typeof types.AlbumCardFieldsFragmentDoc,
    "\n  query Album($id: ID!) {\n    album(id: $id) {\n      id\n      title\n      year\n      genre\n      coverUrl\n      durationSeconds\n      songCount\n      playCount\n      starred\n      artist {\n        id\n        name\n      }\n      songs {\n        ...SongFields\n        trackNumber\n        discNumber\n      }\n    }\n  }\n": typeof types.AlbumDocument,
    "\n  query Albums($sort: AlbumSort, $first: Int, $after: String) {\n    albums(sort: $sort, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...AlbumCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AlbumsDocument,
    "\n  query Artist($id: ID!) {\n    artist(id: $id) {\n      id\n      name\n      albumCount\n      songCount\n      starred\n      albums {\n        ...AlbumCardFields\n      }\n      topSongs(first: 10) {\n        ...SongFields\n      }\n    }\n  }\n": typeof types.ArtistDocument,
    "\n  query Artists($query: String, $first: Int, $after: String) {\n    artists(query: $query, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ArtistRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ArtistsDocument,
    "\n  fragment ArtistRowFields on Artist {\n    id\n    name\n    albumCount\n    songCount\n  }\n": typeof types.ArtistRowFieldsFragmentDoc,
    "\n  query TopSongs($first: Int, $since: DateTime) {\n    topSongs(first: $first, since: $since) {\n      ...SongFields\n    }\n  }\n": typeof types.TopSongsDocument,
    "\n  query FavouriteSongs($first: Int, $after: String) {\n    me {\n      id\n      favourites {\n        songs(first: $first, after: $after) {\n          totalCount\n          edges {\n            cursor\n            starredAt\n            node {\n              ...SongFields\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n": typeof types.FavouriteSongsDocument,
    "\n  query FavouriteAlbums($first: Int, $after: String) {\n    me {\n      id\n      favourites {\n        albums(first: $first, after: $after) {\n          totalCount\n          edges {\n            cursor\n            starredAt\n            node {\n              ...AlbumCardFields\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n": typeof types.FavouriteAlbumsDocument,
    "\n  query FavouriteArtists($first: Int, $after: String) {\n    me {\n      id\n      favourites {\n        artists(first: $first, after: $after) {\n          totalCount\n          edges {\n            cursor\n            starredAt\n            node {\n              ...ArtistRowFields\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n": typeof types.FavouriteArtistsDocument,
    "\n  query History($first: Int, $after: String) {\n    me {\n      id\n      listeningStats {\n        totalPlays\n        secondsListened\n        distinctSongs\n        topArtists(first: 1) {\n          artist\n          plays\n        }\n      }\n      history(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            action\n            occurredAt\n            songTitle\n            songArtist\n            songRemoved\n            song {\n              ...SongFields\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.HistoryDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": typeof types.SignOutDocument,
    "\n  query LibrarySongs($query: String, $genre: String, $first: Int, $after: String) {\n    songs(query: $query, genre: $genre, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...SongFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.LibrarySongsDocument,
    "\n  query Genres {\n    genres\n  }\n": typeof types.GenresDocument,
    "\n  query Search($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      __typename\n      ... on Album {\n        ...AlbumCardFields\n      }\n      ... on Artist {\n        ...ArtistRowFields\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query SongLyrics($id: ID!) {\n    song(id: $id) {\n      id\n      title\n      uploadedBy {\n        id\n      }\n      lyrics {\n        ...LyricsFields\n      }\n    }\n  }\n": typeof types.SongLyricsDocument,
    "\n  fragment LyricsFields on Lyrics {\n    synced\n    source\n    plain\n    lines {\n      timeMs\n      text\n    }\n  }\n": typeof types.LyricsFieldsFragmentDoc,
    "\n  mutation UploadLyrics($songId: ID!, $file: Upload!) {\n    uploadLyrics(songId: $songId, file: $file) {\n      skippedLines\n      song {\n        id\n        lyrics {\n          ...LyricsFields\n        }\n      }\n    }\n  }\n": typeof types.UploadLyricsDocument,
    "\n  mutation RemoveLyrics($songId: ID!) {\n    removeLyrics(songId: $songId) {\n      id\n      lyrics {\n        ...LyricsFields\n      }\n    }\n  }\n": typeof types.RemoveLyricsDocument,
    "\n  query PlayingSongStarred($id: ID!) {\n    song(id: $id) {\n      id\n      starred\n    }\n  }\n": typeof types.PlayingSongStarredDocument,
    "\n  mutation RecordPlayback($songId: ID!, $action: PlaybackAction!, $positionSeconds: Float) {\n    recordPlayback(songId: $songId, action: $action, positionSeconds: $positionSeconds) {\n      id\n    }\n  }\n": typeof types.RecordPlaybackDocument,
    "\n  query FreshStreamUrl($id: ID!, $format: StreamFormat, $maxBitRate: Int) {\n    song(id: $id) {\n      id\n      qualityStreamUrl: streamUrl(format: $format, maxBitRate: $maxBitRate)\n    }\n  }\n": typeof types.FreshStreamUrlDocument,
    "\n  query SongPlaybackDetails($id: ID!) {\n    song(id: $id) {\n      id\n      loudness {\n        trackGainDb\n        trackPeak\n        albumGainDb\n        albumPeak\n      }\n      gapless {\n        encoderDelaySamples\n        paddingSamples\n        totalSamples\n      }\n    }\n  }\n": typeof types.SongPlaybackDetailsDocument,
    "\n  query RestoredSong($id: ID!) {\n    song(id: $id) {\n      id\n      streamUrl\n    }\n  }\n": typeof types.RestoredSongDocument,
    "\n  mutation CreatePlaylist($input: PlaylistInput!) {\n    createPlaylist(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.CreatePlaylistDocument,
    "\n  query Playlist($id: ID!, $first: Int, $after: String) {\n    playlist(id: $id) {\n      id\n      name\n      description\n      public\n      songCount\n      durationSeconds\n      coverUrl\n      version\n      owner {\n        id\n        displayName\n      }\n      entries(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...PlaylistEntryFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.PlaylistDocument,
    "\n  fragment PlaylistEntryFields on PlaylistEntry {\n    id\n    position\n    songTitle\n    songArtist\n    durationSeconds\n    songRemoved\n    song {\n      ...SongFields\n    }\n  }\n": typeof types.PlaylistEntryFieldsFragmentDoc,
    "\n  mutation MovePlaylistEntry($id: ID!, $entryId: ID!, $toPosition: Int!, $expectedVersion: Int) {\n    movePlaylistEntry(id: $id, entryId: $entryId, toPosition: $toPosition, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": typeof types.MovePlaylistEntryDocument,
    "\n  mutation RemovePlaylistEntry($id: ID!, $entryIds: [ID!]!, $expectedVersion: Int) {\n    removeFromPlaylist(id: $id, entryIds: $entryIds, expectedVersion: $expectedVersion) {\n      id\n      version\n      songCount\n    }\n  }\n": typeof types.RemovePlaylistEntryDocument,
    "\n  mutation DeletePlaylist($id: ID!) {\n    deletePlaylist(id: $id)\n  }\n": typeof types.DeletePlaylistDocument,
    "\n  mutation RenamePlaylist($id: ID!, $input: PlaylistInput!, $expectedVersion: Int) {\n    updatePlaylist(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.RenamePlaylistDocument,
    "\n  mutation AddToPlaylist($id: ID!, $songIds: [ID!]!) {\n    addToPlaylist(id: $id, songIds: $songIds) {\n      id\n      songCount\n      version\n    }\n  }\n": typeof types.AddToPlaylistDocument,
    "\n  query MyPlaylists {\n    me {\n      id\n      playlists(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            songCount\n            version\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyPlaylistsDocument,
    "\n  fragment SessionFields on AuthPayload {\n    token\n    expiresAt\n    user {\n      id\n      displayName\n      email\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($email: String!, $password: String!, $displayName: String) {\n    register(email: $email, password: $password, displayName: $displayName) {\n      ...SessionFields\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  fragment AppPasswordFields on AppPassword {\n    id\n    name\n    createdAt\n    lastUsedAt\n  }\n": typeof types.AppPasswordFieldsFragmentDoc,
    "\n  query AppPasswords {\n    me {\n      id\n      email\n      appPasswords {\n        ...AppPasswordFields\n      }\n    }\n  }\n": typeof types.AppPasswordsDocument,
    "\n  mutation CreateAppPassword($name: String!) {\n    createAppPassword(name: $name) {\n      password\n      appPassword {\n        ...AppPasswordFields\n      }\n    }\n  }\n": typeof types.CreateAppPasswordDocument,
    "\n  mutation RevokeAppPassword($id: ID!) {\n    revokeAppPassword(id: $id)\n  }\n": typeof types.RevokeAppPasswordDocument,
    "\n  query PreviewSmartPlaylist($rules: SmartPlaylistRules!, $first: Int) {\n    previewSmartPlaylist(rules: $rules, first: $first) {\n      songCount\n      songs {\n        id\n        title\n        artist\n        playCount\n      }\n    }\n  }\n": typeof types.PreviewSmartPlaylistDocument,
    "\n  mutation CreateSmartPlaylist($input: SmartPlaylistInput!) {\n    createSmartPlaylist(input: $input) {\n      ...SmartPlaylistFields\n    }\n  }\n": typeof types.CreateSmartPlaylistDocument,
    "\n  mutation UpdateSmartPlaylist($id: ID!, $input: SmartPlaylistInput!, $expectedVersion: Int) {\n    updateSmartPlaylist(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...SmartPlaylistFields\n    }\n  }\n": typeof types.UpdateSmartPlaylistDocument,
    "\n  query SmartPlaylistToEdit($id: ID!) {\n    smartPlaylist(id: $id) {\n      ...SmartPlaylistFields\n    }\n  }\n": typeof types.SmartPlaylistToEditDocument,
    "\n  query SmartPlaylist($id: ID!, $first: Int) {\n    smartPlaylist(id: $id) {\n      ...SmartPlaylistFields\n      songs(first: $first) {\n        ...SongFields\n      }\n    }\n  }\n": typeof types.SmartPlaylistDocument,
    "\n  mutation DeleteSmartPlaylist($id: ID!) {\n    deleteSmartPlaylist(id: $id)\n  }\n": typeof types.DeleteSmartPlaylistDocument,
    "\n  fragment SmartPlaylistFields on SmartPlaylist {\n    id\n    name\n    description\n    rules\n    songCount\n    durationSeconds\n    coverUrl\n    version\n    owner {\n      id\n      displayName\n    }\n  }\n": typeof types.SmartPlaylistFieldsFragmentDoc,
    "\n  query MySmartPlaylists {\n    me {\n      id\n      smartPlaylists {\n        id\n        name\n        songCount\n      }\n    }\n  }\n": typeof types.MySmartPlaylistsDocument,
    "\n  mutation UpdateSong($id: ID!, $metadata: SongMetadataInput!) {\n    updateSong(id: $id, metadata: $metadata) {\n      ...SongFields\n    }\n  }\n": typeof types.UpdateSongDocument,
    "\n  mutation DeleteSong($id: ID!) {\n    deleteSong(id: $id)\n  }\n": typeof types.DeleteSongDocument,
    "\n  fragment SongFields on Song {\n    id\n    title\n    artist\n    album\n    albumArtist\n    trackNumber\n    discNumber\n    genre\n    releaseYear\n    durationSeconds\n    streamUrl\n    coverUrl\n    playCount\n    starred\n    uploadedBy {\n      id\n      displayName\n    }\n  }\n": typeof types.SongFieldsFragmentDoc,
    "\n  mutation Star($kind: FavouriteKind!, $id: ID!) {\n    star(kind: $kind, id: $id)\n  }\n": typeof types.StarDocument,
    "\n  mutation Unstar($kind: FavouriteKind!, $id: ID!) {\n    unstar(kind: $kind, id: $id)\n  }\n": typeof types.UnstarDocument,
    "\n  mutation UploadSong($file: Upload!, $metadata: SongMetadataInput) {\n    uploadSong(file: $file, metadata: $metadata) {\n      ...SongFields\n    }\n  }\n": typeof types.UploadSongDocument,
};
const documents: Documents = {
    "\n  fragment AlbumCardFields on Album {\n    id\n    title\n    year\n    coverUrl\n    artist {\n      id\n      name\n    }\n  }\n": types.AlbumCardFieldsFragmentDoc,
    "\n  query Album($id: ID!) {\n    album(id: $id) {\n      id\n      title\n      year\n      genre\n      coverUrl\n      durationSeconds\n      songCount\n      playCount\n      starred\n      artist {\n        id\n        name\n      }\n      songs {\n        ...SongFields\n        trackNumber\n        discNumber\n      }\n    }\n  }\n": types.AlbumDocument,
    "\n  query Albums($sort: AlbumSort, $first: Int, $after: String) {\n    albums(sort: $sort, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...AlbumCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AlbumsDocument,
    "\n  query Artist($id: ID!) {\n    artist(id: $id) {\n      id\n      name\n      albumCount\n      songCount\n      starred\n      albums {\n        ...AlbumCardFields\n      }\n      topSongs(first: 10) {\n        ...SongFields\n      }\n    }\n  }\n": types.ArtistDocument,
    "\n  query Artists($query: String, $first: Int, $after: String) {\n    artists(query: $query, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ArtistRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ArtistsDocument,
    "\n  fragment ArtistRowFields on Artist {\n    id\n    name\n    albumCount\n    songCount\n  }\n": types.ArtistRowFieldsFragmentDoc,
    "\n  query TopSongs($first: Int, $since: DateTime) {\n    topSongs(first: $first, since: $since) {\n      ...SongFields\n    }\n  }\n": types.TopSongsDocument,
    "\n  query FavouriteSongs($first: Int, $after: String) {\n    me {\n      id\n      favourites {\n        songs(first: $first, after: $after) {\n          totalCount\n          edges {\n            cursor\n            starredAt\n            node {\n              ...SongFields\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n": types.FavouriteSongsDocument,
    "\n  query FavouriteAlbums($first: Int, $after: String) {\n    me {\n      id\n      favourites {\n        albums(first: $first, after: $after) {\n          totalCount\n          edges {\n            cursor\n            starredAt\n            node {\n              ...AlbumCardFields\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n": types.FavouriteAlbumsDocument,
    "\n  query FavouriteArtists($first: Int, $after: String) {\n    me {\n      id\n      favourites {\n        artists(first: $first, after: $after) {\n          totalCount\n          edges {\n            cursor\n            starredAt\n            node {\n              ...ArtistRowFields\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n": types.FavouriteArtistsDocument,
    "\n  query History($first: Int, $after: String) {\n    me {\n      id\n      listeningStats {\n        totalPlays\n        secondsListened\n        distinctSongs\n        topArtists(first: 1) {\n          artist\n          plays\n        }\n      }\n      history(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            action\n            occurredAt\n            songTitle\n            songArtist\n            songRemoved\n            song {\n              ...SongFields\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.HistoryDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": types.SignOutDocument,
    "\n  query LibrarySongs($query: String, $genre: String, $first: Int, $after: String) {\n    songs(query: $query, genre: $genre, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...SongFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.LibrarySongsDocument,
    "\n  query Genres {\n    genres\n  }\n": types.GenresDocument,
    "\n  query Search($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      __typename\n      ... on Album {\n        ...AlbumCardFields\n      }\n      ... on Artist {\n        ...ArtistRowFields\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query SongLyrics($id: ID!) {\n    song(id: $id) {\n      id\n      title\n      uploadedBy {\n        id\n      }\n      lyrics {\n        ...LyricsFields\n      }\n    }\n  }\n": types.SongLyricsDocument,
    "\n  fragment LyricsFields on Lyrics {\n    synced\n    source\n    plain\n    lines {\n      timeMs\n      text\n    }\n  }\n": types.LyricsFieldsFragmentDoc,
    "\n  mutation UploadLyrics($songId: ID!, $file: Upload!) {\n    uploadLyrics(songId: $songId, file: $file) {\n      skippedLines\n      song {\n        id\n        lyrics {\n          ...LyricsFields\n        }\n      }\n    }\n  }\n": types.UploadLyricsDocument,
    "\n  mutation RemoveLyrics($songId: ID!) {\n    removeLyrics(songId: $songId) {\n      id\n      lyrics {\n        ...LyricsFields\n      }\n    }\n  }\n": types.RemoveLyricsDocument,
    "\n  query PlayingSongStarred($id: ID!) {\n    song(id: $id) {\n      id\n      starred\n    }\n  }\n": types.PlayingSongStarredDocument,
    "\n  mutation RecordPlayback($songId: ID!, $action: PlaybackAction!, $positionSeconds: Float) {\n    recordPlayback(songId: $songId, action: $action, positionSeconds: $positionSeconds) {\n      id\n    }\n  }\n": types.RecordPlaybackDocument,
    "\n  query FreshStreamUrl($id: ID!, $format: StreamFormat, $maxBitRate: Int) {\n    song(id: $id) {\n      id\n      qualityStreamUrl: streamUrl(format: $format, maxBitRate: $maxBitRate)\n    }\n  }\n": types.FreshStreamUrlDocument,
    "\n  query SongPlaybackDetails($id: ID!) {\n    song(id: $id) {\n      id\n      loudness {\n        trackGainDb\n        trackPeak\n        albumGainDb\n        albumPeak\n      }\n      gapless {\n        encoderDelaySamples\n        paddingSamples\n        totalSamples\n      }\n    }\n  }\n": types.SongPlaybackDetailsDocument,
    "\n  query RestoredSong($id: ID!) {\n    song(id: $id) {\n      id\n      streamUrl\n    }\n  }\n": types.RestoredSongDocument,
    "\n  mutation CreatePlaylist($input: PlaylistInput!) {\n    createPlaylist(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.CreatePlaylistDocument,
    "\n  query Playlist($id: ID!, $first: Int, $after: String) {\n    playlist(id: $id) {\n      id\n      name\n      description\n      public\n      songCount\n      durationSeconds\n      coverUrl\n      version\n      owner {\n        id\n        displayName\n      }\n      entries(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...PlaylistEntryFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.PlaylistDocument,
    "\n  fragment PlaylistEntryFields on PlaylistEntry {\n    id\n    position\n    songTitle\n    songArtist\n    durationSeconds\n    songRemoved\n    song {\n      ...SongFields\n    }\n  }\n": types.PlaylistEntryFieldsFragmentDoc,
    "\n  mutation MovePlaylistEntry($id: ID!, $entryId: ID!, $toPosition: Int!, $expectedVersion: Int) {\n    movePlaylistEntry(id: $id, entryId: $entryId, toPosition: $toPosition, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": types.MovePlaylistEntryDocument,
    "\n  mutation RemovePlaylistEntry($id: ID!, $entryIds: [ID!]!, $expectedVersion: Int) {\n    removeFromPlaylist(id: $id, entryIds: $entryIds, expectedVersion: $expectedVersion) {\n      id\n      version\n      songCount\n    }\n  }\n": types.RemovePlaylistEntryDocument,
    "\n  mutation DeletePlaylist($id: ID!) {\n    deletePlaylist(id: $id)\n  }\n": types.DeletePlaylistDocument,
    "\n  mutation RenamePlaylist($id: ID!, $input: PlaylistInput!, $expectedVersion: Int) {\n    updatePlaylist(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      version\n    }\n  }\n": types.RenamePlaylistDocument,
    "\n  mutation AddToPlaylist($id: ID!, $songIds: [ID!]!) {\n    addToPlaylist(id: $id, songIds: $songIds) {\n      id\n      songCount\n      version\n    }\n  }\n": types.AddToPlaylistDocument,
    "\n  query MyPlaylists {\n    me {\n      id\n      playlists(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            songCount\n            version\n          }\n        }\n      }\n    }\n  }\n": types.MyPlaylistsDocument,
    "\n  fragment SessionFields on AuthPayload {\n    token\n    expiresAt\n    user {\n      id\n      displayName\n      email\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($email: String!, $password: String!, $displayName: String) {\n    register(email: $email, password: $password, displayName: $displayName) {\n      ...SessionFields\n    }\n  }\n": types.SignUpDocument,
    "\n  fragment AppPasswordFields on AppPassword {\n    id\n    name\n    createdAt\n    lastUsedAt\n  }\n": types.AppPasswordFieldsFragmentDoc,
    "\n  query AppPasswords {\n    me {\n      id\n      email\n      appPasswords {\n        ...AppPasswordFields\n      }\n    }\n  }\n": types.AppPasswordsDocument,
    "\n  mutation CreateAppPassword($name: String!) {\n    createAppPassword(name: $name) {\n      password\n      appPassword {\n        ...AppPasswordFields\n      }\n    }\n  }\n": types.CreateAppPasswordDocument,
    "\n  mutation RevokeAppPassword($id: ID!) {\n    revokeAppPassword(id: $id)\n  }\n": types.RevokeAppPasswordDocument,
    "\n  query PreviewSmartPlaylist($rules: SmartPlaylistRules!, $first: Int) {\n    previewSmartPlaylist(rules: $rules, first: $first) {\n      songCount\n      songs {\n        id\n        title\n        artist\n        playCount\n      }\n    }\n  }\n": types.PreviewSmartPlaylistDocument,
    "\n  mutation CreateSmartPlaylist($input: SmartPlaylistInput!) {\n    createSmartPlaylist(input: $input) {\n      ...SmartPlaylistFields\n    }\n  }\n": types.CreateSmartPlaylistDocument,
    "\n  mutation UpdateSmartPlaylist($id: ID!, $input: SmartPlaylistInput!, $expectedVersion: Int) {\n    updateSmartPlaylist(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...SmartPlaylistFields\n    }\n  }\n": types.UpdateSmartPlaylistDocument,
    "\n  query SmartPlaylistToEdit($id: ID!) {\n    smartPlaylist(id: $id) {\n      ...SmartPlaylistFields\n    }\n  }\n": types.SmartPlaylistToEditDocument,
    "\n  query SmartPlaylist($id: ID!, $first: Int) {\n    smartPlaylist(id: $id) {\n      ...SmartPlaylistFields\n      songs(first: $first) {\n        ...SongFields\n      }\n    }\n  }\n": types.SmartPlaylistDocument,
    "\n  mutation DeleteSmartPlaylist($id: ID!) {\n    deleteSmartPlaylist(id: $id)\n  }\n": types.DeleteSmartPlaylistDocument,
    "\n  fragment SmartPlaylistFields on SmartPlaylist {\n    id\n    name\n    description\n    rules\n    songCount\n    durationSeconds\n    coverUrl\n    version\n    owner {\n      id\n      displayName\n    }\n  }\n": types.SmartPlaylistFieldsFragmentDoc,
    "\n  query MySmartPlaylists {\n    me {\n      id\n      smartPlaylists {\n        id\n        name\n        songCount\n      }\n    }\n  }\n": types.MySmartPlaylistsDocument,
    "\n  mutation UpdateSong($id: ID!, $metadata: SongMetadataInput!) {\n    updateSong(id: $id, metadata: $metadata) {\n      ...SongFields\n    }\n  }\n": types.UpdateSongDocument,
    "\n  mutation DeleteSong($id: ID!) {\n    deleteSong(id: $id)\n  }\n": types.DeleteSongDocument,
    "\n  fragment SongFields on Song {\n    id\n    title\n    artist\n    album\n    albumArtist\n    trackNumber\n    discNumber\n    genre\n    releaseYear\n    durationSeconds\n    streamUrl\n    coverUrl\n    playCount\n    starred\n    uploadedBy {\n      id\n      displayName\n    }\n  }\n": types.SongFieldsFragmentDoc,
    "\n  mutation Star($kind: FavouriteKind!, $id: ID!) {\n    star(kind: $kind, id: $id)\n  }\n": types.StarDocument,
    "\n  mutation Unstar($kind: FavouriteKind!, $id: ID!) {\n    unstar(kind: $kind, id: $id)\n  }\n": types.UnstarDocument,
    "\n  mutation UploadSong($file: Upload!, $metadata: SongMetadataInput) {\n    uploadSong(file: $file, metadata: $metadata) {\n      ...SongFields\n    }\n  }\n": types.UploadSongDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AlbumCardFields on Album {\n    id\n    title\n    year\n    coverUrl\n    artist {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AlbumCardFields on Album {\n    id\n    title\n    year\n    coverUrl\n    artist {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Album($id: ID!) {\n    album(id: $id) {\n      id\n      title\n      year\n      genre\n      coverUrl\n      durationSeconds\n      songCount\n      playCount\n      starred\n      artist {\n        id\n        name\n      }\n      songs {\n        ...SongFields\n        trackNumber\n        discNumber\n      }\n    }\n  }\n"): (typeof documents)["\n  query Album($id: ID!) {\n    album(id: $id) {\n      id\n      title\n      year\n      genre\n      coverUrl\n      durationSeconds\n      songCount\n      playCount\n      starred\n      artist {\n        id\n        name\n      }\n      songs {\n        ...SongFields\n        trackNumber\n        discNumber\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Albums($sort: AlbumSort, $first: Int, $after: String) {\n    albums(sort: $sort, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...AlbumCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Albums($sort: AlbumSort, $first: Int, $after: String) {\n    albums(sort: $sort, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...AlbumCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Artist($id: ID!) {\n    artist(id: $id) {\n      id\n      name\n      albumCount\n      songCount\n      starred\n      albums {\n        ...AlbumCardFields\n      }\n      topSongs(first: 10) {\n        ...SongFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Artist($id: ID!) {\n    artist(id: $id) {\n      id\n      name\n      albumCount\n      songCount\n      starred\n      albums {\n        ...AlbumCardFields\n      }\n      topSongs(first: 10) {\n        ...SongFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Artists($query: String, $first: Int, $after: String) {\n    artists(query: $query, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ArtistRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Artists($query: String, $first: Int, $after: String) {\n    artists(query: $query, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ArtistRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArtistRowFields on Artist {\n    id\n    name\n    albumCount\n    songCount\n  }\n"): (typeof documents)["\n  fragment ArtistRowFields on Artist {\n    id\n    name\n    albumCount\n    songCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TopSongs($first: Int, $since: DateTime) {\n    topSongs(first: $first, since: $since) {\n      ...SongFields\n    }\n  }\n"): (typeof documents)["\n  query TopSongs($first: Int, $since: DateTime) {\n    topSongs(first: $first, since: $since) {\n      ...SongFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FavouriteSongs($first: Int, $after: String) {\n    me {\n      id\n      favourites {\n        songs(first: $first, after: $after) {\n          totalCount\n          edges {\n            cursor\n            starredAt\n            node {\n              ...SongFields\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FavouriteSongs($first: Int, $after: String) {\n    me {\n      id\n      favourites {\n        songs(first: $first, after: $after) {\n          totalCount\n          edges {\n            cursor\n            starredAt\n            node {\n              ...SongFields\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FavouriteAlbums($first: Int, $after: String) {\n    me {\n      id\n      favourites {\n        albums(first: $first, after: $after) {\n          totalCount\n          edges {\n            cursor\n            starredAt\n            node {\n              ...AlbumCardFields\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FavouriteAlbums($first: Int, $after: String) {\n    me {\n      id\n      favourites {\n        albums(first: $first, after: $after) {\n          totalCount\n          edges {\n            cursor\n            starredAt\n            node {\n              ...AlbumCardFields\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FavouriteArtists($first: Int, $after: String) {\n    me {\n      id\n      favourites {\n        artists(first: $first, after: $after) {\n          totalCount\n          edges {\n            cursor\n            starredAt\n            node {\n              ...ArtistRowFields\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FavouriteArtists($first: Int, $after: String) {\n    me {\n      id\n      favourites {\n        artists(first: $first, after: $after) {\n          totalCount\n          edges {\n            cursor\n            starredAt\n            node {\n              ...ArtistRowFields\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query History($first: Int, $after: String) {\n    me {\n      id\n      listeningStats {\n        totalPlays\n        secondsListened\n        distinctSongs\n        topArtists(first: 1) {\n          artist\n          plays\n        }\n      }\n      history(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            action\n            occurredAt\n            songTitle\n            songArtist\n            songRemoved\n            song {\n              ...SongFields\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query History($first: Int, $after: String) {\n    me {\n      id\n      listeningStats {\n        totalPlays\n        secondsListened\n        distinctSongs\n        topArtists(first: 1) {\n          artist\n          plays\n        }\n      }\n      history(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            action\n            occurredAt\n            songTitle\n            songArtist\n            songRemoved\n            song {\n              ...SongFields\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      email\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      displayName\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    logout\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibrarySongs($query: String, $genre: String, $first: Int, $after: String) {\n    songs(query: $query, genre: $genre, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...SongFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query LibrarySongs($query: String, $genre: String, $first: Int, $after: String) {\n    songs(query: $query, genre: $genre, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...SongFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Genres {\n    genres\n  }\n"): (typeof documents)["\n  query Genres {\n    genres\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      __typename\n      ... on Album {\n        ...AlbumCardFields\n      }\n      ... on Artist {\n        ...ArtistRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      __typename\n      ... on Album {\n        ...AlbumCardFields\n      }\n      ... on Artist {\n        ...ArtistRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SongLyrics($id: ID!) {\n    song(id: $id) {\n      id\n      title\n      uploadedBy {\n        id\n      }\n      lyrics {\n        ...LyricsFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SongLyrics($id: ID!) {\n    song(id: $id) {\n      id\n      title\n      uploadedBy {\n        id\n      }\n      lyrics {\n        ...LyricsFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LyricsFields on Lyrics {\n    synced\n    source\n    plain\n    lines {\n      timeMs\n      text\n    }\n  }\n"): (typeof documents)["\n  fragment LyricsFields on Lyrics {\n    synced\n    source\n    plain\n    lines {\n      timeMs\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadLyrics($songId: ID!, $file: Upload!) {\n    uploadLyrics(songId: $songId, file: $file) {\n      skippedLines\n      song {\n        id\n        lyrics {\n          ...LyricsFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UploadLyrics($songId: ID!, $file: Upload!) {\n    uploadLyrics(songId: $songId, file: $file) {\n      skippedLines\n      song {\n        id\n        lyrics {\n          ...LyricsFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveLyrics($songId: ID!) {\n    removeLyrics(songId: $songId) {\n      id\n      lyrics {\n        ...LyricsFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveLyrics($songId: ID!) {\n    removeLyrics(songId: $songId) {\n      id\n      lyrics {\n        ...LyricsFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlayingSongStarred($id: ID!) {\n    song(id: $id) {\n      id\n      starred\n    }\n  }\n"): (typeof documents)["\n  query PlayingSongStarred($id: ID!) {\n    song(id: $id) {\n      id\n      starred\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPlayback($songId: ID!, $action: PlaybackAction!, $positionSeconds: Float) {\n    recordPlayback(songId: $songId, action: $action, positionSeconds: $positionSeconds) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPlayback($songId: ID!, $action: PlaybackAction!, $positionSeconds: Float) {\n    recordPlayback(songId: $songId, action: $action, positionSeconds: $positionSeconds) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FreshStreamUrl($id: ID!, $format: StreamFormat, $maxBitRate: Int) {\n    song(id: $id) {\n      id\n      qualityStreamUrl: streamUrl(format: $format, maxBitRate: $maxBitRate)\n    }\n  }\n"): (typeof documents)["\n  query FreshStreamUrl($id: ID!, $format: StreamFormat, $maxBitRate: Int) {\n    song(id: $id) {\n      id\n      qualityStreamUrl: streamUrl(format: $format, maxBitRate: $maxBitRate)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SongPlaybackDetails($id: ID!) {\n    song(id: $id) {\n      id\n      loudness {\n        trackGainDb\n        trackPeak\n        albumGainDb\n        albumPeak\n      }\n      gapless {\n        encoderDelaySamples\n        paddingSamples\n        totalSamples\n      }\n    }\n  }\n"): (typeof documents)["\n  query SongPlaybackDetails($id: ID!) {\n    song(id: $id) {\n      id\n      loudness {\n        trackGainDb\n        trackPeak\n        albumGainDb\n        albumPeak\n      }\n      gapless {\n        encoderDelaySamples\n        paddingSamples\n        totalSamples\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestoredSong($id: ID!) {\n    song(id: $id) {\n      id\n      streamUrl\n    }\n  }\n"): (typeof documents)["\n  query RestoredSong($id: ID!) {\n    song(id: $id) {\n      id\n      streamUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlaylist($input: PlaylistInput!) {\n    createPlaylist(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePlaylist($input: PlaylistInput!) {\n    createPlaylist(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Playlist($id: ID!, $first: Int, $after: String) {\n    playlist(id: $id) {\n      id\n      name\n      description\n      public\n      songCount\n      durationSeconds\n      coverUrl\n      version\n      owner {\n        id\n        displayName\n      }\n      entries(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...PlaylistEntryFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Playlist($id: ID!, $first: Int, $after: String) {\n    playlist(id: $id) {\n      id\n      name\n      description\n      public\n      songCount\n      durationSeconds\n      coverUrl\n      version\n      owner {\n        id\n        displayName\n      }\n      entries(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...PlaylistEntryFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlaylistEntryFields on PlaylistEntry {\n    id\n    position\n    songTitle\n    songArtist\n    durationSeconds\n    songRemoved\n    song {\n      ...SongFields\n    }\n  }\n"): (typeof documents)["\n  fragment PlaylistEntryFields on PlaylistEntry {\n    id\n    position\n    songTitle\n    songArtist\n    durationSeconds\n    songRemoved\n    song {\n      ...SongFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MovePlaylistEntry($id: ID!, $entryId: ID!, $toPosition: Int!, $expectedVersion: Int) {\n    movePlaylistEntry(id: $id, entryId: $entryId, toPosition: $toPosition, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation MovePlaylistEntry($id: ID!, $entryId: ID!, $toPosition: Int!, $expectedVersion: Int) {\n    movePlaylistEntry(id: $id, entryId: $entryId, toPosition: $toPosition, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePlaylistEntry($id: ID!, $entryIds: [ID!]!, $expectedVersion: Int) {\n    removeFromPlaylist(id: $id, entryIds: $entryIds, expectedVersion: $expectedVersion) {\n      id\n      version\n      songCount\n    }\n  }\n"): (typeof documents)["\n  mutation RemovePlaylistEntry($id: ID!, $entryIds: [ID!]!, $expectedVersion: Int) {\n    removeFromPlaylist(id: $id, entryIds: $entryIds, expectedVersion: $expectedVersion) {\n      id\n      version\n      songCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePlaylist($id: ID!) {\n    deletePlaylist(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeletePlaylist($id: ID!) {\n    deletePlaylist(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenamePlaylist($id: ID!, $input: PlaylistInput!, $expectedVersion: Int) {\n    updatePlaylist(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RenamePlaylist($id: ID!, $input: PlaylistInput!, $expectedVersion: Int) {\n    updatePlaylist(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddToPlaylist($id: ID!, $songIds: [ID!]!) {\n    addToPlaylist(id: $id, songIds: $songIds) {\n      id\n      songCount\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AddToPlaylist($id: ID!, $songIds: [ID!]!) {\n    addToPlaylist(id: $id, songIds: $songIds) {\n      id\n      songCount\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPlaylists {\n    me {\n      id\n      playlists(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            songCount\n            version\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPlaylists {\n    me {\n      id\n      playlists(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            songCount\n            version\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on AuthPayload {\n    token\n    expiresAt\n    user {\n      id\n      displayName\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment SessionFields on AuthPayload {\n    token\n    expiresAt\n    user {\n      id\n      displayName\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($email: String!, $password: String!, $displayName: String) {\n    register(email: $email, password: $password, displayName: $displayName) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($email: String!, $password: String!, $displayName: String) {\n    register(email: $email, password: $password, displayName: $displayName) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppPasswordFields on AppPassword {\n    id\n    name\n    createdAt\n    lastUsedAt\n  }\n"): (typeof documents)["\n  fragment AppPasswordFields on AppPassword {\n    id\n    name\n    createdAt\n    lastUsedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppPasswords {\n    me {\n      id\n      email\n      appPasswords {\n        ...AppPasswordFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AppPasswords {\n    me {\n      id\n      email\n      appPasswords {\n        ...AppPasswordFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAppPassword($name: String!) {\n    createAppPassword(name: $name) {\n      password\n      appPassword {\n        ...AppPasswordFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAppPassword($name: String!) {\n    createAppPassword(name: $name) {\n      password\n      appPassword {\n        ...AppPasswordFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeAppPassword($id: ID!) {\n    revokeAppPassword(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeAppPassword($id: ID!) {\n    revokeAppPassword(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewSmartPlaylist($rules: SmartPlaylistRules!, $first: Int) {\n    previewSmartPlaylist(rules: $rules, first: $first) {\n      songCount\n      songs {\n        id\n        title\n        artist\n        playCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewSmartPlaylist($rules: SmartPlaylistRules!, $first: Int) {\n    previewSmartPlaylist(rules: $rules, first: $first) {\n      songCount\n      songs {\n        id\n        title\n        artist\n        playCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSmartPlaylist($input: SmartPlaylistInput!) {\n    createSmartPlaylist(input: $input) {\n      ...SmartPlaylistFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSmartPlaylist($input: SmartPlaylistInput!) {\n    createSmartPlaylist(input: $input) {\n      ...SmartPlaylistFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSmartPlaylist($id: ID!, $input: SmartPlaylistInput!, $expectedVersion: Int) {\n    updateSmartPlaylist(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...SmartPlaylistFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSmartPlaylist($id: ID!, $input: SmartPlaylistInput!, $expectedVersion: Int) {\n    updateSmartPlaylist(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...SmartPlaylistFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmartPlaylistToEdit($id: ID!) {\n    smartPlaylist(id: $id) {\n      ...SmartPlaylistFields\n    }\n  }\n"): (typeof documents)["\n  query SmartPlaylistToEdit($id: ID!) {\n    smartPlaylist(id: $id) {\n      ...SmartPlaylistFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmartPlaylist($id: ID!, $first: Int) {\n    smartPlaylist(id: $id) {\n      ...SmartPlaylistFields\n      songs(first: $first) {\n        ...SongFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SmartPlaylist($id: ID!, $first: Int) {\n    smartPlaylist(id: $id) {\n      ...SmartPlaylistFields\n      songs(first: $first) {\n        ...SongFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSmartPlaylist($id: ID!) {\n    deleteSmartPlaylist(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteSmartPlaylist($id: ID!) {\n    deleteSmartPlaylist(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SmartPlaylistFields on SmartPlaylist {\n    id\n    name\n    description\n    rules\n    songCount\n    durationSeconds\n    coverUrl\n    version\n    owner {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment SmartPlaylistFields on SmartPlaylist {\n    id\n    name\n    description\n    rules\n    songCount\n    durationSeconds\n    coverUrl\n    version\n    owner {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySmartPlaylists {\n    me {\n      id\n      smartPlaylists {\n        id\n        name\n        songCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query MySmartPlaylists {\n    me {\n      id\n      smartPlaylists {\n        id\n        name\n        songCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSong($id: ID!, $metadata: SongMetadataInput!) {\n    updateSong(id: $id, metadata: $metadata) {\n      ...SongFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSong($id: ID!, $metadata: SongMetadataInput!) {\n    updateSong(id: $id, metadata: $metadata) {\n      ...SongFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSong($id: ID!) {\n    deleteSong(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteSong($id: ID!) {\n    deleteSong(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SongFields on Song {\n    id\n    title\n    artist\n    album\n    albumArtist\n    trackNumber\n    discNumber\n    genre\n    releaseYear\n    durationSeconds\n    streamUrl\n    coverUrl\n    playCount\n    starred\n    uploadedBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment SongFields on Song {\n    id\n    title\n    artist\n    album\n    albumArtist\n    trackNumber\n    discNumber\n    genre\n    releaseYear\n    durationSeconds\n    streamUrl\n    coverUrl\n    playCount\n    starred\n    uploadedBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Star($kind: FavouriteKind!, $id: ID!) {\n    star(kind: $kind, id: $id)\n  }\n"): (typeof documents)["\n  mutation Star($kind: FavouriteKind!, $id: ID!) {\n    star(kind: $kind, id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unstar($kind: FavouriteKind!, $id: ID!) {\n    unstar(kind: $kind, id: $id)\n  }\n"): (typeof documents)["\n  mutation Unstar($kind: FavouriteKind!, $id: ID!) {\n    unstar(kind: $kind, id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadSong($file: Upload!, $metadata: SongMetadataInput) {\n    uploadSong(file: $file, metadata: $metadata) {\n      ...SongFields\n    }\n  }\n"): (typeof documents)["\n  mutation UploadSong($file: Upload!, $metadata: SongMetadataInput) {\n    uploadSong(file: $file, metadata: $metadata) {\n      ...SongFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;