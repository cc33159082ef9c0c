// Discord's conventions, end to end: a real discord.js client against the local stand-in, which, as
// Discord does, refuses the privileged Message Content intent to an application not granted it and
// then sends a guild message's content only when it mentions the bot.
import { readFileSync } from 'node:fs';
import { IntentsBitField } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DiscordHandle, startDiscord } from '../src/adapters/discord/index.js';
import { POSTED } from '../src/adapters/discord/listeners/shareButton.js';
import { localRuntime } from '../src/ops/runtime.js';
import { makeEngine, QUESTIONS } from './discord-engine.js';
import { captureLogs } from './log-capture.js';
import { callbackPath, DiscordStandIn, directMessage, HUMAN2, IDS, type RecordedRequest } from './discord-standin.js';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.stand-in.token';
const standIn = new DiscordStandIn({ messageContentApproved: false });
let bot: DiscordHandle;

beforeAll(async () => {
  await standIn.start();
  bot = await startDiscord(makeEngine(), { token: TOKEN }, { rest: { api: standIn.api }, runtime: localRuntime(captureLogs().logger), readyTimeoutMs: 10_000 });
}, 20_000);

afterAll(async () => {
  await bot?.stop();
  await standIn.close();
});

/** The bot's reply to the message `id` (a POST to the channel referencing it). */
const replyTo = (id: string) => (r: RecordedRequest) =>
  r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path) && r.body?.message_reference?.message_id === id;
const description = (r: RecordedRequest) => r.body.embeds?.[0]?.description ?? r.body.content ?? '';

describe('Discord without privileged intents', () => {
  it('starts without Message Content, and answers a mention (whose content Discord still sends)', async () => {
    expect(bot.client.isReady()).toBe(true);
    expect(standIn.intents & (1 << 15)).toBe(0);
    const id = standIn.userMessage(`<@${IDS.bot}> ${QUESTIONS.revenue}`);
    const reply = await standIn.waitForRequest(replyTo(id), 5000, 'the reply to a mention');
    expect(description(reply)).toContain('RMB4,153.2 million');
    expect(reply.body.embeds[0].title).toBe(QUESTIONS.revenue);
  });

  it('names in docs/discord.md every intent it asks for, none of them privileged', () => {
    const intents = new IntentsBitField(bot.client.options.intents).toArray();
    expect(intents.sort()).toEqual(['DirectMessages', 'GuildMessages', 'Guilds']);
    const docs = readFileSync('docs/discord.md', 'utf8');
    for (const name of intents) expect(docs).toContain(`\`${name}\``);
  });

  it('answers a direct message, without a mention', async () => {
    const id = directMessage(standIn, 'net income Q1 2024');
    const reply = await standIn.waitForRequest(replyTo(id), 5000, 'the reply to a DM');
    expect(reply.path).toBe(`/channels/${IDS.dm}/messages`);
    expect(description(reply)).toContain('RMB1,160.1 million');
  });

  it('keeps two people\'s follow-ups in one channel apart', async () => {
    const ask = async (content: string, extra: Record<string, unknown> = {}) => {
      const id = standIn.userMessage(`<@${IDS.bot}> ${content}`, IDS.quiet, extra);
      return description(await standIn.waitForRequest(replyTo(id), 5000, `the reply to "${content}"`));
    };
    await ask('net income Q1 2024');
    await ask('total net revenue Q1 2024', { author: HUMAN2 });
    expect(await ask('and a year earlier?')).toContain('RMB929.8 million');
    expect(await ask('and a year earlier?', { author: HUMAN2 })).toContain('RMB3,599.2 million');
  });
});

describe('/qfin on Discord', () => {
  it('answers privately with "Post to channel", which posts the answer for everyone once', async () => {
    const i = standIn.slashCommand(QUESTIONS.revenue);
    const r = await standIn.waitForRequest((x) => x.path === callbackPath(i), 5000, 'the /qfin reply');
    expect(r.body.data.flags & 64).toBe(64);
    const share = r.body.data.components.flatMap((row: { components: { custom_id: string; label: string }[] }) => row.components)[0];
    expect(share.label).toBe('Post to channel');
    const message = { ...standIn.messageFrom(IDS.channel, r.body.data), flags: 64 };
    const click = standIn.button(share.custom_id, message);
    const update = await standIn.waitForRequest((x) => x.path === callbackPath(click), 5000, 'the private copy updated');
    expect(update.body).toMatchObject({ type: 7, data: { content: POSTED, components: [], embeds: [] } });
    const posted = await standIn.waitForRequest((x) => x.method === 'POST' && x.path.startsWith(`/webhooks/${IDS.app}/`), 5000, 'the public post');
    expect((posted.body.flags ?? 0) & 64).toBe(0);
    expect(posted.body.embeds[0].description).toContain('RMB4,153.2 million');
    expect(posted.body.allowed_mentions.parse).toEqual([]);
    // A second click finds nothing to post.
    const again = standIn.button(share.custom_id, message);
    const expired = await standIn.waitForRequest((x) => x.path === callbackPath(again), 5000, 'the second click');
    expect(expired.body.data.flags & 64).toBe(64);
    expect(expired.body.data.content).toContain('no longer available');
  });
});

describe('Discord embeds', () => {
  it('say "How:" once: the formulas go to the Calculation field, one per line', async () => {
    const { answerEmbed } = await import('../src/adapters/discord/render.js');
    const answer = makeEngine().ask('summary', 'embed');
    expect(answer.text).toContain('How: ');
    const embed = answerEmbed(answer);
    expect(embed.description).not.toContain('How: ');
    const calculation = embed.fields!.find((f) => f.name === 'Calculation')!.value;
    expect(calculation.split('\n').length).toBe(answer.derivations.length);
    expect(embed.title).toBe('Answer');
  });
});
