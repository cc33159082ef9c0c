// npm run mutate [-- stryker options]: runs Stryker (stryker.config.mjs), then prints the mutation score
// per module and writes reports/mutation.json. A narrowed run (`-- --mutate src/knowledge/derive.ts`)
// replaces only the modules it measured; the others keep their last measurement and its commit.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const RAW = `reports/stryker/report-${process.pid}.json`;
const SUMMARY = 'reports/mutation.json';

const git = (...args) => spawnSync('git', args, { encoding: 'utf8' }).stdout.trim();

/** Tallies one file's mutants; a timeout counts as killed (the bug was noticed), as Stryker scores it. */
export function tally(mutants) {
  const count = (...states) => mutants.filter((m) => states.includes(m.status)).length;
  const killed = count('Killed', 'Timeout');
  const survived = count('Survived');
  const noCoverage = count('NoCoverage');
  const valid = killed + survived + noCoverage;
  return {
    mutants: valid,
    killed,
    survived,
    noCoverage,
    score: valid ? Math.round((1000 * killed) / valid) / 10 : null,
    left: mutants
      .filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')
      .map((m) => `${m.location.start.line}:${m.location.start.column} ${m.mutatorName}${m.status === 'NoCoverage' ? ' (no coverage)' : ''}: ${oneLine(m.replacement)}`),
  };
}

/**
 * Whether the tests may read releases from the parsed-release cache: it is keyed by the knowledge code,
 * which under Stryker holds every mutant of a mutated knowledge module at once, so a cached reading would
 * hide them. A run that mutates no knowledge module may use it (parsing is most of loading an engine).
 */
export function releaseCacheSafe(args) {
  const i = args.findIndex((a) => a === '--mutate' || a === '-m');
  const targets = i >= 0 ? (args[i + 1] ?? '').split(',') : [];
  return targets.length > 0 && targets.every((t) => !t.includes('knowledge'));
}

const oneLine = (s = '') => (s.length > 80 ? `${s.slice(0, 77)}...` : s).replace(/\s+/g, ' ');

function main() {
  rmSync(RAW, { force: true });
  // The code measured is the code when Stryker copies it, at the start.
  const commit = `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--', 'src', 'test') ? '+changes' : ''}`;
  // Stryker runs the tests in a copy at .stryker-tmp/sandbox-*/, where ../shared (the filed releases the
  // tests read) is .stryker-tmp/shared.
  mkdirSync('.stryker-tmp', { recursive: true });
  if (existsSync('../shared') && !existsSync('.stryker-tmp/shared')) symlinkSync(resolve('../shared'), '.stryker-tmp/shared');
  const args = process.argv.slice(2);
  const run = spawnSync('npx', ['stryker', 'run', ...args], { stdio: 'inherit', env: { ...process.env, QFIN_STRYKER_REPORT: RAW, QFIN_MUTATE_CACHE: releaseCacheSafe(args) ? '1' : '0' } });
  if (run.status !== 0 || !existsSync(RAW)) {
    console.error(`mutate: Stryker did not finish (exit ${run.status}); ${SUMMARY} left as it was`);
    process.exit(run.status || 1);
  }
  const report = JSON.parse(readFileSync(RAW, 'utf8'));
  const old = existsSync(SUMMARY) ? JSON.parse(readFileSync(SUMMARY, 'utf8')) : { modules: {} };
  const modules = { ...old.modules };
  for (const [file, { mutants }] of Object.entries(report.files)) {
    modules[file] = { ...tally(mutants), commit, measured: new Date().toISOString() };
  }
  const all = Object.values(modules);
  const sum = (k) => all.reduce((n, m) => n + m[k], 0);
  const valid = sum('mutants');
  const total = {
    mutants: valid,
    killed: sum('killed'),
    survived: sum('survived'),
    noCoverage: sum('noCoverage'),
    score: valid ? Math.round((1000 * sum('killed')) / valid) / 10 : null,
  };
  const sorted = Object.fromEntries(Object.entries(modules).sort(([a], [b]) => a.localeCompare(b)));
  mkdirSync('reports', { recursive: true });
  writeFileSync(SUMMARY, `${JSON.stringify({ total, modules: sorted }, null, 2)}\n`);
  console.log('\nmutation score per module (killed / mutants, survived, no coverage)');
  for (const [file, m] of Object.entries(sorted)) {
    const flag = m.score !== null && m.score < 85 ? '  < 85%' : '';
    console.log(`${String(m.score).padStart(5)}%  ${file}  ${m.killed}/${m.mutants}, ${m.survived} survived, ${m.noCoverage} no coverage  @${m.commit}${flag}`);
  }
  console.log(`${String(total.score).padStart(5)}%  all  ${total.killed}/${total.mutants}\nwritten: ${SUMMARY}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
