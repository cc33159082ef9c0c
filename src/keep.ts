// What a process started for a question or two keeps between runs, derived from the code alone (no
// release): the prefilter's reading of its patterns, and stems. Installed before the engine's modules
// load, as some stem words of their own when they load (a start whose stems were all kept needs no stemmer).
import { codeTable } from './knowledge/cache.js';
import { keepNeeds, type Need } from './knowledge/prefilter.js';
import { keepStems } from './nlp.js';

/** Reads the kept tables (once a process: a second call finds the same ones) and has them kept again. */
export function keepTables(): void {
  keepNeeds(codeTable<Need>('prefilter'));
  keepStems(codeTable<string>('stems'));
}
