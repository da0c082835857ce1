import { subgraphResolverTypes } from '@sp0t1fy/platform/codegen';

export default subgraphResolverTypes({
  contextType: '../context.js#UsersContext',
  mappers: { User: '../database.js#UserRow', AppPassword: '../database.js#AppPasswordRow' },
  scalars: { DateTime: 'Date' },
});
