// The Discord adapter end to end: a real discord.js Client against a local stand-in for Discord's
// REST API and gateway on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../src/intents/answer.js';
import { startDiscord, type DiscordHandle } from '../src/adapters/discord/index.js';
import { callbackPath, DiscordStandIn, IDS, type RecordedRequest } from './discord-standin.js';
import { makeEngine, QUESTIONS } from './discord-engine.js';
import { captureLogs } from './log-capture.js';
import { localRuntime } from '../src/ops/runtime.js';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.stand-in.token';

/** Every message the bot sent or edited, and every interaction callback that carries a message. */
function outgoingMessages(requests: RecordedRequest[]): RecordedRequest[] {
  return requests.filter(
    (r) =>
      (r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path)) ||
      (r.method === 'PATCH' && /^\/webhooks\//.test(r.path)) ||
      (r.method === 'POST' && /\/callback$/.test(r.path) && [4, 7].includes(r.body?.type)),
  );
}

/** Nothing may ping: no parsed mention kinds, no listed users or roles, not the replied-to author. */
function expectNoPing(allowed: any, where = ''): void {
  expect(allowed, where).toBeDefined();
  expect(allowed.parse, where).toEqual([]);
  expect(allowed.replied_user ?? false, where).toBe(false);
  expect(allowed.users ?? [], where).toEqual([]);
  expect(allowed.roles ?? [], where).toEqual([]);
}

function messageData(r: RecordedRequest): any {
  return /\/callback$/.test(r.path) ? r.body.data : r.body;
}

