/**
 * The subgraph registry (schema/src/registry.ts) is the one list of subgraphs; the deployment files
 * written by hand must agree with it, so adding a subgraph without them fails here.
 */
import { subgraphs, variablesOf } from '@sp0t1fy/schema';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  argumentsOf,
  dockerStages,
  environmentOf,
  exampleEnv,
  imageEnv,
  instructionsOf,
  readRepoFile,
  resolvedCompose,
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

  it('is a Dockerfile target that runs its own main on its registry port', () => {
    const [cmd] = instructionsOf(stages, entry.name, 'CMD').map((instruction) =>
      JSON.parse(instruction.getArgumentsContent() ?? '[]'),
    );
    expect(cmd).toEqual(['node', `${packageDir(entry.module)}/dist/main.js`]);
    expect(imageEnv(stages, entry.name)[variables.port]).toBe(String(entry.port));
    expect(instructionsOf(stages, entry.name, 'EXPOSE').flatMap(argumentsOf)).toEqual([String(entry.port)]);
    // The gateway image can host it too (the one-process layout).
    const gatewayCopies = instructionsOf(stages, 'gateway', 'COPY').flatMap(argumentsOf);
    expect(gatewayCopies).toContain(`/app/${packageDir(entry.module)}/dist`);
  });

  it('is a compose service built from that target, which the gateway reaches at its URL variable', () => {
    expect(compose.services[entry.name]?.build?.target).toBe(entry.name);
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
