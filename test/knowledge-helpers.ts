// Shared by the knowledge tests: the real release as lines, edited copies of it written to a
// temporary directory, and the compiled CLI.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';

export const RELEASE = 'data/releases/qfin-2024q1.md';
export const releaseText = readFileSync(RELEASE, 'utf8');
/** Lines of the real release; lines[n - 1] is line n. */
export const releaseLines = releaseText.split('\n');

/**
 * The release with some lines replaced. Each edit names the line and what it must hold now, so a
 * change to the release makes the test fail here rather than tamper with the wrong line.
 */
export function edited(edits: { line: number; from: string; to: string }[], lines = releaseLines): string {
  const out = [...lines];
  for (const e of edits) {
    expect(out[e.line - 1], `line ${e.line} of the release`).toContain(e.from);
    out[e.line - 1] = out[e.line - 1]!.replace(e.from, e.to);
  }
  return out.join('\n');
}

let dir: string | null = null;
/** Writes a file to this test run's temporary directory and returns its path. */
export function writeTmp(name: string, content: string | Buffer): string {
  dir ??= mkdtempSync(join(tmpdir(), 'qfin-knowledge-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Runs the compiled CLI (dist/, compiled by the suite's global setup, test/support/build.ts). */
export function qfin(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['bin/qfin.js', ...args], { encoding: 'utf8', timeout: 60_000, ...(input === undefined ? {} : { input }) });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