describe('Discord adapter against a local stand-in', () => {
  const standIn = new DiscordStandIn();
  const logs = captureLogs();
  const asked: { text: string; conversation: string }[] = [];
  let engine: Engine;
  let bot: DiscordHandle;

  beforeAll(async () => {
    await standIn.start();
    const real = makeEngine();
    // Fault injection around the real engine: one sentinel question throws; every ask is recorded.
    engine = {
      ask(text: string, conversation: string): Answer {
        asked.push({ text, conversation });
        if (text.includes('SENTINEL-FAIL')) throw new Error('injected engine failure');
        return real.ask(text, conversation);
      },
      suggest: (prefix, limit) => real.suggest(prefix, limit),
    };
    bot = await startDiscord(engine, { token: TOKEN }, { rest: { api: standIn.api }, runtime: localRuntime(logs.logger), readyTimeoutMs: 10_000 });
  }, 20_000);

  afterAll(async () => {
    await bot?.stop();
    await standIn.close();
  });

  it('connects through GET /gateway/bot, identifies with the intents it needs, and is ready', () => {
    expect(standIn.requests.some((r) => r.method === 'GET' && r.path === '/gateway/bot')).toBe(true);
    const identify = standIn.frames.find((f) => f.op === 2)!;
    expect(identify.d.token).toBe(TOKEN);
    // Guilds (1) | GuildMessages (512) | DirectMessages (4096): no privileged intent (Message Content is 32768).
    expect(identify.d.intents).toBe(1 | 512 | 4096);
    expect(bot.client.isReady()).toBe(true);
    expect(bot.client.guilds.cache.has(IDS.guild)).toBe(true);
  });

  it('answers /qfin privately with an embed holding the figure, the period and the cited lines', async () => {
    const sent = Date.now();
    const i = standIn.slashCommand(QUESTIONS.revenue);
    const r = await standIn.waitForRequest((x) => x.path === callbackPath(i), 5000, 'the /qfin reply');
    expect(Date.now() - sent).toBeLessThan(3000); // Discord's window for the initial response
    expect(r.body.type).toBe(4);
    const data = r.body.data;
    expect(data.flags & 64).toBe(64); // private first, as in Slack, with a button to post it
    expectNoPing(data.allowed_mentions);
    const embed = data.embeds[0];
    expect(embed.description).toContain('RMB4,153.2 million');
    const sources = embed.fields.find((f: any) => f.name === 'Sources');
    expect(sources.value).toBe('line 277: Total net revenue · Q1 2024 · RMB thousands: 4,153,183\nline 277: Total net revenue · Q1 2024 · USD thousands: 575,209');
    expect(embed.footer.text).toBe('Source: qfin-2024q1.md');
    expect(embed.fields.find((f: any) => f.name === 'Period')?.value).toBe('Q1 2024');
    expect(embed.title).toBe(QUESTIONS.revenue);
    expect(embed.color).toBeGreaterThan(0);
    expect(asked.at(-1)).toEqual({ text: QUESTIONS.revenue, conversation: `discord:${IDS.channel}:${IDS.user}` });
  });

  it('autocompletes from engine.suggest, at most 25 choices of at most 100 characters', async () => {
    const i = standIn.autocomplete('refer');
    const r = await standIn.waitForRequest((x) => x.path === callbackPath(i), 5000, 'the autocomplete result');
    expect(r.body.type).toBe(8);
    const choices = r.body.data.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) {
      expect(c.name.length).toBeGreaterThan(0);
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
    expect(choices.map((c) => c.name)).toContain('Referral services fees');

    // The knowledge base has names longer than 100 characters: they are left out, not cut.
    const total = standIn.autocomplete('total');
    const r3 = await standIn.waitForRequest((x) => x.path === callbackPath(total), 5000, 'the "total" result');
    const long = engine.suggest('total', 25).filter((n) => n.length > 100);
    expect(long.length).toBeGreaterThan(0);
    for (const c of r3.body.data.choices as { name: string; value: string }[]) {
      expect(c.value.length).toBeLessThanOrEqual(100);
      expect(long).not.toContain(c.value);
    }

    const empty = standIn.autocomplete('');
    const r2 = await standIn.waitForRequest((x) => x.path === callbackPath(empty), 5000, 'the empty-prefix result');
    expect(r2.body.data.choices.length).toBeLessThanOrEqual(25);
  });

  it('replies to "the release does not say" ephemerally', async () => {
    // In a channel with no history, so no earlier question's context applies.
    const i = standIn.slashCommand(QUESTIONS.unknown, IDS.quiet);
    const r = await standIn.waitForRequest((x) => x.path === callbackPath(i), 5000, 'the unknown reply');
    expect(r.body.type).toBe(4);
    expect(r.body.data.flags & 64).toBe(64);
    expect(r.body.data.content.length).toBeGreaterThan(0);
    expect(r.body.data.embeds ?? []).toEqual([]);
    expect(asked.at(-1)).toEqual({ text: QUESTIONS.unknown, conversation: `discord:${IDS.quiet}:${IDS.user}` });
  });

  it('offers a clarify as buttons, and a click answers the chosen question in the same conversation', async () => {
    const i = standIn.slashCommand(QUESTIONS.clarify);
    const r = await standIn.waitForRequest((x) => x.path === callbackPath(i), 5000, 'the clarify reply');
    const data = r.body.data;
    const buttons = data.components.flatMap((row: any) => row.components);
    expect(buttons).toHaveLength(2);
    for (const b of buttons) {
      expect(b.custom_id).toMatch(/^qfin_choice:\d+:/);
      expect(b.custom_id.length).toBeLessThanOrEqual(100);
      expect(b.label.length).toBeLessThanOrEqual(80);
    }
    // The question each button stands for, from the engine itself.
    const expected = engine.ask(QUESTIONS.clarify, 'discord:test-probe').choices[1]!.question;
    const message = standIn.messageFrom(IDS.channel, data);
    const click = standIn.button(buttons[1].custom_id, { ...message, interaction_metadata: undefined });
    const update = await standIn.waitForRequest((x) => x.path === callbackPath(click), 5000, 'the button update');
    expect(update.body.type).toBe(7);
    expect(update.body.data.components).toEqual([]);
    expect(update.body.data.embeds[0].description.length).toBeGreaterThan(0);
    expectNoPing(update.body.data.allowed_mentions);
    expect(asked.at(-1)).toEqual({ text: expected, conversation: `discord:${IDS.channel}:${IDS.user}` });
    expect(expected).toMatch(/platform services/i);
    const answerEmbed = update.body.data.embeds[0];
    expect(answerEmbed.description).toContain('RMB85.4 million');
    expect(answerEmbed.fields.find((f: any) => f.name === 'Sources').value).toMatch(/^line 276: Other services fees \(Platform services\) · Q1 2024 · RMB thousands: 85,362/);
  });

  it('tells the clicker ephemerally when a stored choice has expired', async () => {
    const message = standIn.messageFrom(IDS.channel, {});
    const click = standIn.button('qfin_choice:0:k:no-such-key', message);
    const r = await standIn.waitForRequest((x) => x.path === callbackPath(click), 5000, 'the expired-choice reply');
    expect(r.body.type).toBe(4);
    expect(r.body.data.flags & 64).toBe(64);
  });

  it('answers a mention as a reply with citations, in the channel conversation', async () => {
    const before = standIn.requests.length;
    const id = standIn.userMessage(`<@${IDS.bot}> ${QUESTIONS.revenue}`);
    const r = await standIn.waitForRequest(
      (x) => standIn.requests.indexOf(x) >= before && x.path === `/channels/${IDS.channel}/messages`,
      5000,
      'the reply to a mention',
    );
    expect(r.body.message_reference.message_id).toBe(id);
    expect(r.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(r.body.embeds[0].description).toContain('RMB4,153.2 million');
    expect(r.body.embeds[0].fields.find((f: any) => f.name === 'Sources').value).toContain('line 277');
    expect(asked.at(-1)).toEqual({ text: QUESTIONS.revenue, conversation: `discord:${IDS.channel}:${IDS.user}` });
  });

  it('answers a bare mention with help, not the last answer', async () => {
    const before = standIn.requests.length;
    standIn.userMessage(`<@${IDS.bot}>`, IDS.quiet);
    const r = await standIn.waitForRequest(
      (x) => standIn.requests.indexOf(x) >= before && x.path === `/channels/${IDS.quiet}/messages`,
      5000,
      'the reply to a bare mention',
    );
    expect(asked.at(-1)).toEqual({ text: 'help', conversation: `discord:${IDS.quiet}:${IDS.user}` });
    expect(JSON.stringify(r.body)).toContain('What was total net revenue');
    expect(JSON.stringify(r.body)).not.toContain('RMB4,153.2 million');
  });

  it('keeps a thread its own conversation (threads are channels)', async () => {
    const before = standIn.requests.length;
    standIn.userMessage(`<@${IDS.bot}> ${QUESTIONS.revenue}`, IDS.thread);
    await standIn.waitForRequest(
      (x) => standIn.requests.indexOf(x) >= before && x.path === `/channels/${IDS.thread}/messages`,
      5000,
      'the reply in the thread',
    );
    expect(asked.at(-1)).toEqual({ text: QUESTIONS.revenue, conversation: `discord:${IDS.thread}:${IDS.user}` });
  });

  it('ignores messages that do not mention the bot, and messages from bots', async () => {
    const before = standIn.requests.length;
    const askedBefore = asked.length;
    standIn.userMessage(QUESTIONS.revenue);
    standIn.userMessage(`<@${IDS.bot}> ${QUESTIONS.revenue}`, IDS.channel, {
      author: { id: '600000000000000006', username: 'otherbot', discriminator: '0', avatar: null, bot: true },
    });
    // A mention sent after both: once it is answered, the two before have certainly been handled.
    standIn.userMessage(`<@${IDS.bot}> ${QUESTIONS.unknown}`);
    await standIn.waitForRequest(
      (x) => standIn.requests.indexOf(x) >= before && x.path === `/channels/${IDS.channel}/messages`,
      5000,
      'the reply to the last mention',
    );
    expect(asked.slice(askedBefore).map((a) => a.text)).toEqual([QUESTIONS.unknown]);
    expect(standIn.requests.slice(before).filter((x) => x.method === 'POST')).toHaveLength(1);
  });

  it('never pings: a question with @everyone, @here and a user mention is answered with parse: []', async () => {
    const before = standIn.requests.length;
    const question = `@everyone @here <@${IDS.user}> ${QUESTIONS.revenue}`;
    standIn.userMessage(`<@${IDS.bot}> ${question}`);
    const i = standIn.slashCommand(`@everyone ${QUESTIONS.unknown}`);
    await standIn.waitForRequest((x) => x.path === callbackPath(i), 5000, 'the slash reply');
    const reply = await standIn.waitForRequest(
      (x) => standIn.requests.indexOf(x) >= before && x.path === `/channels/${IDS.channel}/messages`,
      5000,
      'the mention reply',
    );
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    // The engine saw the question without the mentions and broadcasts, and answered it.
    expect(asked.some((a) => a.text === QUESTIONS.revenue)).toBe(true);
    expect(reply.body.embeds[0].description).toContain('RMB4,153.2 million');
  });

  it('apologises ephemerally when the engine throws, logs it, and answers the next question', async () => {
    const i = standIn.slashCommand('SENTINEL-FAIL what was total net revenue?');
    const r = await standIn.waitForRequest((x) => x.path === callbackPath(i), 5000, 'the apology');
    expect(r.body.type).toBe(4);
    expect(r.body.data.flags & 64).toBe(64);
    expect(r.body.data.content).toMatch(/sorry/i);
    expect(logs.raw.some((l) => l.includes('injected engine failure'))).toBe(true);

    const before = standIn.requests.length;
    standIn.userMessage(`<@${IDS.bot}> SENTINEL-FAIL again`);
    const apology = await standIn.waitForRequest(
      (x) => standIn.requests.indexOf(x) >= before && x.path === `/channels/${IDS.channel}/messages`,
      5000,
      'the apology to a mention',
    );
    expect(apology.body.content).toMatch(/sorry/i);

    const next = standIn.slashCommand(QUESTIONS.revenue);
    const ok = await standIn.waitForRequest((x) => x.path === callbackPath(next), 5000, 'the next answer');
    expect(ok.body.data.embeds[0].description).toContain('RMB4,153.2 million');
  });

  it('sent every message with allowed_mentions parse: [] (nothing ever pings)', () => {
    const sent = outgoingMessages(standIn.requests);
    expect(sent.length).toBeGreaterThanOrEqual(10);
    for (const r of sent) {
      expectNoPing(messageData(r).allowed_mentions, `${r.method} ${r.path}`);
    }
  });
});
