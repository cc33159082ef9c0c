// Loading: every release in data/releases (or the files named), parsed (or read from the parse cache),
// checked and indexed. A start that only needs cached releases uses assemble.ts's loadCached instead.
import { assemble, defaultReleases, toStderr, type Loaded, type Warn } from './assemble.js';
import { buildRelease } from './build.js';
import { cachedRelease } from './cache.js';
import { readRelease } from './document.js';

export { defaultReleaseDir, defaultReleases, type Loaded } from './assemble.js';

/** Loads the given release files (default: every release in data/releases). Throws ReleaseError naming the line at fault. */
export function loadKnowledge(files: string[] = defaultReleases(), warn: Warn = toStderr): Loaded {
  return assemble(files.map((f) => cachedRelease(f, () => buildRelease(readRelease(f)))), files, warn);
}
