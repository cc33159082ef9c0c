// Faults, retries and mentions in Slack's HTTP mode: the real Bolt app on 127.0.0.1, fed what a broken
// proxy, an attacker or Slack's own retries send, and then a real question, answered by the same process.
import { request } from 'node:http';
import { sharedEngine } from './support/engines.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSlack } from '../src/adapters/slack/index.js';
import { localRuntime } from '../src/ops/runtime.js';
import { captureLogs } from './log-capture.js';
import { startSlackHttp } from './support/slack-http.js';
import {
  commandFields,
  eventCallback,
  IDS,
  nextTs,
  sendEvent,
  sendToApp,
  SlackStandIn,
  type Recorded,
} from './slack-standin.js';

const REVENUE = 'What was total net revenue in Q1 2024?';
const FIGURE = 'RMB4,153.2 million';
const logs = captureLogs();
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

const ms = (n: number) => new Promise((resolve) => setTimeout(resolve, n));
const postedIn = (thread: string) => (r: Recorded) => r.method === 'chat.postMessage' && r.body.thread_ts === thread;
const mention = (text: string, ts = nextTs()) => ({ type: 'app_mention', user: IDS.user, text: `<@${IDS.bot}> ${text}`, ts, channel: IDS.channel });

/** The same process still answers a real question. */
async function stillAnswers(): Promise<void> {
  const ts = nextTs();
  expect((await sendEvent(port, mention(REVENUE, ts))).status).toBe(200);
  expect((await standIn.waitFor(postedIn(ts))).body.text).toContain(FIGURE);
}

/** Streams `total` bytes of unsigned junk (with or without a Content-Length); how the server answered. */
function flood(total: number, withLength: boolean): Promise<number | 'closed'> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/slack/events', headers: { 'content-type': 'application/json', ...(withLength ? { 'content-length': total } : {}) } });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on('error', () => resolve('closed'));
    const chunk = Buffer.alloc(64 * 1024, 'x');
    let sent = 0;
    const pump = () => {
      while (sent < total && !req.destroyed) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!req.destroyed) req.end();
    };
    pump();
  });
}

describe('Slack HTTP mode under faults', () => {
  it('refuses signed bodies that are not an event object with a 4xx, and keeps answering', async () => {
    for (const body of ['null', '[]', '42', '"text"', '{}', '{"type":"no_such_type"}', 'not json']) {
      const { status } = await sendToApp(port, body, 'application/json');
      expect(status, body).toBeGreaterThanOrEqual(400);
      expect(status, body).toBeLessThan(500);
    }
    const form = await sendToApp(port, 'payload=null', 'application/x-www-form-urlencoded');
    expect(form.status).toBe(400);
    await stillAnswers();
  });

  it('refuses a signed 10 MB event unread, and keeps answering', async () => {
    const huge = JSON.stringify(eventCallback(mention('x'.repeat(10 * 1024 * 1024))));
    const { status } = await sendToApp(port, huge, 'application/json');
    expect(status).toBe(413);
    await stillAnswers();
  });

  it('refuses a 100 MB unsigned body without buffering it', async () => {
    const before = process.memoryUsage().rss;
    expect(await flood(100 * 1024 * 1024, true)).toBe(413);
    // Without a length the body is read only up to the limit, then the connection is cut.
    expect([413, 'closed']).toContain(await flood(100 * 1024 * 1024, false));
    expect(process.memoryUsage().rss - before).toBeLessThan(20 * 1024 * 1024);
    await stillAnswers();
  });

  it('refuses a timestamp more than five minutes in the future', async () => {
    const ts = nextTs();
    const future = Math.floor(Date.now() / 1000) + 6 * 60;
    expect((await sendEvent(port, mention(REVENUE, ts), { timestamp: future })).status).toBe(401);
    await ms(200);
    expect(standIn.recorded.filter(postedIn(ts))).toEqual([]);
  });

  it('answers a retried event and a replayed request once', async () => {
    const ts = nextTs();
    const body = JSON.stringify(eventCallback(mention(REVENUE, ts)));
    const timestamp = Math.floor(Date.now() / 1000);
    expect((await sendToApp(port, body, 'application/json', { timestamp })).status).toBe(200);
    // Slack's retry: the same event, signed anew, with X-Slack-Retry-Num; and a replay of the same bytes.
    const retry = await sendToApp(port, body, 'application/json', { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    const replay = await sendToApp(port, body, 'application/json', { timestamp });
    expect([retry.status, replay.status]).toEqual([200, 200]);

    const command = new URLSearchParams(commandFields(REVENUE, standIn.responseUrl('once'))).toString();
    await sendToApp(port, command, 'application/x-www-form-urlencoded', { timestamp });
    expect((await sendToApp(port, command, 'application/x-www-form-urlencoded', { timestamp })).status).toBe(200);

    await standIn.waitFor(postedIn(ts));
    await standIn.waitFor((r) => r.method === 'response:once');
    await ms(300);
    expect(standIn.recorded.filter(postedIn(ts))).toHaveLength(1);
    expect(standIn.recorded.filter((r) => r.method === 'response:once')).toHaveLength(1);
  });

  it('reads a question without the mentions and broadcasts in it, and never pings', async () => {
    const ts = nextTs();
    await sendEvent(port, mention(`<@U0OTHER|bob> <!here> <!channel> ${REVENUE} <!subteam^S0TEAM|@finance>`, ts));
    const { body } = await standIn.waitFor(postedIn(ts));
    expect(body.text).toContain(FIGURE);
    expect(body.link_names).toBe('false');
    expect(JSON.stringify(body)).not.toMatch(/<[@!]/);
  });
});
