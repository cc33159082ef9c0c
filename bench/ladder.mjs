// The load-time ladder (issue 13: load time linear in size): the seed release, then releases of 0.25, 0.5,
// 1, 2 and 5 MB made from it (sized-release.mjs), each loaded with no parse cache in a fresh process that
// first loads the seed once untimed (so every size is timed with the code warm, the seed too). Reports the
// CPU time (less disturbed than wall time on a shared machine) per MB at each size, and its ratio to the
// seed's: linear growth keeps the ratio near 1 or below, a quadratic part makes it climb with size.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sizedRelease } from './sized-release.mjs';

const SEED = 'data/releases/qfin-2024q1.md';
const SIZES_MB = [0.25, 0.5, 1, 2, 5];

/** CPU and wall ms of loadKnowledge([file]) in a fresh process with the code warmed on the seed. */
function timeLoad(dist, file) {
  const probe = `
    const { loadKnowledge } = await import(${JSON.stringify(new URL('knowledge/load.js', dist).href)});
    loadKnowledge([${JSON.stringify(SEED)}], () => {});
    const c = process.cpuUsage(); const t = performance.now();
    loadKnowledge([${JSON.stringify(file)}], () => {});
    const u = process.cpuUsage(c);
    process.stdout.write(JSON.stringify({ cpuMs: (u.user + u.system) / 1000, wallMs: performance.now() - t }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8', env: { ...process.env, QFIN_CACHE: '0' }, timeout: 300_000 });
  if (r.status !== 0) throw new Error(`loading ${file} failed: ${(r.stderr || r.error?.message || '').slice(0, 300)}`);
  return JSON.parse(r.stdout);
}

/** The ladder's rows: bytes, CPU and wall ms, CPU ms per MB and its ratio to the seed's. */
export function benchLadder(dist) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qfin-ladder-'));
  try {
    const files = [SEED];
    for (const size of SIZES_MB) {
      const file = path.join(dir, `sized-${size}mb.md`);
      writeFileSync(file, sizedRelease(SEED, size * 1024 * 1024));
      files.push(file);
    }
    const rows = files.map((file) => {
      const mb = statSync(file).size / (1024 * 1024);
      const t = timeLoad(dist, file);
      return { file: file === SEED ? SEED : path.basename(file), mb, ...t, cpuMsPerMB: t.cpuMs / mb };
    });
    for (const r of rows) r.ratioToSeed = r.cpuMsPerMB / rows[0].cpuMsPerMB;
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
