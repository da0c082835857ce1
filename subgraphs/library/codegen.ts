import { subgraphResolverTypes } from '@sp0t1fy/platform/codegen';

export default subgraphResolverTypes({
  contextType: '../context.js#LibraryContext',
  mappers: {
    Song: '../resolvers/parents.js#EntityParent',
    Album: '../resolvers/parents.js#EntityParent',
    Artist: '../resolvers/parents.js#EntityParent',
    User: '../resolvers/parents.js#EntityParent',
    Favourites: '../resolvers/parents.js#FavouritesParent',
    FavouriteSongConnection: '../resolvers/parents.js#FavouritePage',
    FavouriteAlbumConnection: '../resolvers/parents.js#FavouritePage',
    FavouriteArtistConnection: '../resolvers/parents.js#FavouritePage',
    FavouriteSongEdge: '../providers/favourites.js#FavouriteRow',
    FavouriteAlbumEdge: '../providers/favourites.js#FavouriteRow',
    FavouriteArtistEdge: '../providers/favourites.js#FavouriteRow',
    Playlist: '../providers/playlists.js#PlaylistRow',
    PlaylistEdge: '../providers/playlists.js#PlaylistRow',
    PlaylistConnection: '../resolvers/parents.js#PlaylistPage',
    PlaylistEntry: '../providers/playlist-entries.js#PlaylistEntryView',
    PlaylistEntryEdge: '../providers/playlist-entries.js#PlaylistEntryView',
    PlaylistEntryConnection: '../resolvers/parents.js#PlaylistEntryPage',
    PlaylistImport: '../resolvers/parents.js#PlaylistImportResult',
    SmartPlaylist: '../providers/smart-playlists.js#SmartPlaylistRow',
    SmartPlaylistPreview: '../resolvers/parents.js#SmartPlaylistPreviewResult',
  },
  scalars: { DateTime: 'Date' },
});
