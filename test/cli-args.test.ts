// The `qfin` command's arguments, as a user types them: the compiled CLI in a child process.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const RELEASE = 'data/releases/qfin-2024q1.md';

function run(args: string[]) {
  return spawnSync(process.execPath, ['bin/qfin.js', ...args], { encoding: 'utf8', env: { PATH: process.env.PATH }, timeout: 20_000 });
}

describe('qfin arguments', () => {
  it('takes --release=FILE and --release FILE, before or after the command', () => {
    for (const args of [[`--release=${RELEASE}`, 'ask', 'total net revenue Q1 2024'], ['ask', '--release', RELEASE, 'total net revenue Q1 2024']]) {
      const r = run(args);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('RMB4,153.2 million');
    }
  });

  it('prints a command\'s own help for `ask --help` instead of asking "--help"', () => {
    const r = run(['ask', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: qfin \[options\] ask "QUESTION"/);
    expect(r.stdout).toContain('--jsonl');
    expect(r.stdout).not.toContain("doesn't");
    expect(run(['--help']).stdout).toMatch(/^usage: qfin \[options\] <command>/);
    expect(run(['help', 'check']).stdout).toMatch(/^usage: qfin \[options\] check/);
  });

  it('prints the version from package.json', () => {
    const r = run(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  it('names an unknown option and exits 2, without answering it as a question', () => {
    const r = run(['ask', '--frobnicate', 'net income']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown option "--frobnicate" (a question starting with "-" goes after "--": qfin ask -- "--frobnicate …")');
    expect(r.stderr).toContain('qfin ask --help');
    expect(r.stdout).toBe('');
    const misplaced = run(['facts', '--jsonl']);
    expect(misplaced.status).toBe(2);
    expect(misplaced.stderr).toContain('--jsonl belongs to ask');
  });

  it('says in the help\'s words what is wrong with an option, quotes balanced', () => {
    for (const [args, said] of [
      [['ask', 'net income', '-r'], '-r needs a value: -r FILE'],
      [['--release', '--help'], '--release needs a value: --release FILE'],
      [['ask', '--jsonl=yes'], '--jsonl takes no value'],
      [['-x', 'ask', 'net income'], 'unknown option "-x"'],
    ] as const) {
      const r = run([...args]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(said);
      expect(r.stderr.split('\n')[0]!.split('"').length % 2).toBe(1);
      expect(r.stderr).not.toContain('positional argument');
    }
  });

  it('lists every short option in the help', () => {
    const help = run(['--help']).stdout;
    for (const short of ['-r, --release', '-h, --help', '-V, --version']) expect(help).toContain(short);
    expect(run(['chart', '--help']).stdout).toContain('-o, --output');
  });

  it('asks a question that starts with "-" when it follows "--"', () => {
    const r = run(['ask', '--', '-help']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});
