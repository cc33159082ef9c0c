// End to end: the real Bolt app in HTTP mode on 127.0.0.1, fed requests signed exactly as Slack signs
// them, talking to a stand-in Web API that records every call.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';
import type { RunningSlack } from '../src/adapters/slack/index.js';
import {
  allText,
  eventCallback,
  IDS,
  nextTs,
  sendClick,
  sendCommand,
  sendEvent,
  sendToApp,
  SlackStandIn,
  type Recorded,
} from './slack-standin.js';
import { captureLogs } from './log-capture.js';
import { startSlackHttp } from './support/slack-http.js';
import { localRuntime } from '../src/ops/runtime.js';

const REVENUE = 'What was total net revenue in Q1 2024?';
const CLARIFY = 'What were other services fees in Q1 2024?';
const SENTINEL = 'fail on this one please';

// Loaded in a hook, so that a release that fails to load is a named failure, not a file with no tests.
let real: Engine;
/** Every (question, conversation) the engine saw, in order. */
const asked: { question: string; conversation: string }[] = [];
// Fault injection around the real engine: one sentinel question throws.
const engine: Engine = {
  ask(question, conversation) {
    asked.push({ question, conversation });
    if (question === SENTINEL) throw new Error('injected engine failure');
    return real.ask(question, conversation);
  },
  suggest: (prefix, limit) => real.suggest(prefix, limit),
};

const logs = captureLogs();
const errors = () => logs.lines().filter((l) => l.level >= 50).map((l) => `${l.msg} ${l.err?.message ?? ''}`);

const standIn = new SlackStandIn();
let slack: RunningSlack;
let port: number;

beforeAll(async () => {
  real = sharedEngine();
  await standIn.start();
  slack = await startSlackHttp(engine, standIn, localRuntime(logs.logger));
  port = slack.port!;
});

afterAll(async () => {
  await slack?.stop();
  await standIn.stop();
});

const posted = (channel: string, thread?: string) => (r: Recorded) =>
  r.method === 'chat.postMessage' && r.body.channel === channel && (thread === undefined || r.body.thread_ts === thread);
const responded = (id: string) => (r: Recorded) => r.method === `response:${id}`;

function sections(body: any): string {
  return body.blocks
    .filter((b: any) => b.type === 'section')
    .map((b: any) => b.text.text)
    .join('');
}
function contextTexts(body: any): string[] {
  return body.blocks.filter((b: any) => b.type === 'context').flatMap((b: any) => b.elements.map((e: any) => e.text));
}
function buttons(body: any): any[] {
  return body.blocks.filter((b: any) => b.type === 'actions').flatMap((b: any) => b.elements);
}
const ms = (n: number) => new Promise((resolve) => setTimeout(resolve, n));

