// Slack's conventions, end to end: the real Bolt app in HTTP mode, fed signed requests as Slack sends
// them, talking to the stand-in Web API. Follow-ups in a thread without a mention, the assistant
// (AI app) thread with suggested prompts, and 👍/👎 feedback logged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { RunningSlack } from '../src/adapters/slack/index.js';
import { localRuntime } from '../src/ops/runtime.js';
import { captureLogs } from './log-capture.js';
import { IDS, nextTs, type Recorded, sendClick, sendEvent, SlackStandIn } from './slack-standin.js';
import { startSlackHttp } from './support/slack-http.js';

const logs = captureLogs();
const messages = () => logs.lines().map((l) => String(l['msg'] ?? ''));

const standIn = new SlackStandIn();
let slack: RunningSlack;
let port: number;

beforeAll(async () => {
  await standIn.start();
  slack = await startSlackHttp(sharedEngine(), standIn, localRuntime(logs.logger));
  port = slack.port!;
});

afterAll(async () => {
  await slack?.stop();
  await standIn.stop();
});

const inThread = (channel: string, thread: string) => (r: Recorded) =>
  r.method === 'chat.postMessage' && r.body.channel === channel && r.body.thread_ts === thread;
const postsIn = (channel: string, thread: string) => standIn.recorded.filter(inThread(channel, thread));
const ms = (n: number) => new Promise((resolve) => setTimeout(resolve, n));

async function mention(text: string) {
  const ts = nextTs();
  await sendEvent(port, { type: 'app_mention', user: IDS.user, text: `<@${IDS.bot}> ${text}`, ts, channel: IDS.channel });
  await standIn.waitFor(inThread(IDS.channel, ts));
  return ts;
}

const threadMessage = (thread: string, text: string, extra: Record<string, unknown> = {}) =>
  sendEvent(port, { type: 'message', channel_type: 'channel', user: IDS.user, text, ts: nextTs(), thread_ts: thread, channel: IDS.channel, ...extra });

describe('Slack threads', () => {
  it('answers a follow-up in a thread it answered in, without a new mention, in the thread\'s context', async () => {
    const thread = await mention('What was total net revenue in Q1 2024?');
    await threadMessage(thread, 'and a year earlier?');
    await standIn.waitFor(() => postsIn(IDS.channel, thread).length === 2, 5000, 'the follow-up answer');
    expect(postsIn(IDS.channel, thread)[1]!.body.text).toContain('RMB3,599.2 million');
  });

  it('ignores a message in a thread it never joined, and its own and other bots\' messages', async () => {
    const stranger = nextTs();
    await threadMessage(stranger, 'what was net income?');
    const thread = await mention('net income Q1 2024');
    await threadMessage(thread, 'a bot talking', { bot_id: 'B0OTHER' });
    await threadMessage(thread, 'edited', { subtype: 'message_changed' });
    await ms(300);
    expect(postsIn(IDS.channel, stranger)).toHaveLength(0);
    expect(postsIn(IDS.channel, thread)).toHaveLength(1);
  });

  it('answers a mention inside a joined thread once, not once per event', async () => {
    const thread = await mention('net income Q1 2024');
    const ts = nextTs();
    const text = `<@${IDS.bot}> and QoQ?`;
    await sendEvent(port, { type: 'message', channel_type: 'channel', user: IDS.user, text, ts, thread_ts: thread, channel: IDS.channel });
    await sendEvent(port, { type: 'app_mention', user: IDS.user, text, ts, thread_ts: thread, channel: IDS.channel });
    await standIn.waitFor(() => postsIn(IDS.channel, thread).length === 2, 5000, 'the mention answer');
    await ms(300);
    expect(postsIn(IDS.channel, thread)).toHaveLength(2);
  });
});

