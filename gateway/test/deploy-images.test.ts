/**
 * The Dockerfile checked without a Docker engine: every image builds from paths that exist and reach
 * the build context, carries the build output of every workspace package it runs, and runs as a
 * non-root user on the slim Node 20 image.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import dockerignoreModule from '@balena/dockerignore';
import { subgraphs } from '@sp0t1fy/schema';
import { describe, expect, it } from 'vitest';
import {
  builderPaths,
  copiesOf,
  dockerStages,
  type ImageBuild,
  type ImageInstruction,
  imageBuildOf,
  imageInstructions,
  instructionsOf,
  rawCompose,
  readRepoFile,
  repoPath,
  stageChain,
  startedProgram,
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
// Every subgraph of the registry, and the gateway, each as compose builds its image.
const SERVICES = [...subgraphs.map((entry) => entry.name), 'gateway'];
function imageOf(service: string): ImageBuild {
  const build = imageBuildOf(compose.services[service] ?? {});
  if (!build) throw new Error(`compose builds no image for ${service}`);
  return build;
}

/** An image's instructions and those of every stage it copies from, with the same build arguments. */
function withCopiedStages(image: ImageBuild, seen = new Set([image.target])): ImageInstruction[] {
  const instructions = imageInstructions(stages, image);
  for (const { from } of copiesOf(instructions)) {
    if (!from || seen.has(from)) continue;
    seen.add(from);
    instructions.push(...withCopiedStages({ ...image, target: from }, seen));
  }
  return instructions;
}

/** The workspace an image installs: `npm ci --omit=dev --workspace=<name or folder>` in its deps stage. */
function installedWorkspace(image: ImageBuild): Workspace {
  const depsCopy = copiesOf(imageInstructions(stages, image)).find((copy) => copy.from?.endsWith('-deps'));
  if (!depsCopy?.from) throw new Error(`${image.target} copies no *-deps stage`);
  const install = instructionsOf(stages, { ...image, target: depsCopy.from }, 'RUN')
    .map((instruction) => instruction.args)
    .find((args) => args.includes('ci'));
  const selected = install?.find((arg) => arg.startsWith('--workspace='))?.slice('--workspace='.length);
  const workspace = [...all.values()].find((candidate) => selected === candidate.name || selected === candidate.dir);
  if (!workspace) throw new Error(`${depsCopy.from} installs no known workspace (${selected})`);
  expect(install).toContain('--omit=dev');
  return workspace;
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
      // Every build-time reference resolves with the build arguments compose gives.
      expect(() => imageInstructions(stages, imageOf(name)), name).not.toThrow();
    }
  });

  it('copies from the build context only paths that exist and .dockerignore lets through', () => {
    for (const service of SERVICES) {
      for (const copy of copiesOf(withCopiedStages(imageOf(service))).filter((candidate) => !candidate.from)) {
        for (const source of copy.sources) {
          expect(existsSync(repoPath(source)), `${service}: COPY ${source}`).toBe(true);
          if (source !== '.') expect(ignored.ignores(source), `${service}: ${source} is ignored`).toBe(false);
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
    for (const service of SERVICES) {
      const image = imageOf(service);
      const chain = stageChain(stages, image.target).map((stage) => stage.name);
      for (const copy of copiesOf(imageInstructions(stages, image)).filter((candidate) => candidate.from)) {
        const from = copy.from as string;
        const earlier = stages
          .slice(
            0,
            stages.findIndex((stage) => chain.includes(stage.name)),
          )
          .map((s) => s.name);
        expect(earlier, `${service}: --from=${from}`).toContain(from);
        if (from !== 'builder') continue;
        for (const path of copy.sources.flatMap((source) => builderPaths(stages, source))) {
          const output = [...all.values()].find((workspace) => path === `${workspace.dir}/dist`);
          const built = Boolean(output?.manifest.scripts?.build);
          expect(built || existsSync(repoPath(path)), `${service}: ${path}`).toBe(true);
        }
      }
    }
  });

  describe.each(SERVICES)('%s image', (service) => {
    const image = imageOf(service);

    it('installs only its own workspace production dependencies', () => {
      const expected = service === 'gateway' ? 'gateway' : `subgraphs/${service}`;
      expect(installedWorkspace(image).dir).toBe(expected);
    });

    it('carries the build of every workspace package it runs, and starts its own main', () => {
      const workspace = installedWorkspace(image);
      const copied = copiesOf(imageInstructions(stages, image))
        .filter((copy) => copy.from === 'builder')
        .flatMap((copy) => copy.sources.flatMap((source) => builderPaths(stages, source)));
      for (const name of runtimeClosure(all, workspace.name)) {
        const needed = all.get(name) as Workspace;
        if (needed.manifest.scripts?.build) {
          expect(copied, `${service} needs ${name}`).toContain(`${needed.dir}/dist`);
        } else {
          expect(
            copied.some((path) => path.startsWith(`${needed.dir}/`)),
            `${service} needs files of ${name}`,
          ).toBe(true);
        }
      }
      expect(startedProgram(stages, image)).toBe(`${workspace.dir}/dist/main.js`);
      expect(existsSync(repoPath(workspace.dir, 'src/main.ts'))).toBe(true);
    });

    it('runs as a non-root user on the slim Node 20 image, with a healthcheck script it carries', () => {
      const base = stageChain(stages, image.target)[0]?.from as string;
      expect(base).toMatch(/^\$\{NODE_IMAGE\}$/);
      expect(readRepoFile('Dockerfile')).toMatch(/^ARG NODE_IMAGE=node:20-bookworm-slim$/m);

      const users = instructionsOf(stages, image, 'USER').flatMap((instruction) => instruction.args);
      expect(users.at(-1)).toBeDefined();
      expect(['root', '0']).not.toContain(users.at(-1));

      // The image's own healthcheck, or the one the compose file gives a subgraph image.
      const [imageCheck] = instructionsOf(stages, image, 'HEALTHCHECK').map((instruction) => instruction.args);
      const check = imageCheck ?? compose.services[service]?.healthcheck?.test ?? [];
      const workdir = instructionsOf(stages, image, 'WORKDIR').at(-1)?.args[0] ?? '/';
      const named = check.map((part) => part.replace(/^"|"$/g, '')).find((part) => part.endsWith('.mjs'));
      const script = posix.relative('/app', posix.resolve(workdir, named ?? 'no script'));
      const copiedFromContext = copiesOf(imageInstructions(stages, image)).filter((copy) => !copy.from);
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
