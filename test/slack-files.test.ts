// End to end, files: the real Bolt app (HTTP mode, on 127.0.0.1) answers a chart question in the thread
// and uploads the chart as a PNG into that same thread through Slack's upload flow
// (files.getUploadURLExternal, the bytes to the upload URL, files.completeUploadExternal), all against
// the stand-in, which keeps the bytes. The test decodes the PNG as a client would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { RunningSlack } from '../src/adapters/slack/index.js';
import { PRIVATE_FILES, UPLOAD_FAILED } from '../src/adapters/slack/uploads.js';
import { localRuntime } from '../src/ops/runtime.js';
import { captureLogs } from './log-capture.js';
import { allText, IDS, nextTs, sendCommand, sendEvent, SlackStandIn, type Recorded } from './slack-standin.js';
import { pngSize } from './support/png.js';
import { startSlackHttp } from './support/slack-http.js';

const CHART = 'chart the breakdown of total net revenue';
const logs = captureLogs();
const standIn = new SlackStandIn();
let slack: RunningSlack;

beforeAll(async () => {
  await standIn.start();
  slack = await startSlackHttp(sharedEngine(), standIn, localRuntime(logs.logger));
});
afterAll(async () => {
  await slack?.stop();
  await standIn.stop();
});

const posted = (channel: string, thread?: string) => (r: Recorded) => r.method === 'chat.postMessage' && r.body.channel === channel && r.body.thread_ts === thread;
const mention = (text: string, ts: string) => sendEvent(slack.port!, { type: 'app_mention', user: IDS.user, text: `<@${IDS.bot}> ${text}`, ts, channel: IDS.channel });
const ms = (n: number) => new Promise((resolve) => setTimeout(resolve, n));

describe('Slack: charts and files in the thread of the answer', () => {
  it('answers a chart question with its text and citations, then uploads the chart as a PNG into that thread', async () => {
    const ts = nextTs();
    await mention(CHART, ts);
    const { body } = await standIn.waitFor(posted(IDS.channel, ts));
    expect(body.text).toContain('Total net revenue was RMB4,153.2 million in Q1 2024');
    expect(allText(body)).toContain('Credit driven services: RMB3,016.3 million');
    expect(allText(body)).toMatch(/line 268: Credit driven services · Q1 2024 · RMB thousands: 3,016,282 \(qfin-2024q1\.md\)/);
    await standIn.waitFor((r) => r.method === 'files.completeUploadExternal' && r.body.thread_ts === ts, 15_000, 'the chart upload');
    const [file] = standIn.files().filter((f) => f.thread_ts === ts);
    expect(file).toMatchObject({ channel: IDS.channel, thread_ts: ts, filename: expect.stringMatching(/total-net-revenue-by-line.*\.png$/) });
    expect(file!.title).toMatch(/total net revenue by line \(RMB thousands\), Q1 2024/);
    const { width, height } = pngSize(file!.bytes);
    expect(width).toBeGreaterThan(600);
    expect(height).toBeGreaterThan(300);
    // The length asked for is the length sent.
    const asked = standIn.recorded.find((r) => r.method === 'files.getUploadURLExternal' && r.body.filename === file!.filename);
    expect(Number(asked!.body.length)).toBe(file!.bytes.length);
  }, 30_000);

  it('uploads a DM chart beside the answer, at the top level of the DM', async () => {
    await sendEvent(slack.port!, { type: 'message', user: IDS.user, text: 'pie chart of the revenue mix', ts: nextTs(), channel: IDS.dm, channel_type: 'im' });
    await standIn.waitFor((r) => r.method === 'files.completeUploadExternal' && r.body.channel_id === IDS.dm, 15_000, 'the DM chart upload');
    const file = standIn.files().find((f) => f.channel === IDS.dm)!;
    expect(file.thread_ts).toBeUndefined();
    expect(pngSize(file.bytes).width).toBeGreaterThan(600);
  }, 30_000);

  it('uploads an export as a CSV file into the thread of the answer', async () => {
    const ts = nextTs();
    await mention('export total net revenue lines', ts);
    const { body } = await standIn.waitFor(posted(IDS.channel, ts));
    expect(body.text).toMatch(/^\d+ figures of Qifu Technology.*as CSV/);
    await standIn.waitFor((r) => r.method === 'files.completeUploadExternal' && r.body.thread_ts === ts, 15_000, 'the CSV upload');
    const file = standIn.files().find((f) => f.thread_ts === ts)!;
    expect(file.filename).toMatch(/total-net-revenue-facts\.csv$/);
    const csv = file.bytes.toString('utf8');
    expect(csv.startsWith('company,metric,label,section,role,value,unit,scale,currency,period_start,period_end,fiscal_label,document,line,quote\r\n')).toBe(true);
    expect(csv).toContain('total_net_revenue');
  }, 30_000);

  it('uploads nothing for an answer without a chart', async () => {
    const ts = nextTs();
    const before = standIn.recorded.filter((r) => r.method.startsWith('files.')).length;
    await mention('break down total net revenue', ts);
    await standIn.waitFor(posted(IDS.channel, ts));
    await ms(300);
    expect(standIn.recorded.filter((r) => r.method.startsWith('files.'))).toHaveLength(before);
  });

  it('says in a private /qfin answer where to ask for the chart, and uploads nothing', async () => {
    const before = standIn.recorded.filter((r) => r.method.startsWith('files.')).length;
    await sendCommand(slack.port!, CHART, standIn.responseUrl('files-private'));
    const { body } = await standIn.waitFor((r) => r.method === 'response:files-private');
    expect(body.response_type).toBe('ephemeral');
    expect(allText(body)).toContain('Credit driven services');
    expect(allText(body)).toContain(PRIVATE_FILES);
    await ms(300);
    expect(standIn.recorded.filter((r) => r.method.startsWith('files.'))).toHaveLength(before);
  });

  it('says so in the thread when Slack refuses the upload, after the answer', async () => {
    standIn.failing.add('files.getUploadURLExternal');
    try {
      const ts = nextTs();
      await mention(CHART, ts);
      const notice = await standIn.waitFor((r) => posted(IDS.channel, ts)(r) && allText(r.body).includes(UPLOAD_FAILED), 15_000, 'the upload-failed notice');
      const answer = standIn.recorded.find(posted(IDS.channel, ts))!;
      expect(standIn.recorded.indexOf(answer)).toBeLessThan(standIn.recorded.indexOf(notice));
      expect(logs.lines().some((l) => l.level >= 50 && /could not upload/.test(l.msg))).toBe(true);
    } finally {
      standIn.failing.delete('files.getUploadURLExternal');
    }
  }, 30_000);
});
