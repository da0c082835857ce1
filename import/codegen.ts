import type { CodegenConfig } from '@graphql-codegen/cli';
import { clientOperationTypes } from '@sp0t1fy/platform/codegen';

/** Typed operations for every `graphql()` call in src; the importer sends them over plain HTTP. */
const config: CodegenConfig = clientOperationTypes({
  documents: ['src/**/*.ts', '!src/__generated__/**'],
  output: 'src/__generated__/',
});

export default config;
