import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import {
  buildSchema,
  type DocumentNode,
  type GraphQLError,
  getIntrospectionQuery,
  parse,
  print,
  specifiedRules,
  validate,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { queryLimits } from '../src/security-limits.js';
import { webDocuments } from './support/web-operations.js';

/**
 * The limits must stop abuse without ever refusing what the product itself sends: every operation
 * of the web app (its generated documents) and the playground's introspection pass them, with room.
 */

const apiSchema = buildSchema(
  await readFile(createRequire(import.meta.url).resolve('@sp0t1fy/schema/api.graphql'), 'utf8'),
);
function limitErrors(document: DocumentNode, limits = queryLimits()): readonly GraphQLError[] {
  // Re-parsing the printed operation applies the token limit the way the gateway's parser does.
  parse(print(document), limits.parseOptions);
  return validate(apiSchema, document, [...specifiedRules, ...limits.validationRules]);
}

describe('the query limits fit what the product sends', () => {
  it('passes every operation of the web app', async () => {
    const documents = await webDocuments();
    expect(documents.length).toBeGreaterThan(5);
    for (const [name, document] of documents) expect(limitErrors(document), name).toEqual([]);
  });

  it('passes the playground’s full introspection query', () => {
    expect(limitErrors(parse(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true })))).toEqual([]);
  });
});
