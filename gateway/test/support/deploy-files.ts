/**
 * Reads the deployment files as Docker and Compose would, for tests that check them without a Docker
 * engine: docker-compose.yml interpolated against .env.example, and the Dockerfile's stages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';
import { DockerfileParser, type Instruction } from 'dockerfile-ast';
import { parse as parseYaml } from 'yaml';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const repoPath = (...parts: string[]) => join(REPO_ROOT, ...parts);
export const readRepoFile = (path: string) => readFileSync(repoPath(path), 'utf8');

export interface ComposeService {
  image?: string;
  restart?: string;
  build?: { context: string; dockerfile?: string; target?: string; args?: Record<string, string | number> };
  command?: string[];
  entrypoint?: string[];
  environment?: Record<string, string | number | boolean | null>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

export interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

/** The variables of .env.example, as `docker compose` would read a copy of it named .env. */
export function exampleEnv(): Record<string, string> {
  return parseEnv(readRepoFile('.env.example')) as Record<string, string>;
}

/** docker-compose.yml as written: `${...}` references left in place. */
export function rawCompose(): ComposeFile {
  return parseYaml(readRepoFile('docker-compose.yml'), { merge: true }) as ComposeFile;
}

/** docker-compose.yml as Compose runs it with `variables` in its .env. */
export function resolvedCompose(variables: Record<string, string>): ComposeFile {
  return mapStrings(rawCompose(), (text) => interpolate(text, variables)) as ComposeFile;
}

/** Every variable a compose file refers to with `${NAME...}`. */
export function referencedVariables(text: string): Set<string> {
  return new Set([...text.matchAll(/\$\{([A-Za-z_]\w*)/g)].map((match) => match[1] as string));
}

/**
 * Compose's interpolation: `${NAME}`, `${NAME:-default}`, `${NAME-default}`, `${NAME:?error}`,
 * `${NAME?error}`, and `$$` for a literal `$`. An unset `${NAME}` without a default is an error
 * here (Compose would warn and substitute nothing), so a forgotten variable cannot pass.
 */
export function interpolate(text: string, variables: Record<string, string | undefined>): string {
  return text.replace(
    /\$\$|\$\{([A-Za-z_]\w*)(?:(:?[-?])([^}]*))?\}/g,
    (match, name: string, operator: string | undefined, argument: string | undefined) => {
      if (match === '$$') return '$';
      const value = variables[name];
      const unset = operator?.startsWith(':') ? !value : value === undefined;
      if (operator?.endsWith('-')) return unset ? (argument ?? '') : (value as string);
      if (unset) throw new Error(`${name} is not set${operator?.endsWith('?') ? `: ${argument}` : ''}`);
      return value as string;
    },
  );
}

function mapStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, map)]));
  }
  return value;
}

/** A service's environment as its process sees it: strings, as Compose passes them. */
export function environmentOf(service: ComposeService): Record<string, string> {
  return Object.fromEntries(
    Object.entries(service.environment ?? {}).map(([key, value]) => [key, value === null ? '' : String(value)]),
  );
}

