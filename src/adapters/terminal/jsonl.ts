// The batch protocol (../shared/eval/README.md): JSON lines in, one JSON line out per question.
// Nothing else is written to stdout; a malformed line still gets a reply line.
import { createInterface } from 'node:readline';
// zod's v3 API (shipped in zod 4) loads in about a third of v4's time; this module is on the path to
// the first answer. (The Slack and Discord config, loaded only when a platform starts, use v4.)
import { z } from 'zod/v3';
import type { Engine } from '../../intents/answer.js';

const Question = z.object({ id: z.union([z.string(), z.number()]).transform(String), conversation: z.union([z.string(), z.number()]).transform(String).optional(), text: z.string() });

export async function runJsonl(engine: Engine, input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    n++;
    let parsed: z.infer<typeof Question>;
    try {
      parsed = Question.parse(JSON.parse(line));
    } catch (err) {
      const id = /"id"\s*:\s*"?([^",}]*)/.exec(line)?.[1] ?? `line-${n}`;
      output.write(`${JSON.stringify({ id, status: 'unknown', text: `Malformed request line: ${(err as Error).message.split('\n')[0]}`, citations: [] })}\n`);
      continue;
    }
    const a = engine.ask(parsed.text, parsed.conversation ?? parsed.id);
    output.write(`${JSON.stringify({ id: parsed.id, conversation: parsed.conversation, status: a.status, ...(a.reason ? { reason: a.reason } : {}), text: a.text, citations: a.citations, ...(a.choices.length ? { choices: a.choices } : {}) })}\n`);
  }
}
