// The parsed release, cached on disk: parsing is most of a fresh `qfin ask`'s time, and the same files
// are parsed again on every run. An entry is keyed by the file's bytes, the knowledge code (every file
// beside this one, hashed) and Node's version, so any change to the release or to the code that reads
// it is a miss (the lockfile too, for the libraries): a figure is never served from an older reading. Entries are written with v8's
// structured clone (shared objects stay shared); only plain data and Decimals are cached, and anything
// else (or any failure) simply means "parse it", never an error. QFIN_CACHE=0 turns it off.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { Decimal } from 'decimal.js';
import type { Release } from './release.js';

const CODE_DIR = fileURLToPath(new URL('.', import.meta.url));
const DEFAULT_DIR = fileURLToPath(new URL('../../node_modules/.cache/qfin-bot/', import.meta.url));
const LOCKFILE = fileURLToPath(new URL('../../package-lock.json', import.meta.url));
const DECIMAL = '\u0000decimal';

let codeVersion: string | undefined;
/** A hash of the knowledge code's files (this directory, recursively): a new reading of releases. */
function knowledgeCode(): string {
  if (codeVersion) return codeVersion;
  const hash = createHash('sha256').update(process.version);
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(?:js|ts)$/.test(name)) hash.update(name).update(readFileSync(path));
    }
  };
  walk(CODE_DIR);
  // The libraries that read with it (parse5, decimal.js), as installed.
  try {
    hash.update(readFileSync(LOCKFILE));
  } catch {
    // No lockfile (an installed package): the code's own hash stands.
  }
  return (codeVersion = hash.digest('hex'));
}

/** Copies `value` with each Decimal as a marked string; null when something is not plain data. */
function toPlain(value: unknown, seen = new Map<object, unknown>()): unknown {
  if (value === null || typeof value !== 'object') return typeof value === 'function' ? NOT_PLAIN : value;
  if (seen.has(value)) return seen.get(value);
  if (value instanceof Decimal) return { [DECIMAL]: value.toString() };
  const proto = Object.getPrototypeOf(value);
  let copy: unknown;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const v of value) out.push(check(toPlain(v, seen)));
    copy = out;
  } else if (value instanceof Map) {
    const out = new Map();
    seen.set(value, out);
    for (const [k, v] of value) out.set(check(toPlain(k, seen)), check(toPlain(v, seen)));
    copy = out;
  } else if (value instanceof Set) {
    const out = new Set();
    seen.set(value, out);
    for (const v of value) out.add(check(toPlain(v, seen)));
    copy = out;
  } else if (value instanceof RegExp) {
    copy = value;
  } else if (proto === Object.prototype || proto === null) {
    const out: Record<string, unknown> = {};
    seen.set(value, out);
    for (const [k, v] of Object.entries(value)) out[k] = check(toPlain(v, seen));
    copy = out;
  } else throw new NotPlain();
  return copy;
}

class NotPlain extends Error {}
const NOT_PLAIN = Symbol('not plain');
function check(v: unknown): unknown {
  if (v === NOT_PLAIN) throw new NotPlain();
  return v;
}

/** Turns marked strings back into Decimals, in place. */
function revive(value: unknown, seen = new Set<object>()): unknown {
  if (value === null || typeof value !== 'object' || seen.has(value)) return value;
  if (DECIMAL in value) return new Decimal((value as Record<string, string>)[DECIMAL]!);
  seen.add(value);
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) value[i] = revive(value[i], seen);
  else if (value instanceof Map) for (const [k, v] of value) value.set(k, revive(v, seen));
  else if (!(value instanceof Set) && !(value instanceof RegExp)) {
    const record = value as Record<string, unknown>;
    for (const k of Object.keys(record)) record[k] = revive(record[k], seen);
  }
  return value;
}

/** The cache's entry for a file and the key it must carry (this file's bytes, this code); throws when the file is unreadable. */
function entryOf(file: string, dir: string): { key: string; entry: string } {
  const key = createHash('sha256').update(knowledgeCode()).update(file).update('\u0000').update(readFileSync(file)).digest('hex');
  return { key, entry: join(dir, `${createHash('sha256').update(resolve(file)).digest('hex').slice(0, 32)}.v8`) };
}

const cacheDir = () => process.env.QFIN_CACHE_DIR || DEFAULT_DIR;

/** The cached result of parsing this very file with this very code, or null (no entry, a stale one, caching off). */
export function cachedOnly(file: string, dir = cacheDir()): Release | null {
  if (process.env.QFIN_CACHE === '0') return null;
  try {
    const { key, entry } = entryOf(file, dir);
    const stored = deserialize(readFileSync(entry)) as { key: string; release: unknown };
    if (stored.key === key) return revive(stored.release) as Release;
  } catch {
    // No entry yet, or one unreadable: the caller parses (and, when the file itself is unreadable, fails there).
  }
  return null;
}

/** `parse(file)`, or the cached result of parsing this very file with this very code. */
export function cachedRelease(file: string, parse: () => Release, dir = cacheDir()): Release {
  if (process.env.QFIN_CACHE === '0') return parse();
  const hit = cachedOnly(file, dir);
  if (hit) return hit;
  const release = parse();
  try {
    const { key, entry } = entryOf(file, dir);
    const bytes = serialize({ key, release: toPlain(release) });
    mkdirSync(dir, { recursive: true });
    // Written whole, then renamed: a reader never sees half an entry.
    const temp = `${entry}.${process.pid}.tmp`;
    writeFileSync(temp, bytes);
    renameSync(temp, entry);
  } catch {
    // Not plain data, a read-only tree, no key: the next run parses again.
  }
  return release;
}
