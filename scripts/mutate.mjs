// npm run mutate [-- stryker options]: runs Stryker (stryker.config.mjs), then prints the mutation score
// per module and writes reports/mutation.json. A narrowed run (`-- --mutate src/knowledge/derive.ts`)
// replaces only the modules it measured; the others keep their last measurement and its commit. Each
// surviving mutant is listed with the reason it is left, from reports/mutation-reasons.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { audit } from './mutation-audit.mjs';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const RAW = `reports/stryker/report-${process.pid}.json`;
const SUMMARY = 'reports/mutation.json';
const REASONS = 'reports/mutation-reasons.json';

const git = (...args) => spawnSync('git', args, { encoding: 'utf8' }).stdout.trim();
/** A file's content as git names it: what a measurement is of, whatever commit it was made on. */
const blobOf = (file) => git('hash-object', '--', file);

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

/**
 * Attaches to each surviving mutant why it is left, from reports/mutation-reasons.json (per module: a
 * piece of the mutant's line in the summary, and why it is equivalent or harmless). Returns the ones no
 * reason covers.
 */
export function explain(modules, reasons) {
  const unexplained = [];
  for (const [file, m] of Object.entries(modules)) {
    m.left = (m.left ?? []).map((line) => {
      const bare = line.split(' — ')[0];
      const known = (reasons[file] ?? []).find((r) => bare.includes(r.match));
      if (!known) unexplained.push(`${file} ${bare}`);
      return known ? `${bare} — ${known.reason}` : bare;
    });
  }
  return unexplained;
}

/** Writes the summary (totals over the modules, each module's survivors explained) and prints it. */
function summarise(modules) {
  const unexplained = explain(modules, existsSync(REASONS) ? JSON.parse(readFileSync(REASONS, 'utf8')) : {});
  const all = Object.values(modules);
  const sum = (k) => all.reduce((n, m) => n + m[k], 0);
  const valid = sum('mutants');
  const total = { mutants: valid, killed: sum('killed'), survived: sum('survived'), noCoverage: sum('noCoverage'), score: valid ? Math.round((1000 * sum('killed')) / valid) / 10 : null };
  const sorted = Object.fromEntries(Object.entries(modules).sort(([a], [b]) => a.localeCompare(b)));
  mkdirSync('reports', { recursive: true });
  writeFileSync(SUMMARY, `${JSON.stringify({ total, modules: sorted }, null, 2)}\n`);
  console.log('\nmutation score per module (killed / mutants, survived, no coverage)');
  for (const [file, m] of Object.entries(sorted)) {
    const flag = m.score !== null && m.score < 85 ? '  < 85%' : '';
    console.log(`${String(m.score).padStart(5)}%  ${file}  ${m.killed}/${m.mutants}, ${m.survived} survived, ${m.noCoverage} no coverage  @${m.commit}${flag}`);
  }
  console.log(`${String(total.score).padStart(5)}%  all  ${total.killed}/${total.mutants}\nwritten: ${SUMMARY}`);
  if (unexplained.length) console.log(`\nsurvivors with no reason in ${REASONS} (${unexplained.length}):\n  ${unexplained.join('\n  ')}`);
}

/** The files the configuration mutates: its globs are plain paths or a folder's `*.ts`. */
async function mutatedFiles() {
  const { default: config } = await import(resolve('stryker.config.mjs'));
  return config.mutate.flatMap((g) =>
    g.endsWith('/*.ts') ? readdirSync(dirname(g)).filter((f) => f.endsWith('.ts')).map((f) => `${dirname(g)}/${f}`).sort() : [g],
  );
}

// Read when written, not at the start: runs of other modules side by side may have finished meanwhile.
const lastSummary = () => (existsSync(SUMMARY) ? JSON.parse(readFileSync(SUMMARY, 'utf8')) : { modules: {} });

async function main() {
  const args = process.argv.slice(2);
  // `npm run mutate -- --explain`: the summary again with today's reasons, without running Stryker.
  if (args[0] === '--explain') return summarise(lastSummary().modules);
  // `npm run mutate -- --check`: whether reports/mutation.json measures the code as it is now (exit 1 if not).
  if (args[0] === '--check') return check();
  rmSync(RAW, { force: true });
  // The code measured is the code when Stryker copies it, at the start.
  const commit = `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--', 'src', 'test') ? '+changes' : ''}`;
  const blobs = new Map((await mutatedFiles()).map((f) => [f, blobOf(f)]));
  // Stryker runs the tests in a copy at .stryker-tmp/sandbox-*/, where ../shared (the filed releases the
  // tests read) is .stryker-tmp/shared.
  mkdirSync('.stryker-tmp', { recursive: true });
  if (existsSync('../shared') && !existsSync('.stryker-tmp/shared')) symlinkSync(resolve('../shared'), '.stryker-tmp/shared');
  const run = spawnSync('npx', ['stryker', 'run', ...args], { stdio: 'inherit', env: { ...process.env, QFIN_STRYKER_REPORT: RAW, QFIN_MUTATE_CACHE: releaseCacheSafe(args) ? '1' : '0' } });
  if (run.status !== 0 || !existsSync(RAW)) {
    console.error(`mutate: Stryker did not finish (exit ${run.status}); ${SUMMARY} left as it was`);
    process.exit(run.status || 1);
  }
  const modules = { ...lastSummary().modules };
  for (const [file, { mutants }] of Object.entries(JSON.parse(readFileSync(RAW, 'utf8')).files)) {
    modules[file] = { ...tally(mutants), commit, blob: blobs.get(file), measured: new Date().toISOString() };
  }
  summarise(modules);
}

async function check() {
  const problems = audit(lastSummary(), await mutatedFiles(), blobOf);
  console.log(problems.length ? `${SUMMARY} does not stand for the code now:\n  ${problems.join('\n  ')}` : `${SUMMARY} measures the code as it is: every module at 85% or more, ${lastSummary().total.score}% together`);
  process.exitCode = problems.length ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
