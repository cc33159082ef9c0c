// The `qfin` command's help texts: one for the whole command, one per command (`qfin ask --help`).
import { readFileSync } from 'node:fs';

const GLOBAL = `options (any command):
  -r, --release FILE, --release=FILE
                                   load FILE instead of every release in data/releases (repeatable)
  --company NAME                   with several companies loaded, the one answered for when a question
                                   names none (name or ticker; else QFIN_COMPANY; else the bot asks)
  -h, --help                       this help, or the command's (qfin ask --help)
  -V, --version                    the version`;

export const COMMANDS: Record<string, string> = {
  start: `usage: qfin [options] start
  Runs the bot: Slack and/or Discord when their variables are set (environment or .env), else the
  terminal chat.`,
  chat: `usage: qfin [options] chat
  The terminal chat: Tab completes metric names, ↑/↓ recall earlier questions (kept in
  ~/.qfin_history, or QFIN_HISTORY), Ctrl-D or "exit" leaves. NO_COLOR=1 turns colour off.`,
  ask: `usage: qfin [options] ask "QUESTION"
       qfin [options] ask --jsonl < questions.jsonl
  Answers one question; with --jsonl, reads JSON lines {"id", "conversation"?, "text"} on stdin and
  writes one JSON line per answer on stdout. A question starting with "-" goes after "--".`,
  chart: `usage: qfin [options] chart "QUESTION" [-o FILE]
  Answers the question as a chart request ("revenue breakdown" is "chart the revenue breakdown"; a
  chart draws the parts of a total or a figure over several periods) and writes the chart as a PNG
  to FILE (-o, --output), else to a file named after the chart's title in the current directory.
  Exits 1, writing nothing, when the answer has no chart.`,
  facts: `usage: qfin [options] facts [FILTER] [--format text|csv|json]
  Lists facts (metric, period, role, value, document:line, quote) whose line contains FILTER. With
  --format csv or json, the same facts as rows to export: company, metric, label, section, role,
  value, unit, scale, currency, period_start, period_end, fiscal_label, document, line, quote (CSV by
  RFC 4180; README.md describes each column).`,
  check: `usage: qfin [options] check [FILE]...
  Prints the load checks of each release (or of the files named); exits 1 if any fails.`,
};

export const USAGE = `usage: qfin [options] <command>
  start                 run the bot: Slack and/or Discord when configured, else the terminal chat
  chat                  the terminal chat
  ask "QUESTION"        answer one question
  ask --jsonl           the batch protocol: JSON lines on stdin, one JSON line per answer on stdout
  chart "QUESTION"      answer with a chart, written as a PNG (-o FILE)
  facts [FILTER]        list facts (metric, period, value) with their citations; --format csv|json exports them
  check [FILE]...       print the load checks of each release (or of the files named); exit 1 if any fails
${GLOBAL}`;

export const commandHelp = (command: string) => `${COMMANDS[command]}\n${GLOBAL}`;

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