/** The first http(s) URL in a healthcheck command. */
export function healthcheckUrl(command: readonly string[]): URL {
  const url = command.map((part) => part.replace(/^"|"$/g, '')).find((part) => /^https?:\/\//.test(part));
  if (!url) throw new Error(`No URL in healthcheck ${JSON.stringify(command)}`);
  return new URL(url);
}

export interface DockerStage {
  name: string;
  /** The stage or image it starts from. */
  from: string;
  instructions: Instruction[];
}

/** The Dockerfile's stages in order, each with its own instructions. */
export function dockerStages(path = 'Dockerfile'): DockerStage[] {
  const dockerfile = DockerfileParser.parse(readRepoFile(path));
  const stages: DockerStage[] = [];
  for (const instruction of dockerfile.getInstructions()) {
    if (instruction.getKeyword() === 'FROM') {
      const args = instruction.getArguments().map((arg) => arg.getValue());
      const as = args.findIndex((arg) => arg.toUpperCase() === 'AS');
      stages.push({
        name: as >= 0 ? (args[as + 1] as string) : `#${stages.length}`,
        from: args[0] as string,
        instructions: [],
      });
    } else {
      stages.at(-1)?.instructions.push(instruction);
    }
  }
  return stages;
}

/** A stage and the stages it is built on, base first. */
export function stageChain(stages: DockerStage[], name: string): DockerStage[] {
  const stage = stages.find((candidate) => candidate.name === name);
  if (!stage) throw new Error(`No stage ${name}`);
  const parent = stages.find((candidate) => candidate.name === stage.from);
  return parent ? [...stageChain(stages, parent.name), stage] : [stage];
}

export const argumentsOf = (instruction: Instruction) => instruction.getArguments().map((arg) => arg.getValue());

/** What `docker build` is asked for: a target and its build arguments (compose's `build.args`). */
export interface ImageBuild {
  target: string;
  args: Record<string, string>;
}

/** The image a compose service builds, if it builds one. */
export function imageBuildOf(service: ComposeService): ImageBuild | undefined {
  if (!service.build?.target) return undefined;
  const args = Object.entries(service.build.args ?? {}).map(([name, value]) => [name, String(value)]);
  return { target: service.build.target, args: Object.fromEntries(args) };
}

/** One instruction of an image, its arguments substituted as Docker does while building. */
export interface ImageInstruction {
  keyword: string;
  stage: string;
  args: string[];
  /** COPY's --from stage. */
  from?: string;
  /** ENV's variables, substituted. */
  env?: Record<string, string>;
  /** The arguments as written (CMD's JSON array, HEALTHCHECK's command): the container's shell expands them. */
  raw: string;
}

// Docker substitutes build arguments and earlier ENV into these at build time; RUN's shell sees them
// as its environment; CMD and HEALTHCHECK are left to the running container.
const SUBSTITUTED = new Set(['ADD', 'COPY', 'ENV', 'EXPOSE', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR']);

/**
 * A target's instructions and its base stages', base first, as `docker build` with these build
 * arguments runs them. A build-time reference to a variable nobody set fails here (Docker would
 * substitute nothing), so a missing build argument cannot pass.
 */
export function imageInstructions(stages: DockerStage[], build: ImageBuild): ImageInstruction[] {
  const environment: Record<string, string> = {};
  return stageChain(stages, build.target).flatMap((stage) => {
    // An ARG is seen only by the stage that declares it.
    const variables: Record<string, string> = { ...environment };
    return stage.instructions.map((instruction): ImageInstruction => {
      const keyword = instruction.getKeyword();
      const raw = instruction.getArgumentsContent() ?? '';
      const substitute = (text: string) =>
        SUBSTITUTED.has(keyword) ? interpolate(text, variables) : keyword === 'RUN' ? shellSees(text, variables) : text;
      const resolved: ImageInstruction = {
        keyword,
        stage: stage.name,
        args: argumentsOf(instruction).map(substitute),
        raw,
      };
      if (keyword === 'ARG') {
        const [name, fallback] = raw.split('=') as [string, string | undefined];
        const value = build.args[name] ?? fallback;
        if (value !== undefined) variables[name] = value;
      } else if (keyword === 'ENV') {
        resolved.env = {};
        for (const property of (instruction as unknown as EnvInstruction).getProperties()) {
          const value = substitute(property.getValue() ?? '');
          resolved.env[property.getName()] = value;
          variables[property.getName()] = value;
          environment[property.getName()] = value;
        }
      } else if (keyword === 'COPY') {
        const from = (instruction as unknown as { getFromFlag(): { getValue(): string | null } | null }).getFromFlag();
        resolved.from = from?.getValue() ?? undefined;
      }
      return resolved;
    });
  });
}

/** A RUN line with the variables its shell would expand; anything else left for the shell. */
function shellSees(text: string, variables: Record<string, string>): string {
  return text.replace(/\$\{(\w+)\}/g, (match, name: string) => variables[name] ?? match);
}

interface EnvInstruction {
  getProperties(): Array<{ getName(): string; getValue(): string | null }>;
}

/** The image's instructions with this keyword. */
export const instructionsOf = (stages: DockerStage[], build: ImageBuild, keyword: string) =>
  imageInstructions(stages, build).filter((instruction) => instruction.keyword === keyword);

/** The environment an image's ENV instructions set. */
export function imageEnv(stages: DockerStage[], build: ImageBuild): Record<string, string> {
  return Object.assign({}, ...instructionsOf(stages, build, 'ENV').map((instruction) => instruction.env));
}

/** `COPY [--from=stage] source... destination`, flags left out. */
export function copiesOf(instructions: ImageInstruction[]) {
  return instructions
    .filter((instruction) => instruction.keyword === 'COPY')
    .map((instruction) => ({
      from: instruction.from,
      sources: instruction.args.slice(0, -1),
      destination: instruction.args.at(-1) as string,
    }));
}

/** Where the container's CMD runs, as a path inside /app: its last WORKDIR joined with the program it names. */
export function startedProgram(stages: DockerStage[], build: ImageBuild): string {
  const workdir = instructionsOf(stages, build, 'WORKDIR').at(-1)?.args[0] ?? '/';
  const [command] = instructionsOf(stages, build, 'CMD').map((instruction) => JSON.parse(instruction.raw) as string[]);
  if (command?.[0] !== 'node') throw new Error(`${build.target} does not start a node program`);
  return posix.relative('/app', posix.resolve(workdir, command[1] ?? ''));
}

/**
 * The repository paths a `COPY --from=builder` source stands for: `/app/<path>` is that path of the
 * build; `/builds/<folder>` is what the builder's `cp -r --parents <patterns> /builds` gathered under it.
 */
export function builderPaths(stages: DockerStage[], source: string): string[] {
  if (source.startsWith('/app/')) return [source.slice('/app/'.length)];
  const gathered = stages
    .find((stage) => stage.name === 'builder')
    ?.instructions.map((instruction) => /cp -r --parents (.+) \/builds$/.exec(instruction.getArgumentsContent() ?? ''))
    .find((match) => match !== null);
  if (!gathered || !source.startsWith('/builds/')) throw new Error(`${source} is no path of the builder`);
  const folder = source.slice('/builds/'.length);
  return (gathered[1] as string)
    .split(/\s+/)
    .flatMap(expandPattern)
    .filter((path) => path === folder || path.startsWith(`${folder}/`));
}

/** A shell pattern's paths: `*` segments matched against the repository's folders, the rest as written. */
function expandPattern(pattern: string): string[] {
  return pattern.split('/').reduce<string[]>(
    (paths, segment) =>
      paths.flatMap((path) =>
        segment === '*'
          ? readdirSync(repoPath(path), { withFileTypes: true })
              .filter((entry) => entry.isDirectory())
              .map((entry) => posix.join(path, entry.name))
          : [posix.join(path, segment)],
      ),
    [''],
  );
}
