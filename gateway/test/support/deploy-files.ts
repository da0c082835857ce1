/**
 * Reads the deployment files as Docker and Compose would, for tests that check them without a Docker
 * engine: docker-compose.yml interpolated against .env.example, and the Dockerfile's stages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  build?: { context: string; dockerfile?: string; target?: string };
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

/** The instructions with this keyword across a target and its base stages, base first. */
export function instructionsOf(stages: DockerStage[], target: string, keyword: string): Instruction[] {
  return stageChain(stages, target).flatMap((stage) =>
    stage.instructions.filter((instruction) => instruction.getKeyword() === keyword),
  );
}

/** The environment an image's ENV instructions set. */
export function imageEnv(stages: DockerStage[], target: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const instruction of instructionsOf(stages, target, 'ENV')) {
    for (const property of (instruction as unknown as EnvInstruction).getProperties()) {
      env[property.getName()] = property.getValue() ?? '';
    }
  }
  return env;
}

interface EnvInstruction {
  getProperties(): Array<{ getName(): string; getValue(): string | null }>;
}

/** `COPY [--from=stage] source... destination`, flags left out. */
export function copiesOf(stage: DockerStage): Array<{ from?: string; sources: string[]; destination: string }> {
  return stage.instructions
    .filter((instruction) => instruction.getKeyword() === 'COPY')
    .map((instruction) => {
      const args = argumentsOf(instruction);
      const from = (instruction as unknown as { getFromFlag(): { getValue(): string | null } | null })
        .getFromFlag()
        ?.getValue();
      return { from: from ?? undefined, sources: args.slice(0, -1), destination: args.at(-1) as string };
    });
}
