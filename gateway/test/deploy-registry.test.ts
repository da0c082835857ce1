/**
 * The subgraph registry (schema/src/registry.ts) is the one list of subgraphs; the deployment files
 * written by hand must agree with it, so adding a subgraph without them fails here.
 */
import { loadService, subgraphs, variablesOf } from '@sp0t1fy/schema';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  builderPaths,
  copiesOf,
  dockerStages,
  environmentOf,
  exampleEnv,
  imageBuildOf,
  imageInstructions,
  instructionsOf,
  readRepoFile,
  resolvedCompose,
  startedProgram,
} from './support/deploy-files.js';

const compose = resolvedCompose(exampleEnv());
const stages = dockerStages();
const router = parseYaml(readRepoFile('deploy/router/router.yaml')) as {
  override_subgraph_url: Record<string, string>;
};
const gatewayEnv = environmentOf(compose.services.gateway ?? {});
const packageDir = (module: string) => `subgraphs/${module.replace(/^@sp0t1fy\//, '')}`;

describe.each(subgraphs)('the $name subgraph of the registry', (entry) => {
  const variables = variablesOf(entry);

  it('is built by compose as the subgraph image, with its name and registry port', () => {
    const image = imageBuildOf(compose.services[entry.name] ?? {});
    expect(image).toEqual({ target: 'subgraph', args: { SUBGRAPH: entry.name, PORT: String(entry.port) } });
  });

  it('runs its own main in that image, listening on its registry port unless told otherwise', async () => {
    const image = { target: 'subgraph', args: { SUBGRAPH: entry.name, PORT: String(entry.port) } };
    expect(startedProgram(stages, image)).toBe(`${packageDir(entry.module)}/dist/main.js`);
    expect(instructionsOf(stages, image, 'EXPOSE').flatMap((instruction) => instruction.args)).toEqual([
      String(entry.port),
    ]);
    // The image sets no port: its configuration's default is the registry's.
    const { configSchema } = await loadService(entry);
    expect(configSchema.parse({})[variables.port]).toBe(entry.port);
    // The gateway image can host it too (the one-process layout).
    const gateway = { target: 'gateway', args: {} };
    const gatewayCopies = copiesOf(imageInstructions(stages, gateway))
      .filter((copy) => copy.from === 'builder')
      .flatMap((copy) => copy.sources.flatMap((source) => builderPaths(stages, source)));
    expect(gatewayCopies).toContain(`${packageDir(entry.module)}/dist`);
  });

  it('is a compose service which the gateway reaches at its URL variable', () => {
    expect(gatewayEnv[variables.url]).toBe(`http://${entry.name}:${entry.port}`);
    expect(environmentOf(compose.services[entry.name] ?? {})[variables.databaseUrl]).toMatch(
      new RegExp(`^postgres://${entry.name}:.*@postgres:5432/${entry.name}$`),
    );
  });

  it('has its own database from the PostgreSQL init script, and a route in router.yaml', () => {
    const databases = (environmentOf(compose.services.postgres ?? {}).SP0T1FY_DATABASES ?? '').split(/\s+/);
    expect(databases).toContain(entry.name);
    expect(router.override_subgraph_url[entry.name]).toBe(`http://${entry.name}:${entry.port}/graphql`);
  });
});

describe('the registry', () => {
  it('names every subgraph the deployment files name, and no other', () => {
    const names = subgraphs.map((entry) => entry.name).sort();
    expect(Object.keys(router.override_subgraph_url).sort()).toEqual(names);
    const databases = (environmentOf(compose.services.postgres ?? {}).SP0T1FY_DATABASES ?? '').split(/\s+/);
    expect(databases.filter(Boolean).sort()).toEqual(names);
    const urlVariables = Object.keys(gatewayEnv).filter((name) => /^[A-Z]+_URL$/.test(name) && name !== 'REDIS_URL');
    expect(urlVariables.sort()).toEqual(subgraphs.map((entry) => variablesOf(entry).url).sort());
    expect(new Set(subgraphs.map((entry) => entry.port)).size).toBe(subgraphs.length);
  });
});
