import type { CodegenConfig } from '@graphql-codegen/cli';
import { clientOperationTypes } from '@sp0t1fy/platform/codegen';

/**
 * The Subsonic API's operations (src/subsonic/operations/*.graphql), typed from the client-facing
 * schema: the gateway runs them in-process as any client of the supergraph would.
 */
const config: CodegenConfig = clientOperationTypes({
  documents: ['src/subsonic/operations/**/*.graphql'],
  output: 'src/subsonic/__generated__/',
});

export default config;