describe('the Slack assistant', () => {
  const dm = IDS.dm;
  it('greets a new assistant thread with suggested prompts from the release\'s headline metrics', async () => {
    const thread = nextTs();
    await sendEvent(port, {
      type: 'assistant_thread_started',
      assistant_thread: { user_id: IDS.user, context: { channel_id: IDS.channel, team_id: IDS.team }, channel_id: dm, thread_ts: thread },
      event_ts: nextTs(),
    });
    const prompts = await standIn.waitFor((r) => r.method === 'assistant.threads.setSuggestedPrompts');
    expect(prompts.body.channel_id).toBe(dm);
    expect(prompts.body.thread_ts).toBe(thread);
    const list = JSON.parse(prompts.body.prompts) as { title: string; message: string }[];
    // The summary first, then the change of the headline figures the summary lists; each one answerable.
    expect(list[0]!.message).toBe('Summary of the quarter');
    expect(list).toHaveLength(4);
    const engine = sharedEngine();
    const summary = engine.ask('summary', 'prompts').text;
    for (const p of list.slice(1)) {
      expect(summary).toContain(`- ${p.message.replace(/ YoY$/, '')}: `);
      expect(engine.ask(p.message, `prompt ${p.message}`).status).toBe('answer');
    }
    expect((await standIn.waitFor(inThread(dm, thread))).body.text).toContain('Ask me about the earnings release');
  });

  it('titles the thread with the question, shows "is thinking", and answers in the thread', async () => {
    const thread = nextTs();
    await sendEvent(port, { type: 'message', channel_type: 'im', user: IDS.user, text: 'Total net revenue YoY', ts: nextTs(), thread_ts: thread, channel: dm });
    const answer = await standIn.waitFor(inThread(dm, thread));
    expect(answer.body.text).toContain('15.4%');
    const title = standIn.recorded.find((r) => r.method === 'assistant.threads.setTitle' && r.body.thread_ts === thread);
    expect(title?.body.title).toBe('Total net revenue YoY');
    const status = standIn.recorded.find((r) => r.method === 'assistant.threads.setStatus' && r.body.thread_ts === thread);
    expect(status?.body.status).toBe('is thinking…');
    expect(standIn.recorded.indexOf(status!)).toBeLessThan(standIn.recorded.indexOf(answer));
  });
});

describe('feedback', () => {
  it('puts 👍/👎 under an answer and logs a click with the question and the answer\'s status', async () => {
    const thread = await mention('What was total net revenue in Q1 2024?');
    const { body } = standIn.recorded.find(inThread(IDS.channel, thread))!;
    const buttons = body.blocks.find((b: { type: string }) => b.type === 'context_actions').elements[0];
    expect(buttons.type).toBe('feedback_buttons');
    await sendClick(port, { actionId: buttons.action_id, value: buttons.negative_button.value, responseUrl: standIn.responseUrl('fb'), message: { ts: nextTs(), thread_ts: thread } });
    await standIn.waitFor(() => messages().some((l) => l.startsWith('qfin: feedback')), 5000, 'the feedback log line');
    expect(messages().find((l) => l.startsWith('qfin: feedback'))).toBe(
      `qfin: feedback negative (answer status "answer") on "What was total net revenue in Q1 2024?" (user ${IDS.user}, channel ${IDS.channel})`,
    );
  });
});

describe('Slack layout of summaries and breakdowns', () => {
  it('shows a summary\'s lines as a table and its formulas once, one per line', async () => {
    const { renderAnswer } = await import('../src/adapters/slack/render.js');
    const answer = sharedEngine().ask('summary', 'layout');
    const message = renderAnswer(answer);
    const table = message.blocks.find((b) => b.type === 'table') as { rows: { text: string }[][] } | undefined;
    expect(table).toBeDefined();
    expect(table!.rows.length).toBeGreaterThanOrEqual(4);
    expect(table!.rows[0]!.map((c) => c.text)).toEqual(['Total net revenue', expect.stringContaining('RMB4,153.2 million')]);
    const shown = JSON.stringify(message.blocks);
    expect(shown.match(/How: /g) ?? []).toHaveLength(0);
    expect(shown).toContain('Total net revenue YoY: 15.4% = ');
    // Every line of the answer is still there for notifications and clients without blocks.
    expect(message.text).toContain('- Total net revenue: RMB4,153.2 million');
  });
});

describe('the Slack manifest and its docs', () => {
  it('asks for the scopes the bot uses, each documented, and no others', async () => {
    const { readFileSync } = await import('node:fs');
    const manifest = readFileSync('manifest.yml', 'utf8');
    const docs = readFileSync('docs/slack.md', 'utf8');
    const scopes = [...manifest.split('oauth_config:')[1]!.split('settings:')[0]!.matchAll(/^\s+- ([a-z_]+(?::[a-z_]+)?)\b/gm)].map((m) => m[1]!);
    expect(scopes.sort()).toEqual(['app_mentions:read', 'assistant:write', 'channels:history', 'chat:write', 'commands', 'files:write', 'groups:history', 'im:history']);
    for (const scope of scopes) expect(docs).toContain(`| \`${scope}\` |`);
    const events = [...manifest.split('bot_events:')[1]!.split('interactivity:')[0]!.matchAll(/^\s+- ([a-z_.]+)/gm)].map((m) => m[1]!);
    for (const event of events) expect(docs).toContain(`\`${event}\``);
  });
});
