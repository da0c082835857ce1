import { subgraphResolverTypes } from '@sp0t1fy/platform/codegen';

export default subgraphResolverTypes({
  contextType: '../context.js#CatalogContext',
  mappers: {
    Song: '../database.js#SongRow',
    Album: '../database.js#AlbumRow',
    Artist: '../database.js#ArtistRow',
    Playlist: '../resolvers/playlist-cover.js#PlaylistCoverParent',
    SmartPlaylist: '../resolvers/playlist-cover.js#PlaylistCoverParent',
  },
  scalars: {
    DateTime: 'Date',
    // graphql-upload-minimal resolves an Upload variable to a promise of the file.
    Upload: "Promise<import('../providers/song-uploads.js').IncomingFile>",
  },
});
