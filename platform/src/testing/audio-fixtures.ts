import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The audio files every workspace's tests, benchmarks and scripts use, kept once in the platform
 * package; its README.md says what each one is and where it came from. The same path from src/ and
 * from dist/, both two levels below the package.
 */
export const AUDIO_FIXTURES_DIR = fileURLToPath(new URL('../../testing-fixtures/audio/', import.meta.url));

/** The absolute path of one audio fixture; a name that is not one fails at once, not as ENOENT later. */
export function audioFixture(name: string): string {
  const path = join(AUDIO_FIXTURES_DIR, name);
  if (!existsSync(path))
    throw new Error(`There is no audio fixture named ${JSON.stringify(name)} in ${AUDIO_FIXTURES_DIR}`);
  return path;
}
