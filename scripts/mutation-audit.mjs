// Whether reports/mutation.json stands for the code as it is (npm run mutate -- --check). Apart from
// scripts/mutate.mjs, which changes directory and runs Stryker when imported, so that a test can call it.

/**
 * What keeps the summary from standing for the code as committed: a module of the configuration never
 * measured, one whose file is not the one measured (its git blob differs), a score under 85% per module or
 * 90% together, a survivor with no reason (a reason says why the mutant is equivalent or harmless). `blobOf(file)` is the file's git blob id now.
 */
const REASON = /^(?:equivalent|harmless)\b/;

export function audit(summary, files, blobOf) {
  const problems = [];
  for (const file of files) {
    const m = summary.modules[file];
    if (!m) problems.push(`${file}: never measured`);
    else if (!m.blob) problems.push(`${file}: measured (@${m.commit}) before measurements named the file's content`);
    else if (m.blob !== blobOf(file)) problems.push(`${file}: changed since it was measured (@${m.commit})`);
    else if (m.score !== null && m.score < 85) problems.push(`${file}: ${m.score}% is under 85%`);
  }
  for (const file of Object.keys(summary.modules)) if (!files.includes(file)) problems.push(`${file}: measured but no longer mutated`);
  if (summary.total.score !== null && summary.total.score < 90) problems.push(`all: ${summary.total.score}% is under 90%`);
  for (const [file, m] of Object.entries(summary.modules)) {
    for (const line of m.left ?? []) {
      const reason = line.split(' — ')[1];
      if (!reason) problems.push(`${file} ${line}: no reason`);
      // "Not examined" or "killed since, not re-measured" says why nobody looked, not why the mutant may live.
      else if (!REASON.test(reason)) problems.push(`${file} ${line.split(' — ')[0]}: "${reason.split(':')[0]}" is no reason (equivalent or harmless, and why)`);
    }
  }
  return problems;
}
