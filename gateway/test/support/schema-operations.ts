import {
  buildClientSchema,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getIntrospectionQuery,
  getNamedType,
  type IntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import type { GraphQLClient, GraphQLResponse } from './client.js';

/**
 * Operations built from the API schema the gateway serves, so a test can reach every field of it,
 * including ones added after the test was written.
 */

/** The schema clients see, as the gateway introspects it (introspection is on outside production). */
export async function apiSchema(client: GraphQLClient): Promise<GraphQLSchema> {
  const response = await client.request<IntrospectionQuery>(getIntrospectionQuery());
  if (!response.data) throw new Error(`Introspection failed: ${JSON.stringify(response.errors)}`);
  return buildClientSchema(response.data);
}

/** What an argument of a scalar type gets; a scalar the table lacks fails loudly rather than being skipped. */
export interface ArgumentValues {
  /** Every ID argument: a real song, so a resolver that forgot its check would act on something. */
  id: string;
  /** The bytes of Upload arguments, sent as a multipart request. */
  upload: { bytes: Uint8Array; filename: string };
}

const UPLOAD = Symbol('upload');

/** A valid-looking value of `type`; input objects get every field, lists one item. */
function argumentValue(type: GraphQLInputType, name: string, values: ArgumentValues): unknown {
  if (isNonNullType(type)) return argumentValue(type.ofType, name, values);
  if (isListType(type)) return [argumentValue(type.ofType, name, values)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields()).map((field) => [field.name, argumentValue(field.type, field.name, values)]),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return values.id;
      case 'String':
        return `Valid ${name}`;
      case 'Int':
        // Years have a range of their own; 2 fits every page size.
        return /year/i.test(name) ? 2001 : 2;
      case 'Float':
        return 1.5;
      case 'Boolean':
        return true;
      case 'DateTime':
        return '2020-01-01T00:00:00Z';
      case 'Upload':
        return UPLOAD;
      case 'SmartPlaylistRules':
        // Valid rules, so a resolver that forgot its check would evaluate or save them.
        return { field: 'title', op: 'contains', value: 'a' };
    }
  }
  throw new Error(`The test has no value for ${String(type)} (argument ${name}); add one to schema-operations.ts`);
}

/**
 * One field's call, `field(a: $prefix_a …)`, with its variable definitions and values; `given`
 * overrides built values by argument name.
 */
export function fieldCall(
  field: GraphQLField<unknown, unknown>,
  values: ArgumentValues,
  { given, prefix = field.name }: { given?: Record<string, unknown>; prefix?: string } = {},
) {
  const variables: Record<string, unknown> = {};
  const definitions: string[] = [];
  const args: string[] = [];
  for (const arg of field.args) {
    const variable = `${prefix}_${arg.name}`;
    definitions.push(`$${variable}: ${String(arg.type)}`);
    args.push(`${arg.name}: $${variable}`);
    variables[variable] = given && arg.name in given ? given[arg.name] : argumentValue(arg.type, arg.name, values);
  }
  return {
    definitions,
    variables,
    text: (selection?: string) =>
      `${field.name}${args.length ? `(${args.join(', ')})` : ''}${
        selection ?? (isLeafType(getNamedType(field.type)) ? '' : ' { __typename }')
      }`,
  };
}

/** Sends an operation; variables holding an Upload go as files of a GraphQL multipart request. */
export async function send(
  client: GraphQLClient,
  query: string,
  variables: Record<string, unknown>,
  values: ArgumentValues,
): Promise<GraphQLResponse> {
  const files = Object.keys(variables).filter((name) => variables[name] === UPLOAD);
  if (files.length === 0) return client.request(query, variables);
  const form = new FormData();
  form.append('operations', JSON.stringify({ query, variables: { ...variables, ...nulls(files) } }));
  form.append('map', JSON.stringify(Object.fromEntries(files.map((name, i) => [String(i), [`variables.${name}`]]))));
  files.forEach((_name, i) => {
    form.append(String(i), new Blob([values.upload.bytes], { type: 'audio/mpeg' }), values.upload.filename);
  });
  const response = await fetch(`${client.url}/graphql`, {
    method: 'POST',
    headers: {
      'apollo-require-preflight': 'true',
      ...(client.token ? { authorization: `Bearer ${client.token}` } : {}),
    },
    body: form,
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse, 'status'>) };
}

const nulls = (names: string[]) => Object.fromEntries(names.map((name) => [name, null]));
