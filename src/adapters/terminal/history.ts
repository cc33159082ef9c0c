// The terminal chat's question history, one question a line, oldest first, as shells keep theirs.
// A history that cannot be read or written is no reason to stop the chat: it is simply not kept.
import { readFileSync, writeFileSync } from 'node:fs';

const KEEP = 1000;

/** Newest first, as readline holds it. */
export function loadHistory(file: string): string[] {
  try {
    return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).slice(-KEEP).reverse();
  } catch {
    return [];
  }
}

export function saveHistory(file: string, newestFirst: readonly string[]): void {
  try {
    writeFileSync(file, `${[...newestFirst].slice(0, KEEP).reverse().join('\n')}\n`, { mode: 0o600 });
  } catch {
    // Read-only home, full disk: the chat goes on without saving.
  }
}
