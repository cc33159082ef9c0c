// The loaded knowledge base, hashed: every release a test or eval set loads (data/releases, the shared
// releases, eval/*/docs, the synthetic documents, the fixtures), each alone, and each history directory
// loaded together, with no parse cache. A change meant to leave loading as it was (a speed-up, a
// refactor) must leave every line of the output as it was: `node scripts/kb-hash.mjs > before.txt`, then
// after, and diff. Runs the compiled dist/ (npm run build first).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

process.env.QFIN_CACHE = '0';
const { loadKnowledge } = await import(new URL('../dist/knowledge/load.js', import.meta.url).href);
const RELEASE = /\.(?:md|html?|txt)$/i;
const files = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => RELEASE.test(f) && !/^readme\./i.test(f)).sort().map((f) => join(dir, f)) : []);
const evalDirs = (sub) => readdirSync('eval').map((d) => join('eval', d, sub)).filter(existsSync).sort();

const singles = [...files('data/releases'), ...files('../shared/releases'), ...files('../shared/releases/filed'), ...files('../shared/releases/highlights'), ...files('eval/synthetic'), ...evalDirs('docs').flatMap(files), ...files('test/fixtures')];
const groups = [...evalDirs('hist'), 'test/fixtures/history', 'test/fixtures/history-marks'].map((d) => [d, files(d)]).filter(([, fs]) => fs.length);

/** Maps and Sets as their entries, the cache's source (it names this code) left out; a shared object each time it is met. */
function canonical(value) {
  return JSON.stringify(value, (key, v) => {
    if (key === 'source') return undefined;
    if (v instanceof Map) return { map: [...v] };
    if (v instanceof Set) return { set: [...v] };
    return v;
  });
}

function hashOf(list) {
  const warnings = [];
  let text;
  try {
    const loaded = loadKnowledge(list, (w) => warnings.push(w));
    text = canonical({ companies: loaded.companies, reports: loaded.reports, warnings });
  } catch (e) {
    text = `error: ${e.message}`;
  }
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

const all = createHash('sha256');
for (const [name, list] of [...singles.map((f) => [f, [f]]), ...groups]) {
  const h = hashOf(list);
  all.update(`${name} ${h}\n`);
  console.log(`${h} ${name}${list.length > 1 ? ` (${list.length} releases)` : ''}`);
}
console.log(`${all.digest('hex').slice(0, 16)} all (${singles.length} alone, ${groups.length} histories)`);
