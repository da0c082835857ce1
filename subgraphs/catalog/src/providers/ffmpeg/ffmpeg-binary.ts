import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

/** The ffmpeg the catalog runs, to check that uploads decode and to transcode streams. */
export interface FfmpegBinary {
  path: string;
  /** FFMPEG_PATH, the machine's (first on the PATH), or the build the npm package ships. */
  source: 'configured' | 'system' | 'package';
  /** Its first -version line, such as "ffmpeg version 5.1.8-0+deb12u1". */
  version: string;
}

/**
 * A distribution's ffmpeg is kept up to date with the machine and usually has more codecs, so it is
 * preferred; @ffmpeg-installer/ffmpeg's static build makes `npm install && npm start` work where there
 * is none. Either way the binary is run once here, so a broken one fails the start, not an upload.
 */
export async function locateFfmpeg(
  options: { configured?: string; pathVariable?: string } = {},
): Promise<FfmpegBinary> {
  const { configured, pathVariable = process.env.PATH ?? '' } = options;
  if (configured) return { path: configured, source: 'configured', version: await versionOf(configured) };
  const system = await findOnPath('ffmpeg', pathVariable);
  if (system) return { path: system, source: 'system', version: await versionOf(system) };
  const packaged = packagedFfmpegPath();
  return { path: packaged, source: 'package', version: await versionOf(packaged) };
}

async function findOnPath(command: string, pathVariable: string): Promise<string | undefined> {
  for (const directory of pathVariable.split(delimiter).filter(Boolean)) {
    const candidate = join(directory, command);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

function packagedFfmpegPath(): string {
  try {
    const installer = createRequire(import.meta.url)('@ffmpeg-installer/ffmpeg') as { path: string };
    return installer.path;
  } catch (error) {
    throw new Error('No ffmpeg on the PATH, and @ffmpeg-installer/ffmpeg has no build for this platform', {
      cause: error,
    });
  }
}

async function versionOf(path: string): Promise<string> {
  const { stdout } = await promisify(execFile)(path, ['-hide_banner', '-version'], { timeout: 10_000 });
  return stdout.split('\n', 1)[0]?.trim() ?? 'unknown';
}
