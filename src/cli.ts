// The `qfin` command: ask, chart, chat, facts, check, start. Arguments are read by node:util parseArgs, so
// `--release=FILE` and `--release FILE` both work, options may come before or after the command, and
// an unknown option is an error naming it rather than part of a question.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError } from './adapters/config.js';
import type { openBot } from './open.js';
import { COMMANDS, commandHelp, USAGE, version } from './cli/usage.js';
import { ReleaseError } from './knowledge/document.js';

export class UsageError extends Error {
  constructor(message: string, readonly command?: string) {
    super(message);
  }
}

const OPTIONS = {
  release: { type: 'string', multiple: true, short: 'r' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
  jsonl: { type: 'boolean' },
  company: { type: 'string' },
  output: { type: 'string', short: 'o' },
  format: { type: 'string' },
} as const;

/** What each option's value is, for the error when it is missing. */
const VALUE_NAMES: Record<string, string> = { release: 'FILE', company: 'NAME', output: 'FILE', format: 'text|csv|json' };

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(argumentProblem(argv) ?? (err as Error).message, argv.find((a) => a in COMMANDS));
  }
}

/**
 * parseArgs' own errors speak of its API ("positional argument", "<value>") and quote unevenly: the
 * tokens of a lenient parse say what was typed wrong, in the help's words.
 */
function argumentProblem(argv: string[]): string | undefined {
  const { tokens } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    const type = (OPTIONS as Record<string, { type: string }>)[t.name]?.type;
    if (!type) return `unknown option "${t.rawName}" (a question starting with "-" goes after "--": qfin ask -- "${t.rawName} …")`;
    if (type === 'boolean' && t.value !== undefined) return `${t.rawName} takes no value`;
    if (type === 'string' && (t.value === undefined || (!t.inlineValue && t.value.startsWith('-')))) return `${t.rawName} needs a value: ${t.rawName} ${VALUE_NAMES[t.name]}`;
  }
  return undefined;
}

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv);
  const [command = 'start', ...rest] = positionals;
  if (values.version) return print(version());
  if (command === 'help') return print(rest[0] && rest[0] in COMMANDS ? commandHelp(rest[0]) : USAGE);
  if (!(command in COMMANDS)) throw new UsageError(`unknown command "${command}"`);
  if (values.help) return print(argv.some((a) => a in COMMANDS) ? commandHelp(command) : USAGE);
  if (values.jsonl && command !== 'ask') throw new UsageError('--jsonl belongs to ask (qfin ask --jsonl)', command);
  if (values.format !== undefined && command !== 'facts') throw new UsageError('--format belongs to facts (qfin facts --format csv)', command);
  if (values.output !== undefined && command !== 'chart') throw new UsageError('--output belongs to chart (qfin chart "QUESTION" -o FILE)', command);
  const releases = values.release ?? [];
  // A .env file beside the project configures the chat platforms (variables already set win).
  if (command === 'start' && existsSync('.env')) process.loadEnvFile('.env');
  if (command === 'chat' || (command === 'start' && !platformVariables())) return terminalChat(releases, command === 'start', values.company);
  // Loaded only now: --help, --version and usage errors answer without loading the bot. The tables kept
  // between runs are read first, before the engine's modules load (keep.ts).
  (await import('./keep.js')).keepTables();
  const { openBot } = await import('./open.js');
  // `check FILE...` checks the files named, as --release would load them.
  const opening = openBot({ releases: command === 'check' ? [...releases, ...rest] : releases, ...(values.company ? { company: values.company } : {}) });
  if (command === 'ask') {
    // A release that does not load still gets every question a reply naming its fault (and the exit code says so).
    const failed = await opening.then(() => null, (err: unknown) => (err instanceof ReleaseError ? err : Promise.reject(err)));
    if (failed) return askUnloaded(failed, values.jsonl, rest);
  }
  const bot = await opening;
  const title = bot.companies.flatMap((c) => c.kb.releases.map((r) => r.title)).join('; ');
  switch (command) {
    case 'ask':
      if (values.jsonl) {
        if (rest.length) throw new UsageError('ask --jsonl reads its questions from stdin, not the command line', command);
        // Loaded only for the batch protocol: its line reader and schema are no one-shot question's.
        await (await import('./adapters/terminal/jsonl.js')).runJsonl(bot.engine, process.stdin, process.stdout);
        return 0;
      }
      if (!rest.length) throw new UsageError('ask needs a question, or --jsonl', command);
      {
        const { renderAnswer, styleFor } = await import('./adapters/terminal/render.js');
        return print(renderAnswer(bot.engine.ask(rest.join(' '), 'cli'), styleFor(process.stdout)));
      }
    case 'chart': {
      if (!rest.length) throw new UsageError('chart needs a question, e.g. qfin chart "chart the revenue breakdown" -o revenue.png', command);
      const { chartCommand } = await import('./cli/chart.js');
      return chartCommand(bot.engine, rest.join(' '), values.output);
    }
    case 'facts': {
      const { factsOutput, FORMATS } = await import('./cli/facts.js');
      const format = (values.format ?? 'text') as (typeof FORMATS)[number];
      if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}": use ${FORMATS.join(', ')}`, command);
      process.stdout.write(factsOutput(bot.companies, rest.join(' ').toLowerCase(), format));
      return 0;
    }
    case 'check':
      return check(bot);
    default: {
      const { start } = await import('./start.js');
      return start(bot, title);
    }
  }
}

