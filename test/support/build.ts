// Global setup: the CLI, export, chart and shard tests run the compiled dist/ in child processes, so the
// run compiles once, before any worker starts, instead of once per file (each `tsc --incremental` costs
// about 5 s of CPU even when nothing changed, and under load it ran into those files' hook timeouts).
// It compiles only when a source file, a directory of them (a file added or removed) or the compiler's
// configuration is newer than the last compile.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';

const STAMP = 'dist/.tsbuildinfo';

function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export default function build(): void {
  const built = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0;
  if (Math.max(newest('src'), newest('tsconfig.json'), newest('package-lock.json')) <= built) return;
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  // tsc leaves its build info untouched when no output changed (a checkout that only touched files).
  const now = new Date();
  utimesSync(STAMP, now, now);
}
