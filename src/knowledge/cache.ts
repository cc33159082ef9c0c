// The parsed release, and what is derived from the releases (the names of their lines), cached on disk:
// parsing and deriving are most of a fresh `qfin ask`'s time, and the same files are read again on every
// run. An entry is keyed by the bytes of the files it comes from, the code (every module of this tree,
// hashed: by the build, which writes the hash beside dist/, or here when running from src/) and Node's
// version, so any change to a release, an aliases file or the code is a miss (the lockfile too, for
// the libraries): a figure is never served from an older reading. Entries are written
// with v8's structured clone (shared objects stay shared); only plain data and Decimals are cached, and
// anything else (or any failure) simply means "derive it", never an error. QFIN_CACHE=0 turns it off.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { Decimal } from 'decimal.js';
import { KnowledgeBase } from './kb.js';
import type { Release } from './release.js';

const CODE_DIR = fileURLToPath(new URL('..', import.meta.url));
/** The build's hash of dist/ and the lockfile (scripts/build.mjs): read, not recomputed, at each start. */
const BUILT_VERSION = fileURLToPath(new URL('../code-version', import.meta.url));
const DEFAULT_DIR = fileURLToPath(new URL('../../node_modules/.cache/qfin-bot/', import.meta.url));
const LOCKFILE = fileURLToPath(new URL('../../package-lock.json', import.meta.url));
const DECIMAL = '\u0000decimal';
const KB = '\u0000kb';

let codeVersion: string | undefined;
/** A hash of the code's files (dist/ or src/, recursively): a new reading of releases, or new names. */
function code(): string {
  if (codeVersion) return codeVersion;
  const hash = createHash('sha256').update(process.version);
  const built = builtVersion();
  if (built) return (codeVersion = hash.update(built).digest('hex'));
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:js|ts|json)$/.test(entry.name)) hash.update(entry.name).update(readFileSync(path));
    }
  };
  walk(CODE_DIR);
  // The libraries it reads and names with (parse5, decimal.js, natural, fuse.js), as installed.
  try {
    hash.update(readFileSync(LOCKFILE));
  } catch {
    // No lockfile (an installed package): the code's own hash stands.
  }
  return (codeVersion = hash.digest('hex'));
}