async function askUnloaded(err: ReleaseError, jsonl: boolean | undefined, rest: string[]): Promise<number> {
  process.stderr.write(`qfin: ${err.message}\n`);
  const { unloadedEngine } = await import('./cli/unloaded.js');
  const engine = unloadedEngine(err);
  if (jsonl) await (await import('./adapters/terminal/jsonl.js')).runJsonl(engine, process.stdin, process.stdout);
  else if (rest.length) process.stdout.write(`${engine.ask(rest.join(' '), 'cli').text}\n`);
  return 2;
}

/** Any SLACK_* or DISCORD_* variable set: start() then reads and checks the platforms' configuration. */
const platformVariables = () => Object.entries(process.env).some(([k, v]) => /^(?:SLACK|DISCORD)_/.test(k) && v?.trim());

/**
 * The terminal chat, at its prompt as soon as the releases are read (from the parse cache, quickly): the
 * engine is built while the person types its first question.
 */
async function terminalChat(releases: string[], started: boolean, company: string | undefined): Promise<number> {
  const { openKnowledge } = await import('./open.js');
  const { runChat } = await import('./adapters/terminal/chat.js');
  const { companies } = await openKnowledge(releases);
  const engine = async () => (await import('./open.js')).buildEngine(companies, company ? { company } : {});
  const title = `qfin-bot: ${companies.flatMap((c) => c.kb.releases.map((r) => r.title)).join('; ')}`;
  const note = started ? '\n(No SLACK_* or DISCORD_* variables set: terminal chat. See README.md to connect Slack or Discord.)' : '';
  return runChat(engine, process.stdin, process.stdout, title + note);
}

function print(text: string): number {
  process.stdout.write(`${text}\n`);
  return 0;
}

function check(bot: Awaited<ReturnType<typeof openBot>>): number {
  let failed = 0;
  for (const [doc, report] of bot.reports) {
    const counts = Object.entries(report.counts).map(([k, n]) => `${k} ${n}`).join(', ');
    process.stdout.write(`${doc}: ${report.issues.length ? `${report.issues.length} FAILED` : 'all checks pass'} (${counts})\n`);
    for (const i of report.issues) process.stdout.write(`  ${i.check}: ${i.message} [lines ${i.lines.join(', ')}]\n`);
    failed += report.issues.length;
  }
  return failed ? 1 : 0;
}

/** Runs main and turns known failures into a message and an exit code, never a stack trace. */
export async function run(argv: string[]): Promise<void> {
  try {
    process.exitCode = await main(argv);
  } catch (err) {
    if (err instanceof ReleaseError || err instanceof ConfigError) process.stderr.write(`qfin: ${err.message}\n`);
    else if (err instanceof UsageError) {
      const help = err.command ? `run "qfin ${err.command} --help" for its usage` : USAGE;
      process.stderr.write(`qfin: ${err.message}\n${help}\n`);
    } else throw err;
    process.exitCode = 2;
  }
}
