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

/**
 * What an entry holds: the value as plain data, and where each Decimal and knowledge base stands in it
 * (their holders are the very objects of the value: structured clone keeps shared objects shared), so a
 * read sets them back without walking the whole value.
 */
interface Plain {
  box: { value: unknown };
  decimals: [holder: object, key: unknown, digits: string][];
  bases: object[];
}

/** `value` as plain data (each Decimal left null, and listed), or NotPlain when something is not plain data. */
function toPlain(value: unknown): Plain {
  const plain: Plain = { box: { value: null }, decimals: [], bases: [] };
  const seen = new Map<object, unknown>();
  // Plain loops, not forEach and Object.entries: a cold load writes every fact of every release here.
  /** The plain copy of `v`, held by `holder` under `key` (a Decimal is listed there instead). */
  const copy = (v: unknown, holder: object | null, key: unknown): unknown => {
    if (v === null || typeof v !== 'object') return typeof v === 'function' ? fail() : v;
    if (v instanceof Decimal) {
      plain.decimals.push([holder ?? fail(), key, v.toString()]);
      return null;
    }
    const had = seen.get(v);
    if (had !== undefined || seen.has(v)) return had;
    const proto = Object.getPrototypeOf(v);
    if (v instanceof RegExp) return v;
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      seen.set(v, out);
      for (let i = 0; i < v.length; i++) out.push(copy(v[i], out, i));
      return out;
    }
    if (v instanceof Map) return fill(v, new Map(), (out) => v.forEach((x, k) => out.set(copy(k, null, null), copy(x, out, k))));
    if (v instanceof Set) return fill(v, new Set(), (out) => v.forEach((x) => out.add(copy(x, null, null))));
    if (proto !== Object.prototype && proto !== null && proto !== KnowledgeBase.prototype) return fail();
    // A knowledge base is its fields (plain data): listed, it takes its class again when read.
    const out: Record<string, unknown> = {};
    seen.set(v, out);
    if (proto === KnowledgeBase.prototype) plain.bases.push(out);
    const fields = v as Record<string, unknown>;
    for (const k of Object.keys(fields)) out[k] = copy(fields[k], out, k);
    return out;
  };
  const fill = <T extends object>(v: object, out: T, each: (out: T) => void): T => {
    seen.set(v, out);
    each(out);
    return out;
  };
  plain.box.value = copy(value, plain.box, 'value');
  return plain;
}

class NotPlain extends Error {}
const fail = (): never => {
  throw new NotPlain();
};

/** The value of a read entry, its Decimals and knowledge bases set back where they stood. */
function revive({ box, decimals, bases }: Plain): unknown {
  for (const [holder, key, digits] of decimals) {
    if (holder instanceof Map) holder.set(key, new Decimal(digits));
    else (holder as Record<string, unknown>)[key as string] = new Decimal(digits);
  }
  for (const base of bases) Object.setPrototypeOf(base, KnowledgeBase.prototype);
  return box.value;
}

const sha = (...parts: (string | Buffer)[]) => parts.reduce((h, p) => h.update(p).update('\u0000'), createHash('sha256')).digest('hex');
/**
 * Entries are named per code tree as well as per file: the compiled CLI (dist/) and the tests (src/) read
 * the same releases under different code hashes, and one entry per file made each overwrite the other's,
 * so a `qfin` run after the tests, or a test after a `qfin` child, parsed the release again.
 */
const TREE = sha(CODE_DIR).slice(0, 8);

/** The cache's entry for a file and the key it must carry (this file's bytes, this code); throws when the file is unreadable. */
function entryOf(file: string, dir: string): { key: string; entry: string } {
  return { key: sha(code(), file, readFileSync(file)), entry: join(dir, `${sha(TREE, resolve(file)).slice(0, 32)}.v8`) };
}

const cacheDir = () => process.env.QFIN_CACHE_DIR || DEFAULT_DIR;
const off = () => process.env.QFIN_CACHE === '0';

/** The value stored in `entry` under `key`, or undefined (no entry, a stale or unreadable one). */
function stored(entry: string, key: string): unknown {
  try {
    const { key: had, value } = deserialize(readFileSync(entry)) as { key: string; value: Plain };
    if (had === key) return revive(value);
  } catch {
    // No entry yet, or one unreadable: the caller derives.
  }
  return undefined;
}

/** Stores `value` in `entry` under `key`, written whole, then renamed: a reader never sees half an entry. True when written. */
function store(dir: string, entry: string, key: string, value: unknown): boolean {
  try {
    const bytes = serialize({ key, value: toPlain(value) });
    mkdirSync(dir, { recursive: true });
    const temp = `${entry}.${process.pid}.tmp`;
    writeFileSync(temp, bytes);
    renameSync(temp, entry);
    return true;
  } catch {
    // Not plain data, a read-only tree: the next run derives again.
    return false;
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

/**
 * A table the code derives from itself alone (no release: the prefilter's reading of its patterns), for
 * this very code: read once in a process, and stored again when the process ends if it grew.
 */
export function codeTable<V>(what: string, dir = cacheDir()): Map<string, V> {
  if (off()) return new Map();
  const entry = join(dir, `${what}-${TREE}.v8`);
  const open = tables.get(entry);
  if (open) return open as Map<string, V>;
  const key = sha(code(), what);
  const table = (stored(entry, key) as Map<string, V> | undefined) ?? new Map<string, V>();
  const size = table.size;
  tables.set(entry, table);
  process.once('exit', () => table.size > size && store(dir, entry, key, table));
  return table;
}
const tables = new Map<string, Map<string, unknown>>();

/** Where what is derived as `what` from `source` is stored, and the key it must carry (this code, these files, `given`). */
function derivedEntry(what: string, source: Source, given: string, dir: string): { key: string; entry: string } {
  return { key: sha(code(), what, source.place, source.bytes, given), entry: join(dir, `${what}-${sha(TREE, source.place).slice(0, 32)}.v8`) };
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
  // A derived entry's key names its content (this code, these files' bytes): one this process wrote under
  // that key already holds it, so a load repeated in process is not serialised and written again.
  if (written.get(entry) !== key && store(dir, entry, key, value)) written.set(entry, key);
}
/** The key of each derived entry this process wrote. */
const written = new Map<string, string>();

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
