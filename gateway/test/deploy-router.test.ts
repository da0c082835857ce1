/**
 * What the README promises about swapping in Apollo Router (whose binary cannot be fetched here):
 * the supergraph only uses spec versions the router loads, and deploy/router/router.yaml routes to
 * the compose services and forwards what the Node gateway forwards.
 */
import { REQUEST_ID_HEADER } from '@sp0t1fy/platform';
import { type ConstDirectiveNode, Kind, parse, type StringValueNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { exampleEnv, readRepoFile, resolvedCompose } from './support/deploy-files.js';

/**
 * Core-schema specs Apollo Router loads: link v1.0 and join up to v0.5 (Federation 2.x supergraphs,
 * join v0.4 since Router 1.39), tag and inaccessible as composition emits them.
 */
const ROUTER_SPECS = new Set([
  'https://specs.apollo.dev/link/v1.0',
  ...['v0.1', 'v0.2', 'v0.3', 'v0.4', 'v0.5'].map((version) => `https://specs.apollo.dev/join/${version}`),
  ...['v0.1', 'v0.2', 'v0.3'].map((version) => `https://specs.apollo.dev/tag/${version}`),
  ...['v0.1', 'v0.2'].map((version) => `https://specs.apollo.dev/inaccessible/${version}`),
]);

interface RouterConfig {
  supergraph: { listen: string; path: string; introspection: boolean };
  override_subgraph_url: Record<string, string>;
  headers: { all: { request: Array<{ propagate?: { named: string } }> } };
  include_subgraph_errors: { all: boolean };
}

const supergraph = parse(readRepoFile('schema/supergraph.graphql'));
const router = parseYaml(readRepoFile('deploy/router/router.yaml')) as RouterConfig;

const stringArgument = (directive: ConstDirectiveNode, name: string) =>
  (directive.arguments?.find((argument) => argument.name.value === name)?.value as StringValueNode | undefined)?.value;

describe('Apollo Router on the same supergraph', () => {
  it('uses only core-schema specs the router loads', () => {
    const schema = supergraph.definitions.find((definition) => definition.kind === Kind.SCHEMA_DEFINITION);
    const links = (schema?.directives ?? [])
      .filter((directive) => directive.name.value === 'link')
      .map((directive) => stringArgument(directive, 'url'));
    expect(links).toContain('https://specs.apollo.dev/join/v0.4');
    expect(links.filter((url) => !ROUTER_SPECS.has(url as string))).toEqual([]);
  });

  it('routes every subgraph of the supergraph to its compose service', () => {
    const graphs = supergraph.definitions.flatMap((definition) =>
      definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'join__Graph'
        ? (definition.values ?? []).flatMap((value) => value.directives ?? [])
        : [],
    );
    const names = graphs.map((directive) => stringArgument(directive, 'name') as string);
    expect(Object.keys(router.override_subgraph_url).sort()).toEqual(names.sort());

    const compose = resolvedCompose(exampleEnv());
    const gatewayEnv = compose.services.gateway?.environment ?? {};
    for (const name of names) {
      const routed = new URL(router.override_subgraph_url[name] as string);
      const gatewayUrl = new URL(String(gatewayEnv[`${name.toUpperCase()}_URL`]));
      expect(routed.host, name).toBe(gatewayUrl.host);
      expect(routed.pathname, name).toBe('/graphql');
    }
    expect(router.supergraph).toMatchObject({ listen: '0.0.0.0:4000', path: '/graphql', introspection: false });
  });

  it('forwards what the Node gateway forwards, and lets subgraph errors through', () => {
    const propagated = router.headers.all.request.map((rule) => rule.propagate?.named);
    expect(propagated).toEqual(['authorization', REQUEST_ID_HEADER, 'x-forwarded-for']);
    const gatewaySource = readRepoFile('gateway/src/subgraph-data-source.ts');
    for (const header of ['authorization', 'x-forwarded-for']) expect(gatewaySource).toContain(`'${header}'`);
    expect(router.include_subgraph_errors.all).toBe(true);
  });
});