/** The hash the build wrote beside dist/, or undefined (running from src/, or a tree built otherwise). */
function builtVersion(): string | undefined {
  try {
    return readFileSync(BUILT_VERSION, 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
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
  } else if (proto === Object.prototype || proto === null || proto === KnowledgeBase.prototype) {
    // A knowledge base is its fields (plain data): marked, it takes its class again when read.
    const out: Record<string, unknown> = proto === KnowledgeBase.prototype ? { [KB]: true } : {};
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

/** Turns marked strings back into Decimals and marked knowledge bases into KnowledgeBase, in place. */
function revive(value: unknown, seen = new Set<object>()): unknown {
  if (value === null || typeof value !== 'object' || seen.has(value)) return value;
  if (DECIMAL in value) return new Decimal((value as Record<string, string>)[DECIMAL]!);
  seen.add(value);
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) value[i] = revive(value[i], seen);
  else if (value instanceof Map) for (const [k, v] of value) value.set(k, revive(v, seen));
  else if (!(value instanceof Set) && !(value instanceof RegExp)) {
    const record = value as Record<string, unknown>;
    for (const k of Object.keys(record)) record[k] = revive(record[k], seen);
    if (KB in record) Object.setPrototypeOf(record, KnowledgeBase.prototype);
    delete record[KB];
  }
  return value;
}

const sha = (...parts: (string | Buffer)[]) => parts.reduce((h, p) => h.update(p).update('\u0000'), createHash('sha256')).digest('hex');

/** The cache's entry for a file and the key it must carry (this file's bytes, this code); throws when the file is unreadable. */
function entryOf(file: string, dir: string): { key: string; entry: string } {
  return { key: sha(code(), file, readFileSync(file)), entry: join(dir, `${sha(resolve(file)).slice(0, 32)}.v8`) };
}

const cacheDir = () => process.env.QFIN_CACHE_DIR || DEFAULT_DIR;
const off = () => process.env.QFIN_CACHE === '0';

/** The value stored in `entry` under `key`, or undefined (no entry, a stale or unreadable one). */
function stored(entry: string, key: string): unknown {
  try {
    const { key: had, value } = deserialize(readFileSync(entry)) as { key: string; value: unknown };
    if (had === key) return revive(value);
  } catch {
    // No entry yet, or one unreadable: the caller derives.
  }
  return undefined;
}

/** Stores `value` in `entry` under `key`, written whole, then renamed: a reader never sees half an entry. */
function store(dir: string, entry: string, key: string, value: unknown): void {
  try {
    const bytes = serialize({ key, value: toPlain(value) });
    mkdirSync(dir, { recursive: true });
    const temp = `${entry}.${process.pid}.tmp`;
    writeFileSync(temp, bytes);
    renameSync(temp, entry);
  } catch {
    // Not plain data, a read-only tree: the next run derives again.
  }
}

/** The cached result of parsing this very file with this very code, or null (no entry, a stale one, caching off). */
export function cachedOnly(file: string, dir = cacheDir()): Release | null {
  if (off()) return null;
  try {
    const { key, entry } = entryOf(file, dir);
    return (stored(entry, key) as Release | undefined) ?? null;
  } catch {
    // The file itself is unreadable: the caller parses, and fails there.
    return null;
  }
}

/** `parse(file)`, or the cached result of parsing this very file with this very code. */
export function cachedRelease(file: string, parse: () => Release, dir = cacheDir()): Release {
  if (off()) return parse();
  const hit = cachedOnly(file, dir);
  if (hit) return hit;
  const release = parse();
  try {
    const { key, entry } = entryOf(file, dir);
    store(dir, entry, key, release);
  } catch {
    // No key (the file went away): the next run parses again.
  }
  return release;
}

/** Where a knowledge base comes from: the files read (their paths, and which part of them: naming the cache's entries) and their bytes' hash. */
export interface Source {
  place: string;
  bytes: string;
}

/** The source of what is read from `files`: their paths, and their names as given and bytes. */
export function sourceOf(files: string[]): Source {
  return { place: files.map((f) => resolve(f)).join('\u0000'), bytes: sha(...files.flatMap((f) => [f, readFileSync(f)])) };
}

/** Where what is derived as `what` from `source` is stored, and the key it must carry (this code, these files, `given`). */
function derivedEntry(what: string, source: Source, given: string, dir: string): { key: string; entry: string } {
  return { key: sha(code(), what, source.place, source.bytes, given), entry: join(dir, `${what}-${sha(source.place).slice(0, 32)}.v8`) };
}

/** What was derived as `what` from `source` with this very code, or undefined (none stored, caching off, no source). */
export function derivedOnly<T>(what: string, source: Source | undefined, given: string, dir = cacheDir()): T | undefined {
  if (off() || source === undefined) return undefined;
  const { key, entry } = derivedEntry(what, source, given, dir);
  return stored(entry, key) as T | undefined;
}

/** Stores what was derived as `what` from `source` (nothing without a source, or with caching off). */
export function storeDerived(what: string, source: Source | undefined, given: string, value: unknown, dir = cacheDir()): void {
  if (off() || source === undefined) return;
  const { key, entry } = derivedEntry(what, source, given, dir);
  store(dir, entry, key, value);
}

/**
 * `derive()`, or its result cached as `what` for `source` with this very code; `given` says what else it
 * depends on. Without a source (a knowledge base built in memory) it is always derived.
 */
export function cachedDerived<T>(what: string, source: Source | undefined, given: string, derive: () => T, dir = cacheDir()): T {
  const hit = derivedOnly<T>(what, source, given, dir);
  if (hit !== undefined) return hit;
  const value = derive();
  storeDerived(what, source, given, value, dir);
  return value;
}
