// The terminal chat: the bot with no chat platform configured. One conversation per session. On a
// terminal: Tab completes metric names from the engine's suggestions, questions are kept between runs
// in a history file, answers are coloured and wrapped; Ctrl-C leaves with 130, as shells expect. An
// answer's chart or export is saved as a file (files.ts) and the chat says where.
import { createInterface, type Completer, type Interface } from 'node:readline';
import type { Engine } from '../../intents/answer.js';
import { preloadAttachments } from '../attachments.js';
import { filesDir, saveAndSay } from './files.js';
import { loadHistory, saveHistory } from './history.js';
import { paint, renderAnswer, styleFor, wrap } from './render.js';

export interface ChatOptions {
  /** Where questions are kept between runs; null keeps none. Default: QFIN_HISTORY or ~/.qfin_history. */
  historyFile?: string | null;
  env?: NodeJS.ProcessEnv;
  /** Where an answer's chart or export is saved. Default: QFIN_FILES, else ./qfin-files. */
  filesDir?: string;
}

/** How long the chat waits for a question, once its engine is built, before it loads the chart libraries. */
const IDLE_MS = 300;

const KEYS = 'In this terminal: Tab completes metric names, ↑/↓ recall earlier questions, Ctrl-D or "exit" leaves.';

/**
 * Completes the end of the line: the longest run of its last words that begins a suggestion
 * ("what was refe" → "…referral services fees"); on an empty line, example questions.
 */
export function completer(engine: Engine): Completer {
  return (line: string) => {
    const starts = [0, ...[...line.matchAll(/\s+/g)].map((m) => m.index + m[0].length)].filter((i) => i < line.length || i === 0);
    for (const start of starts) {
      const tail = line.slice(start);
      const lower = tail.toLowerCase();
      const hits = engine.suggest(tail, 25).filter((s) => s.toLowerCase().startsWith(lower));
      if (hits.length) return [hits.map((h) => tail + h.slice(tail.length)), tail];
    }
    return [[], line];
  };
}

/** Runs the chat until "exit", end of input or Ctrl-C; resolves with the exit code (130 after Ctrl-C). */
export async function runChat(
  engineOrLoader: Engine | (() => Promise<Engine>),
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  banner: string,
  options: ChatOptions = {},
): Promise<number> {
  const env = options.env ?? process.env;
  // Given a loader, the prompt comes first and the engine is built while the first question is typed.
  let engine: Engine | undefined = typeof engineOrLoader === 'function' ? undefined : engineOrLoader;
  let loading: Promise<Engine> | undefined;
  const ready = () => (engine ? Promise.resolve(engine) : (loading ??= (engineOrLoader as () => Promise<Engine>)().then((e) => (engine = e))));
  const style = styleFor(output, env);
  const terminal = (input as { isTTY?: boolean }).isTTY === true;
  const historyFile = options.historyFile === undefined ? defaultHistoryFile(env) : options.historyFile;
  const history = terminal && historyFile ? loadHistory(historyFile) : [];
  const rl = createInterface({
    input,
    output,
    terminal,
    prompt: paint(style, ['bold', 'cyan'], 'you> '),
    // Nothing to offer until the engine is there (a Tab in the first instant).
    completer: completer({ ask: (q, c) => engine!.ask(q, c), suggest: (p, n) => engine?.suggest(p, n) ?? [] }),
    history,
    historySize: 1000,
    removeHistoryDuplicates: true,
  });
  if (terminal && historyFile) rl.on('history', (lines: string[]) => saveHistory(historyFile, lines));
  let code = 0;
  rl.on('SIGINT', () => {
    code = 130;
    output.write('\n');
    rl.close();
  });
  const intro = [...banner.split('\n'), 'Ask a question ("help" for examples, Ctrl-D or "exit" to leave).'];
  output.write(`${intro.flatMap((l) => wrap(l, style.width)).map((l, i) => (i ? l : paint(style, 'bold', l))).join('\n')}\n`);
  rl.prompt();
  buildWhileIdle(ready, rl);
  for await (const line of rl) {
    if (/^\s*(?:exit|quit|:q)\s*$/i.test(line)) break;
    if (line.trim()) {
      const answer = (await ready()).ask(line, 'terminal');
      const keys = /^\s*help\s*$/i.test(line) ? `\n${wrap(KEYS, style.width).map((l) => paint(style, 'dim', l)).join('\n')}` : '';
      const saved = (await saveAndSay(answer, options.filesDir ?? filesDir(env))).map((l) => `\n${paint(style, 'green', l)}`).join('');
      output.write(`${renderAnswer(answer, style)}${saved}${keys}\n\n`);
    }
    rl.prompt();
  }
  rl.close();
  return code;
}

/**
 * The engine is built once the prompt is out; then, when the chat has waited a moment for a question, the
 * chart libraries load, so the first chart asked for does not pay for them. A chat that ends first (input
 * piped in) never loads them.
 */
function buildWhileIdle(ready: () => Promise<Engine>, rl: Interface): void {
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  rl.once('close', () => {
    closed = true;
    clearTimeout(timer);
  });
  setImmediate(() =>
    ready().then(
      () => {
        if (!closed) timer = setTimeout(preloadAttachments, IDLE_MS).unref();
      },
      () => {}, // the first question reports it
    ),
  );
}

function defaultHistoryFile(env: NodeJS.ProcessEnv): string | null {
  if (env.QFIN_HISTORY !== undefined) return env.QFIN_HISTORY || null;
  const home = env.HOME ?? env.USERPROFILE;
  return home ? `${home}/.qfin_history` : null;
}
