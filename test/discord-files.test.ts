// End to end, files on Discord: the real discord.js client against the local stand-in. A chart question
// is answered with the chart as a PNG attachment shown in the answer's embed (attachment://), sent as
// multipart/form-data, which the stand-in parses as Discord does; the test decodes the PNG.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord, type DiscordHandle } from '../src/adapters/discord/index.js';
import { localRuntime } from '../src/ops/runtime.js';
import { makeEngine } from './discord-engine.js';
import { callbackPath, DiscordStandIn, directMessage, IDS, type RecordedRequest } from './discord-standin.js';
import { captureLogs } from './log-capture.js';
import { pngSize } from './support/png.js';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.stand-in.token';
const CHART = 'chart the breakdown of total net revenue';
const standIn = new DiscordStandIn();
const logs = captureLogs();
let bot: DiscordHandle;

beforeAll(async () => {
  await standIn.start();
  bot = await startDiscord(makeEngine(), { token: TOKEN }, { rest: { api: standIn.api }, runtime: localRuntime(logs.logger), readyTimeoutMs: 10_000 });
}, 20_000);
afterAll(async () => {
  await bot?.stop();
  await standIn.close();
});

const sentTo = (channel: string) => (r: RecordedRequest) => r.method === 'POST' && r.path === `/channels/${channel}/messages`;

/** The chart of a message: its one PNG file, named in the first embed's image. */
function chartOf(r: RecordedRequest) {
  const embed = r.body.embeds[0];
  const png = r.files?.find((f) => f.type === 'image/png');
  expect(png, 'a PNG file in the message').toBeDefined();
  expect(embed.image.url).toBe(`attachment://${png!.name}`);
  // The message's attachment list describes each file part ("files[N]") by the chart's title.
  expect(r.body.attachments).toHaveLength(r.files!.length);
  const described = r.body.attachments[Number(/\d+/.exec(png!.field)![0])];
  expect(described.description).toMatch(/total net revenue by line \(RMB thousands\), Q1 2024/);
  return { embed, png: png! };
}

describe('Discord: charts attached to the answer', () => {
  it('answers a chart mention with the text and sources in the embed and the chart as its image', async () => {
    standIn.userMessage(`<@${IDS.bot}> ${CHART}`);
    const r = await standIn.waitForRequest(sentTo(IDS.channel), 15_000, 'the chart reply');
    const { embed, png } = chartOf(r);
    expect(embed.description).toContain('Total net revenue was RMB4,153.2 million in Q1 2024');
    expect(embed.description).toContain('Credit driven services: RMB3,016.3 million');
    expect(embed.fields.find((f: any) => f.name === 'Sources').value).toMatch(/line 268: Credit driven services · Q1 2024 · RMB thousands: 3,016,282/);
    expect(png.name).toMatch(/total-net-revenue-by-line.*\.png$/);
    const { width, height } = pngSize(png.bytes);
    expect(width).toBeGreaterThan(600);
    expect(height).toBeGreaterThan(300);
  }, 30_000);

  it('answers /qfin with a chart privately: deferred, then the answer with its image', async () => {
    const i = standIn.slashCommand('pie chart of the revenue mix');
    const deferred = await standIn.waitForRequest((x) => x.path === callbackPath(i), 5000, 'the deferral');
    expect(deferred.body.type).toBe(5);
    expect(deferred.body.data.flags & 64).toBe(64);
    const edit = await standIn.waitForRequest((x) => x.method === 'PATCH' && x.path === `/webhooks/${IDS.app}/${i.token}/messages/@original`, 15_000, 'the answer')
    const { embed, png } = chartOf(edit);
    expect(embed.description).toContain('made up of');
    expect(pngSize(png.bytes).width).toBeGreaterThan(600);
  }, 30_000);

  it('attaches an export as a CSV file beside the answer, with no image', async () => {
    const before = standIn.requests.filter(sentTo(IDS.channel)).length;
    standIn.userMessage(`<@${IDS.bot}> export total net revenue lines`);
    await standIn.waitUntil(() => standIn.requests.filter(sentTo(IDS.channel)).length > before, 15_000, 'the export reply');
    const r = standIn.requests.filter(sentTo(IDS.channel)).at(-1)!;
    const csv = r.files?.find((f) => f.name.endsWith('.csv'));
    expect(csv, 'a .csv file in the message').toBeDefined();
    expect(csv!.bytes.toString('utf8')).toMatch(/^company,metric,label,/);
    expect(r.body.embeds[0].description).toMatch(/figures of Qifu Technology.*as CSV/);
    expect(r.body.embeds[0].image).toBeUndefined();
  }, 30_000);

  it('sends no file with an answer that has no chart', async () => {
    const before = standIn.requests.filter(sentTo(IDS.dm)).length;
    directMessage(standIn, 'break down total net revenue');
    await standIn.waitUntil(() => standIn.requests.filter(sentTo(IDS.dm)).length > before, 5000, 'the DM answer');
    const r = standIn.requests.filter(sentTo(IDS.dm)).at(-1)!;
    expect(r.files).toBeUndefined();
    expect(r.body.embeds[0].image).toBeUndefined();
  });
});
