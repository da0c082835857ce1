import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
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

/**
 * The limits must stop abuse without ever refusing what the product itself sends: every operation
 * of the web app (its generated documents) and the playground's introspection pass them, with room.
 */

const apiSchema = buildSchema(
  await readFile(createRequire(import.meta.url).resolve('@sp0t1fy/schema/api.graphql'), 'utf8'),
);
const WEB_DOCUMENTS = fileURLToPath(new URL('../../web/src/__generated__/graphql.ts', import.meta.url));

/** The web app's operations, as graphql-codegen wrote them (`export const XDocument = {…} as unknown as …`). */
async function webDocuments(): Promise<Array<[string, DocumentNode]>> {
  const source = await readFile(WEB_DOCUMENTS, 'utf8');
  return [...source.matchAll(/^export const (\w+Document) = (\{.*\}) as unknown as /gm)].map(([, name, json]) => [
    name as string,
    JSON.parse(json as string) as DocumentNode,
  ]);
}

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
