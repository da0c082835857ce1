/**
 * The Dockerfile checked without a Docker engine: every image builds from paths that exist and reach
 * the build context, carries the build output of every workspace package it runs, and runs as a
 * non-root user on the slim Node 20 image.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import dockerignoreModule from '@balena/dockerignore';
import { subgraphs } from '@sp0t1fy/schema';
import { describe, expect, it } from 'vitest';
import {
  argumentsOf,
  copiesOf,
  type DockerStage,
  dockerStages,
  instructionsOf,
  rawCompose,
  readRepoFile,
  repoPath,
  stageChain,
} from './support/deploy-files.js';

interface Workspace {
  name: string;
  /** Folder relative to the repository root. */
  dir: string;
  manifest: { dependencies?: Record<string, string>; scripts?: Record<string, string> };
}

/** The npm workspaces the root package.json declares, by package name. */
function workspaces(): Map<string, Workspace> {
  const root = JSON.parse(readRepoFile('package.json')) as { workspaces: string[] };
  const found = new Map<string, Workspace>();
  for (const pattern of root.workspaces) {
    const dirs = pattern.endsWith('/*')
      ? readdirSync(repoPath(pattern.slice(0, -2))).map((name) => `${pattern.slice(0, -2)}/${name}`)
      : [pattern];
    for (const dir of dirs) {
      if (!existsSync(repoPath(dir, 'package.json'))) continue;
      const manifest = JSON.parse(readFileSync(repoPath(dir, 'package.json'), 'utf8'));
      found.set(manifest.name, { name: manifest.name, dir, manifest });
    }
  }
  return found;
}

/** A workspace and every workspace it needs at run time (production dependencies, transitively). */
function runtimeClosure(all: Map<string, Workspace>, name: string, seen = new Set<string>()): Set<string> {
  seen.add(name);
  for (const dependency of Object.keys(all.get(name)?.manifest.dependencies ?? {})) {
    if (all.has(dependency) && !seen.has(dependency)) runtimeClosure(all, dependency, seen);
  }
  return seen;
}

const stages = dockerStages();
const compose = rawCompose();
const all = workspaces();
// A CommonJS module typed as an ES one: under NodeNext its factory is `.default` of the default import.
const ignored = dockerignoreModule.default().add(readRepoFile('.dockerignore'));
// Every subgraph of the registry, and the gateway.
const SERVICES = [...subgraphs.map((entry) => entry.name), 'gateway'];

/** The workspace a service target installs: `npm ci --omit=dev --workspace=<name>` in its deps stage. */
function installedWorkspace(target: string): { stage: DockerStage; workspace: Workspace } {
  const depsCopy = stageChain(stages, target)
    .flatMap(copiesOf)
    .find((copy) => copy.from?.endsWith('-deps'));
  const stage = stages.find((candidate) => candidate.name === depsCopy?.from);
  if (!stage) throw new Error(`${target} copies no *-deps stage`);
  const install = stage.instructions.map(argumentsOf).find((args) => args.includes('ci'));
  const name = install?.find((arg) => arg.startsWith('--workspace='))?.slice('--workspace='.length);
  const workspace = all.get(name ?? '');
  if (!workspace) throw new Error(`${stage.name} installs no known workspace (${name})`);
  expect(install).toContain('--omit=dev');
  return { stage, workspace };
}