describe('Slack adapter over HTTP', () => {
  it('answers a channel mention in the thread of the question, with its citation', async () => {
    const ts = nextTs();
    const ack = await sendEvent(port, { type: 'app_mention', user: IDS.user, text: `<@${IDS.bot}> ${REVENUE}`, ts, channel: IDS.channel });
    expect(ack.status).toBe(200);
    expect(ack.ms).toBeLessThan(3000);

    const { body } = await standIn.waitFor(posted(IDS.channel, ts));
    expect(body.text).toContain('RMB4,153.2 million');
    expect(sections(body)).toContain('RMB4,153.2 million');
    const cites = contextTexts(body);
    expect(cites.some((c) => c.includes('line 277') && c.includes('Total net revenue') && c.includes('qfin-2024q1.md'))).toBe(true);
    expect(body.link_names).toBe('false');
    expect(asked).toContainEqual({ question: REVENUE, conversation: `slack:${IDS.team}:${IDS.channel}:${ts}` });
  });

  it('answers a mention inside a thread in that thread, as the same conversation', async () => {
    const root = nextTs();
    const ts = nextTs();
    await sendEvent(port, { type: 'app_mention', user: IDS.user, text: `<@${IDS.bot}> ${REVENUE}`, ts, thread_ts: root, channel: IDS.channel });
    const { body } = await standIn.waitFor(posted(IDS.channel, root));
    expect(body.text).toContain('RMB4,153.2 million');
    expect(asked.at(-1)).toEqual({ question: REVENUE, conversation: `slack:${IDS.team}:${IDS.channel}:${root}` });
  });

  it('keeps follow-up context per thread', async () => {
    const [thread, other] = [nextTs(), nextTs()];
    await sendEvent(port, { type: 'app_mention', user: IDS.user, text: `<@${IDS.bot}> ${REVENUE}`, ts: thread, channel: IDS.channel });
    const first = await standIn.waitFor(posted(IDS.channel, thread));
    const followUp = nextTs();
    await sendEvent(port, { type: 'app_mention', user: IDS.user, text: `<@${IDS.bot}> and QoQ?`, ts: followUp, thread_ts: thread, channel: IDS.channel });
    await sendEvent(port, { type: 'app_mention', user: IDS.user, text: `<@${IDS.bot}> and QoQ?`, ts: other, channel: IDS.channel });

    const inThread = await standIn.waitFor((r) => posted(IDS.channel, thread)(r) && r !== first, 5000, 'the follow-up');
    expect(inThread.body.text).toContain('RMB4,153.2 million');
    // Its calculation is shown with the citations.
    expect(contextTexts(inThread.body).some((c) => c.includes('÷'))).toBe(true);
    const elsewhere = await standIn.waitFor(posted(IDS.channel, other));
    expect(elsewhere.body.text).not.toContain('RMB4,153.2 million');
  });

  it('answers direct messages, one conversation per DM, and ignores bots and message subtypes', async () => {
    await sendEvent(port, { type: 'message', subtype: 'bot_message', bot_id: 'B0OTHER', text: REVENUE, ts: nextTs(), channel: IDS.dm, channel_type: 'im' });
    await sendEvent(port, { type: 'message', user: IDS.user, bot_id: 'B0OTHER', text: REVENUE, ts: nextTs(), channel: IDS.dm, channel_type: 'im' });
    await sendEvent(port, {
      type: 'message',
      subtype: 'message_changed',
      hidden: true,
      message: { type: 'message', user: IDS.user, text: REVENUE, ts: nextTs() },
      ts: nextTs(),
      channel: IDS.dm,
      channel_type: 'im',
    });
    const ts = nextTs();
    await sendEvent(port, { type: 'message', user: IDS.user, text: REVENUE, ts, channel: IDS.dm, channel_type: 'im' });

    const { body } = await standIn.waitFor(posted(IDS.dm));
    expect(body.text).toContain('RMB4,153.2 million');
    expect(body.thread_ts).toBeUndefined();
    expect(asked.at(-1)).toEqual({ question: REVENUE, conversation: `slack:${IDS.team}:${IDS.dm}` });
    await ms(300);
    expect(standIn.recorded.filter(posted(IDS.dm))).toHaveLength(1);
  });

  it('answers /qfin privately with a "Post to channel" button that posts the same answer once', async () => {
    const ack = await sendCommand(port, REVENUE, standIn.responseUrl('cmd-revenue'));
    expect(ack.status).toBe(200);
    expect(ack.ms).toBeLessThan(3000);
    const { body } = await standIn.waitFor(responded('cmd-revenue'));
    expect(body.response_type).toBe('ephemeral');
    expect(contextTexts(body)[0]).toContain(REVENUE);
    expect(sections(body)).toContain('RMB4,153.2 million');
    expect(contextTexts(body).some((c) => c.includes('line 277'))).toBe(true);
    expect(asked.at(-1)).toEqual({ question: REVENUE, conversation: `slack:${IDS.team}:${IDS.channel}:${IDS.user}` });
    const post = buttons(body).find((b) => b.action_id === 'qfin_post');
    expect(post.text.text).toBe('Post to channel');

    await sendClick(port, { actionId: 'qfin_post', value: post.value, responseUrl: standIn.responseUrl('click-post') });
    const shared = await standIn.waitFor((r) => responded('click-post')(r) && r.body.response_type === 'in_channel');
    expect(shared.body.replace_original).toBe(false);
    expect(sections(shared.body)).toBe(sections(body));
    expect(contextTexts(shared.body)).toEqual(contextTexts(body));
    expect(buttons(shared.body)).toEqual([]);
    await standIn.waitFor((r) => responded('click-post')(r) && r.body.delete_original === true);

    // A second click finds nothing left to post.
    await sendClick(port, { actionId: 'qfin_post', value: post.value, responseUrl: standIn.responseUrl('click-again') });
    const again = await standIn.waitFor(responded('click-again'));
    expect(again.body.response_type).toBe('ephemeral');
    expect(again.body.text).toContain('no longer available');
  });

  it('shows help for /qfin help and a bare /qfin', async () => {
    const help = real.ask('help', 'test:help');
    await sendCommand(port, 'help', standIn.responseUrl('cmd-help'));
    await sendCommand(port, '', standIn.responseUrl('cmd-empty'));
    for (const id of ['cmd-help', 'cmd-empty']) {
      const { body } = await standIn.waitFor(responded(id));
      expect(body.response_type).toBe('ephemeral');
      expect(sections(body)).toContain(help.text.split('\n')[0]!.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    }
    expect(asked.filter((a) => a.conversation.endsWith(IDS.user)).slice(-2).map((a) => a.question)).toEqual(['help', 'help']);
  });

  it('offers clarify choices as buttons; a click answers in the same thread and conversation', async () => {
    const ts = nextTs();
    await sendEvent(port, { type: 'app_mention', user: IDS.user, text: `<@${IDS.bot}> ${CLARIFY}`, ts, channel: IDS.channel });
    const { body } = await standIn.waitFor(posted(IDS.channel, ts));
    const choices = buttons(body);
    expect(choices.map((b) => b.action_id)).toEqual(['qfin_choice_0', 'qfin_choice_1']);
    expect(choices.map((b) => b.text.text).join(' ')).toMatch(/Credit driven services.*Platform services/);

    const replyTs = nextTs();
    await sendClick(port, {
      actionId: 'qfin_choice_1',
      value: choices[1].value,
      responseUrl: standIn.responseUrl('click-choice'),
      message: { ts: replyTs, thread_ts: ts },
    });
    const answered = await standIn.waitFor((r) => posted(IDS.channel, ts)(r) && r.body !== body);
    expect(contextTexts(answered.body)[0]).toContain(choices[1].value.replace(/&/g, '&amp;'));
    expect(contextTexts(answered.body).some((c) => c.includes('line 276'))).toBe(true);
    expect(asked.at(-1)).toEqual({ question: choices[1].value, conversation: `slack:${IDS.team}:${IDS.channel}:${ts}` });
  });

  it('answers a choice clicked in a private /qfin reply privately, in its place', async () => {
    await sendCommand(port, CLARIFY, standIn.responseUrl('cmd-clarify'));
    const { body } = await standIn.waitFor(responded('cmd-clarify'));
    const choice = buttons(body).find((b) => b.action_id === 'qfin_choice_0');
    await sendClick(port, { actionId: 'qfin_choice_0', value: choice.value, responseUrl: standIn.responseUrl('click-private') });
    const answered = await standIn.waitFor(responded('click-private'));
    expect(answered.body).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(buttons(answered.body).some((b) => b.action_id === 'qfin_post')).toBe(true);
    expect(asked.at(-1)).toEqual({ question: choice.value, conversation: `slack:${IDS.team}:${IDS.channel}:${IDS.user}` });
  });

  it('refuses requests with a bad signature or a stale timestamp, and answers nothing', async () => {
    const channel = 'C0FORGED';
    const forged = JSON.stringify(eventCallback({ type: 'app_mention', user: IDS.user, text: `<@${IDS.bot}> ${REVENUE}`, ts: nextTs(), channel }));
    const bad = await sendToApp(port, forged, 'application/json', { secret: 'not-the-signing-secret' });
    expect(bad.status).toBe(401);
    const stale = await sendToApp(port, forged, 'application/json', { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(stale.status).toBe(401);
    await ms(300);
    expect(standIn.recorded.filter((r) => JSON.stringify(r.body).includes(channel))).toEqual([]);
    expect(asked.filter((a) => a.conversation.includes(channel))).toEqual([]);
  });

  it('replies politely when the engine throws, logs it, and keeps answering', async () => {
    const ts = nextTs();
    await sendEvent(port, { type: 'app_mention', user: IDS.user, text: `<@${IDS.bot}> ${SENTINEL}`, ts, channel: IDS.channel });
    const { body } = await standIn.waitFor(posted(IDS.channel, ts));
    expect(body.text).toMatch(/^Sorry, something went wrong answering that/);
    expect(errors().some((e) => e.includes('injected engine failure'))).toBe(true);

    const next = nextTs();
    await sendEvent(port, { type: 'app_mention', user: IDS.user, text: `<@${IDS.bot}> ${REVENUE}`, ts: next, channel: IDS.channel });
    expect((await standIn.waitFor(posted(IDS.channel, next))).body.text).toContain('RMB4,153.2 million');
  });

  it('never posts user text as markup that pings or links', async () => {
    // As Slack sends `<!channel> <@U123> & <b>`: mentions as <…> spans, & < > as entities.
    const slackText = '<!channel> <@U123> &amp; &lt;b&gt;';
    const before = standIn.recorded.length;
    const ts = nextTs();
    await sendEvent(port, { type: 'app_mention', user: IDS.user, text: `<@${IDS.bot}> ${slackText}`, ts, channel: IDS.channel });
    await sendCommand(port, slackText, standIn.responseUrl('cmd-escape'));
    await sendCommand(port, '<!here> <#C0SECRET|secret> & <b>', standIn.responseUrl('cmd-raw'));
    await standIn.waitFor(posted(IDS.channel, ts));
    const echoed = await standIn.waitFor(responded('cmd-escape'));
    await standIn.waitFor(responded('cmd-raw'));

    // The engine got plain text without the broadcast and the mention; the echo shows it literally.
    expect(asked).toContainEqual({ question: '& <b>', conversation: `slack:${IDS.team}:${IDS.channel}:${ts}` });
    expect(contextTexts(echoed.body)[0]).toContain('*Question:* &amp; &lt;b&gt;');
    for (const r of standIn.recorded.slice(before)) {
      const text = allText(r.body);
      for (const markup of ['<!channel>', '<!here>', '<@U123>', '<#C0SECRET', '<b>']) expect(text).not.toContain(markup);
      expect(text.replace(/&(amp|lt|gt);/g, '')).not.toMatch(/[&<>]/);
    }
  });
});
