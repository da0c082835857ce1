import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type CodegenConfig, generate } from '@graphql-codegen/cli';

/**
 * Regenerates a workspace's GraphQL Code Generator outputs in memory and compares them with the
 * committed files: the names of those that differ (or are missing). For a test that fails when
 * someone changed a schema or an operation without running `npm run codegen`.
 */
export async function staleGeneratedFiles(config: CodegenConfig, workspaceDir: string): Promise<string[]> {
  const previous = process.cwd();
  // The config's paths are relative to its workspace, as `graphql-codegen` sees them when run there.
  process.chdir(workspaceDir);
  try {
    const outputs = await generate({ ...config, silent: true, errorsOnly: true }, false);
    if (outputs.length === 0) return ['(nothing generated)'];
    const stale: string[] = [];
    for (const output of outputs) {
      const committed = await readFile(join(workspaceDir, output.filename), 'utf8').catch(() => null);
      if (committed !== output.content) stale.push(output.filename);
    }
    return stale;
  } finally {
    process.chdir(previous);
  }
}