describe('Dockerfile', () => {
  it('builds every compose image from a context, Dockerfile and target that exist', () => {
    const built = Object.entries(compose.services).filter(([, service]) => service.build);
    expect(built.map(([name]) => name).sort()).toEqual([...SERVICES].sort());
    for (const [name, service] of built) {
      const build = service.build as { context: string; dockerfile?: string; target?: string };
      expect(existsSync(repoPath(build.context, build.dockerfile ?? 'Dockerfile')), name).toBe(true);
      expect(
        stages.map((stage) => stage.name),
        name,
      ).toContain(build.target);
    }
  });

  it('copies from the build context only paths that exist and .dockerignore lets through', () => {
    for (const stage of stages) {
      for (const copy of copiesOf(stage).filter((candidate) => !candidate.from)) {
        for (const source of copy.sources) {
          expect(existsSync(repoPath(source)), `${stage.name}: COPY ${source}`).toBe(true);
          if (source !== '.') expect(ignored.ignores(source), `${stage.name}: ${source} is ignored`).toBe(false);
        }
      }
    }
    // Bind mounts compose adds at run time exist too.
    for (const [name, service] of Object.entries(compose.services)) {
      for (const volume of service.volumes ?? []) {
        const source = volume.split(':')[0] as string;
        if (source.startsWith('.')) expect(existsSync(repoPath(source)), `${name}: ${source}`).toBe(true);
      }
    }
  });

  it('keeps secrets, local data and build output out of the build context', () => {
    for (const path of [
      '.env',
      'data/users/postgres/PG_VERSION',
      'node_modules/x',
      'gateway/dist/main.js',
      '.git/HEAD',
    ]) {
      expect(ignored.ignores(path), path).toBe(true);
    }
    for (const path of ['package-lock.json', 'platform/src/index.ts', 'schema/supergraph.graphql', 'web/index.html']) {
      expect(ignored.ignores(path), path).toBe(false);
    }
  });

  it('copies between stages only from earlier stages, and from the builder only sources or build output', () => {
    for (const [index, stage] of stages.entries()) {
      const earlier = stages.slice(0, index).map((candidate) => candidate.name);
      for (const copy of copiesOf(stage).filter((candidate) => candidate.from)) {
        expect(earlier, `${stage.name}: --from=${copy.from}`).toContain(copy.from);
        if (copy.from !== 'builder') continue;
        for (const source of copy.sources) {
          const path = source.replace(/^\/app\//, '');
          const output = [...all.values()].find((workspace) => path === `${workspace.dir}/dist`);
          const built = Boolean(output?.manifest.scripts?.build);
          expect(built || existsSync(repoPath(path)), `${stage.name}: ${source}`).toBe(true);
        }
      }
    }
  });

  describe.each(SERVICES)('%s image', (target) => {
    it('installs only its own workspace production dependencies', () => {
      const { workspace } = installedWorkspace(target);
      const expected = target === 'gateway' ? 'gateway' : `subgraphs/${target}`;
      expect(workspace.dir).toBe(expected);
    });

    it('carries the build of every workspace package it runs, and starts its own main', () => {
      const { workspace } = installedWorkspace(target);
      const copied = stageChain(stages, target)
        .flatMap(copiesOf)
        .filter((copy) => copy.from === 'builder')
        .flatMap((copy) => copy.sources.map((source) => source.replace(/^\/app\//, '')));
      for (const name of runtimeClosure(all, workspace.name)) {
        const needed = all.get(name) as Workspace;
        if (needed.manifest.scripts?.build) {
          expect(copied, `${target} needs ${name}`).toContain(`${needed.dir}/dist`);
        } else {
          expect(
            copied.some((path) => path.startsWith(`${needed.dir}/`)),
            `${target} needs files of ${name}`,
          ).toBe(true);
        }
      }
      const [cmd] = instructionsOf(stages, target, 'CMD').map(
        (instruction) => JSON.parse(instruction.getArgumentsContent() ?? '[]') as string[],
      );
      expect(cmd).toEqual(['node', `${workspace.dir}/dist/main.js`]);
      expect(existsSync(repoPath(workspace.dir, 'src/main.ts'))).toBe(true);
    });

    it('runs as a non-root user on the slim Node 20 image, with a healthcheck script it carries', () => {
      const chain = stageChain(stages, target);
      const base = chain[0]?.from as string;
      expect(base).toMatch(/^\$\{NODE_IMAGE\}$/);
      expect(readRepoFile('Dockerfile')).toMatch(/^ARG NODE_IMAGE=node:20-bookworm-slim$/m);

      const users = instructionsOf(stages, target, 'USER').flatMap(argumentsOf);
      expect(users.at(-1)).toBeDefined();
      expect(['root', '0']).not.toContain(users.at(-1));

      const [check] = instructionsOf(stages, target, 'HEALTHCHECK').map(argumentsOf);
      const script = check?.find((part) => part.endsWith('.mjs')) as string;
      const copiedFromContext = chain.flatMap(copiesOf).filter((copy) => !copy.from);
      expect(
        copiedFromContext.some((copy) => copy.sources.includes(script)),
        script,
      ).toBe(true);
      expect(existsSync(repoPath(script))).toBe(true);
    });
  });

  it('installs every workspace manifest before npm ci, so the lockfile matches', () => {
    const manifests = stages.find((stage) => stage.name === 'manifests');
    const script = manifests?.instructions.map((instruction) => instruction.getArgumentsContent()).join('\n') ?? '';
    expect(script).toMatch(/-name package\.json/);
    expect(script).toMatch(/package-lock\.json/);
    // Every workspace folder that has a manifest is inside the context.
    for (const workspace of all.values()) {
      expect(ignored.ignores(join(workspace.dir, 'package.json')), workspace.dir).toBe(false);
    }
  });
});
