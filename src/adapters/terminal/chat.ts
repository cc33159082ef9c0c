// The terminal chat: the bot with no chat platform configured. One conversation per session.
import { createInterface } from 'node:readline';
import type { Answer, Engine } from '../../intents/answer.js';

export function renderPlain(a: Answer): string {
  const sources = a.citations.map((c) => `  [${c.document}:${c.line}] ${c.quote.length > 160 ? `${c.quote.slice(0, 157)}...` : c.quote}`);
  const choices = a.choices.map((c, i) => `  ${i + 1}. ${c.label}`);
  return [a.text, ...(choices.length ? ['Reply with a number or a name:', ...choices] : []), ...(sources.length ? ['Sources:', ...sources] : [])].join('\n');
}

export async function runChat(engine: Engine, input: NodeJS.ReadableStream, output: NodeJS.WritableStream, banner: string): Promise<void> {
  const rl = createInterface({ input, output, terminal: (input as { isTTY?: boolean }).isTTY === true, prompt: 'you> ' });
  output.write(`${banner}\nAsk a question ("help" for examples, Ctrl-D or "exit" to leave).\n`);
  rl.prompt();
  for await (const line of rl) {
    if (/^\s*(?:exit|quit|:q)\s*$/i.test(line)) break;
    if (line.trim()) output.write(`${renderPlain(engine.ask(line, 'terminal'))}\n\n`);
    rl.prompt();
  }
  rl.close();
}
