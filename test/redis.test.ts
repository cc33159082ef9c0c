// Two instances of the Slack app in HTTP mode behind one (imagined) load balancer, sharing a real
// redis-server: a thread's follow-up asked of the second instance uses the first one's context, and an
// event retried to the other instance is still answered once. CI starts redis-server and passes its URL
// in QFIN_TEST_REDIS_URL; otherwise the test starts its own (Debian's redis-server package).
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedBot } from './support/engines.js';
import type { RunningSlack } from '../src/adapters/slack/index.js';
import { buildEngine } from '../src/bot.js';
import type { KnowledgeBase } from '../src/knowledge/kb.js';
import { type Runtime, sharedRuntime } from '../src/ops/runtime.js';
import { MAX_ENTRIES, WINDOW_S } from '../src/ops/stores.js';
import { captureLogs } from './log-capture.js';
import { eventCallback, IDS, nextTs, type Recorded, SlackStandIn, sendEvent, sendToApp } from './slack-standin.js';
import { startSlackHttp } from './support/slack-http.js';

const REVENUE = 'What was total net revenue in Q1 2024?';
const FIGURE = 'RMB4,153.2 million';
// Loaded in a hook, so that a release that fails to load is a named failure, not a file with no tests.
let kb: KnowledgeBase;
const standIn = new SlackStandIn();
const instances: { slack: RunningSlack; runtime: Runtime }[] = [];
let server: ChildProcess | undefined;
let url: string;

const ms = (n: number) => new Promise((resolve) => setTimeout(resolve, n));

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => probe.once('listening', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function startRedis(): Promise<string> {
  const port = await freePort();
  server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  server.once('error', (err) => {
    throw new Error(`redis-server could not start (install Debian's redis-server package): ${err.message}`);
  });
  // Ready once it answers a connection (it takes a few milliseconds to start).
  for (let attempt = 0; ; attempt++) {
    const probe = new Redis(port, '127.0.0.1', { lazyConnect: true, retryStrategy: () => null });
    probe.on('error', () => {});
    const up = await probe.connect().then(() => true, () => false);
    probe.disconnect();
    if (up) return `redis://127.0.0.1:${port}`;
    if (attempt === 50) throw new Error('redis-server did not start');
    await ms(100);
  }
}

beforeAll(async () => {
  ({ kb } = sharedBot());
  url = process.env['QFIN_TEST_REDIS_URL'] || (await startRedis());
  await standIn.start();
  for (let i = 0; i < 2; i++) {
    const runtime = await sharedRuntime(url, captureLogs().logger);
    const engine = buildEngine(kb, { contexts: runtime.contexts! });
    instances.push({ runtime, slack: await startSlackHttp(engine, standIn, runtime) });
  }
});

afterAll(async () => {
  for (const { slack, runtime } of instances) {
    await slack.stop();
    await runtime.close?.();
  }
  await standIn.stop();
  if (server && server.exitCode === null) {
    server.kill();
    await once(server, 'exit');
  }
});

const postedIn = (thread: string) => (r: Recorded) => r.method === 'chat.postMessage' && r.body.thread_ts === thread;
const mention = (text: string, ts: string, thread?: string) => ({
  type: 'app_mention',
  user: IDS.user,
  text: `<@${IDS.bot}> ${text}`,
  ts,
  channel: IDS.channel,
  ...(thread ? { thread_ts: thread } : {}),
});
const port = (i: number) => instances[i]!.slack.port!;

describe('several instances sharing Redis', () => {
  it("answers a thread's follow-up on the other instance with the first one's context", async () => {
    const thread = nextTs();
    await sendEvent(port(0), mention(REVENUE, thread));
    const first = await standIn.waitFor(postedIn(thread));
    await sendEvent(port(1), mention('and QoQ?', nextTs(), thread));
    const followUp = await standIn.waitFor((r) => postedIn(thread)(r) && r !== first, 5000, 'the follow-up');
    expect(followUp.body.text).toContain(FIGURE);
    // The same follow-up in a thread with no history is not about revenue.
    const fresh = nextTs();
    await sendEvent(port(1), mention('and QoQ?', fresh));
    expect((await standIn.waitFor(postedIn(fresh))).body.text).not.toContain(FIGURE);
  });

  it('answers an event retried to the other instance once', async () => {
    const ts = nextTs();
    const body = JSON.stringify(eventCallback(mention(REVENUE, ts)));
    expect((await sendToApp(port(0), body, 'application/json')).status).toBe(200);
    const retry = await sendToApp(port(1), body, 'application/json', { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(retry.status).toBe(200);
    await standIn.waitFor(postedIn(ts));
    await ms(300);
    expect(standIn.recorded.filter(postedIn(ts))).toHaveLength(1);
  });

  it('keeps Redis within the bounds: every key expires within the hour, the index holds at most the cap', async () => {
    const redis = new Redis(url);
    const keys = await redis.keys('qfin:*');
    expect(keys.some((k) => k.startsWith('qfin:context:'))).toBe(true);
    expect(keys.some((k) => k.startsWith('qfin:delivery:'))).toBe(true);
    for (const key of keys.filter((k) => k !== 'qfin:contexts')) {
      const ttl = await redis.ttl(key);
      expect(ttl, key).toBeGreaterThan(0);
      expect(ttl, key).toBeLessThanOrEqual(WINDOW_S);
    }
    expect(await redis.zcard('qfin:contexts')).toBeLessThanOrEqual(MAX_ENTRIES);
    redis.disconnect();
  });
});
