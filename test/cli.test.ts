// The `qfin` command as a user runs it: the compiled CLI in a child process.
import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const BIN = 'bin/qfin.js';

function run(args: string[], input?: string, env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, ...env },
    timeout: 20_000,
  });
}

describe('qfin ask', () => {
  it('answers one question with its figure and source line', () => {
    const r = run(['ask', 'What was total net revenue in Q1 2024?']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('RMB4,153.2 million');
    expect(r.stdout).toContain('data/releases/qfin-2024q1.md:277');
  });

  it('speaks the batch protocol: one JSON line per question, follow-ups share the conversation, nothing else on stdout', () => {
    const input = [
      { id: 'a#0', conversation: 'a', text: 'What was net income in Q1 2024?' },
      { id: 'a#1', conversation: 'a', text: 'And a year earlier?' },
      { id: 'b#0', conversation: 'b', text: 'What is the weather in Shanghai?' },
    ].map((q) => JSON.stringify(q)).join('\n');
    const r = run(['ask', '--jsonl'], `${input}\nthis is not json\n`);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    const byId = Object.fromEntries(lines.map((l) => [l.id, l]));
    expect(byId['a#0'].text).toContain('RMB1,160.1 million');
    expect(byId['a#1'].text).toContain('RMB929.8 million');
    expect(byId['a#1'].citations[0]).toMatchObject({ document: 'data/releases/qfin-2024q1.md' });
    expect(byId['b#0'].status).toBe('unknown');
    expect(lines.find((l) => !['a#0', 'a#1', 'b#0'].includes(l.id))).toMatchObject({ status: 'unknown' });
  });
});

describe('qfin facts and check', () => {
  it('lists facts matching a filter with their citations', () => {
    const r = run(['facts', 'referral_services_fees']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/referral_services_fees\t2024Q1\tvalue\tRMB548\.8 million\tdata\/releases\/qfin-2024q1\.md:275/);
    expect(r.stdout).toMatch(/referral_services_fees\t2023Q4\tvalue\tRMB446\.5 million\tdata\/releases\/qfin-2024q1\.md:95/);
  });

  it('reports every load check passing on the bundled release', () => {
    const r = run(['check']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/qfin-2024q1\.md: all checks pass \(subtotal \d+, narrative-vs-table \d+, usd-vs-rmb \d+/);
  });

  it('names an unknown command and a missing release file instead of crashing', () => {
    const bad = run(['frobnicate']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown command "frobnicate"');
    const missing = run(['--release', 'no/such/file.md', 'check']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no\/such\/file\.md: cannot read the file \(ENOENT\)/);
    expect(missing.stderr).not.toContain('    at ');
  });
});

describe('qfin start', () => {
  it('opens the terminal chat when no chat platform is configured, keeping the conversation', async () => {
    const child = spawn(process.execPath, [BIN, 'start'], { env: { PATH: process.env.PATH }, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stdin.write('What were referral services fees in Q1 2024?\n');
    child.stdin.write('How about quarter over quarter?\n');
    child.stdin.end('exit\n');
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(0);
    expect(out).toContain('terminal chat');
    expect(out).toContain('RMB548.8 million');
    expect(out).toContain('22.9%');
  });

  it('refuses a half-configured platform, naming each variable', () => {
    const r = run(['start'], '', { SLACK_BOT_TOKEN: 'not-a-token', SLACK_MODE: 'http' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('SLACK_BOT_TOKEN');
    expect(r.stderr).toContain('SLACK_SIGNING_SECRET');
  });
});
