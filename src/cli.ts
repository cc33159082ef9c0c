// The `qfin` command: ask, chat, facts, check, start. Global option: --release FILE (repeatable)
// loads the given documents instead of every release in data/releases.
import { existsSync } from 'node:fs';
import { ConfigError } from './adapters/config.js';
import { renderPlain, runChat } from './adapters/terminal/chat.js';
import { runJsonl } from './adapters/terminal/jsonl.js';
import { loadBot } from './bot.js';
import { ReleaseError } from './knowledge/document.js';
import { periodKey } from './knowledge/period.js';
import { figure } from './intents/format.js';

const USAGE = `usage: qfin [--release FILE]... <command>
  start                 run the bot: Slack and/or Discord when configured, else the terminal chat
  chat                  the terminal chat
  ask "QUESTION"        answer one question
  ask --jsonl           the batch protocol: JSON lines on stdin, one JSON line per answer on stdout
  facts [FILTER]        list facts (metric, period, value) with their citations
  check [FILE]...       print the load checks of each release (or of the files named); exit 1 if any fails`;

export async function main(argv: string[]): Promise<number> {
  const releases: string[] = [];
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--release') {
      const file = argv[++i];
      if (!file) throw new UsageError('--release needs a file');
      releases.push(file);
    } else args.push(argv[i]!);
  }
  const [command = 'start', ...rest] = args;
  if (command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  // `check FILE...` checks the files named, as --release would load them.
  const bot = loadBot({ releases: command === 'check' ? [...releases, ...rest] : releases });
  switch (command) {
    case 'ask':
      if (rest[0] === '--jsonl') {
        await runJsonl(bot.engine, process.stdin, process.stdout);
        return 0;
      }
      if (!rest.length) throw new UsageError('ask needs a question, or --jsonl');
      process.stdout.write(`${renderPlain(bot.engine.ask(rest.join(' '), 'cli'))}\n`);
      return 0;
    case 'chat':
      await runChat(bot.engine, process.stdin, process.stdout, `qfin-bot: ${bot.kb.releases.map((r) => r.title).join('; ')}`);
      return 0;
    case 'facts': {
      const filter = rest.join(' ').toLowerCase();
      for (const f of bot.kb.facts) {
        const line = `${f.metric}\t${periodKey(f.period)}\t${f.role}\t${figure(f)}\t${f.citation.document}:${f.citation.line}\t${f.citation.quote.slice(0, 120)}`;
        if (!filter || line.toLowerCase().includes(filter)) process.stdout.write(`${line}\n`);
      }
      return 0;
    }
    case 'check': {
      let failed = 0;
      for (const [doc, report] of bot.reports) {
        const counts = Object.entries(report.counts).map(([k, n]) => `${k} ${n}`).join(', ');
        process.stdout.write(`${doc}: ${report.issues.length ? `${report.issues.length} FAILED` : 'all checks pass'} (${counts})\n`);
        for (const i of report.issues) process.stdout.write(`  ${i.check}: ${i.message} [lines ${i.lines.join(', ')}]\n`);
        failed += report.issues.length;
      }
      return failed ? 1 : 0;
    }
    case 'start': {
      // A .env file beside the project configures the chat platforms (variables already set win).
      if (existsSync('.env')) process.loadEnvFile('.env');
      const { start } = await import('./start.js');
      await start(bot, bot.kb.releases.map((r) => r.title).join('; '));
      return 0;
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

export class UsageError extends Error {}

/** Runs main and turns known failures into a message and an exit code, never a stack trace. */
export async function run(argv: string[]): Promise<void> {
  try {
    process.exitCode = await main(argv);
  } catch (err) {
    if (err instanceof ReleaseError || err instanceof ConfigError) process.stderr.write(`qfin: ${err.message}\n`);
    else if (err instanceof UsageError) process.stderr.write(`qfin: ${err.message}\n${USAGE}\n`);
    else throw err;
    process.exitCode = 2;
  }
}
