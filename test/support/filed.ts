// The filed releases (../shared/releases/filed), each loaded alone once per test worker and asked by name.
import type { Answer, Engine } from '../../src/intents/answer.js';
import { sharedEngine } from './engines.js';

export const FILED_DIR = '../shared/releases/filed';

/** An asker over the filed releases: each question a conversation of its own (ids `prefix-N`). */
export function filedAsker(prefix: string): (file: string, q: string) => Answer {
  const engines = new Map<string, Engine>();
  let n = 0;
  return (file, q) => {
    if (!engines.has(file)) engines.set(file, sharedEngine(`${FILED_DIR}/${file}`));
    return engines.get(file)!.ask(q, `${prefix}-${n++}`);
  };
}
