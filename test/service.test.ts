// `npm start` as a service (src/start.ts): Slack in HTTP mode against the stand-in, with health
// endpoints, one JSON log line per question with no secret in it, and a graceful shutdown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBot } from '../src/bot.js';
import { startService, type Service } from '../src/start.js';
import { hashId } from '../src/ops/log.js';
import { answering, localRuntime } from '../src/ops/runtime.js';
import { captureLogs } from './log-capture.js';
import { BOT_TOKEN, eventCallback, IDS, nextTs, sendEvent, sendToApp, SIGNING_SECRET, SlackStandIn, type Recorded } from './slack-standin.js';

const REVENUE = 'What was total net revenue in Q1 2024?';
const ENV = {
  SLACK_BOT_TOKEN: BOT_TOKEN,
  SLACK_SIGNING_SECRET: SIGNING_SECRET,
  SLACK_PORT: '0',
  SLACK_HOST: '127.0.0.1',
  HEALTH_PORT: '0',
  DISCORD_TOKEN: undefined,
};
// Loaded in a hook, so that a release that fails to load is a named failure, not a file with no tests.
let bot: ReturnType<typeof loadBot>;
const standIn = new SlackStandIn();
const info = captureLogs({ ...ENV, LOG_LEVEL: 'info' });
const exits: number[] = [];
let service: Service;

beforeAll(async () => {
  bot = loadBot();
  await standIn.start();
  service = await startService(bot, ENV, {
    logger: info.logger,
    exit: (code) => void exits.push(code),
    signals: false,
    slack: { clientOptions: { slackApiUrl: standIn.apiUrl } },
  });
});

afterAll(async () => {
  await service?.shutdown();
  await standIn.stop();
});

const get = async (port: number, path: string) => {
  const res = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: res.status, body: (await res.json()) as any };
};
const postedIn = (thread: string) => (r: Recorded) => r.method === 'chat.postMessage' && r.body.thread_ts === thread;
const mention = (ts: string) => ({ type: 'app_mention', user: IDS.user, text: `<@${IDS.bot}> ${REVENUE}`, ts, channel: IDS.channel });

describe('the bot as a service', () => {
  it('serves /healthz and /readyz on the Slack port and on HEALTH_PORT', async () => {
    for (const port of [service.slackPort!, service.healthPort!]) {
      expect(await get(port, '/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
      const ready = await get(port, '/readyz');
      expect(ready.status).toBe(200);
      expect(ready.body.parts).toEqual({ releases: true, slack: true });
    }
  });

  it('logs one JSON line per answered question, with no question text at info and no secret', async () => {
    const ts = nextTs();
    await sendEvent(service.slackPort!, mention(ts));
    await standIn.waitFor(postedIn(ts));
    const answered = info.lines().filter((l) => l.msg === 'answered');
    expect(answered).toHaveLength(1);
    const line = answered[0]!;
    expect(line).toMatchObject({ level: 30, platform: 'slack', status: 'answer', reason: 'read', releases: ['qfin-2024q1.md'] });
    expect(line.conversation).toMatch(/^[0-9a-f]{16}$/);
    expect(typeof line.latencyMs).toBe('number');
    expect(line.question).toBeUndefined();
    expect(JSON.stringify(info.raw)).not.toContain(ts);

    // A secret inside an error message or a config object is scrubbed too.
    info.logger.error({ err: new Error(`auth failed for ${BOT_TOKEN}`), config: { token: BOT_TOKEN, signingSecret: SIGNING_SECRET } }, 'x');
    for (const raw of info.raw) {
      expect(() => JSON.parse(raw)).not.toThrow();
      for (const secret of [BOT_TOKEN, SIGNING_SECRET]) expect(raw).not.toContain(secret);
    }
  });

  it('logs the question itself only at debug level', async () => {
    const debug = captureLogs({ ...ENV, LOG_LEVEL: 'debug' });
    await answering(bot.engine, localRuntime(debug.logger), 'discord').ask(REVENUE, 'discord:1');
    expect(debug.lines().find((l) => l.msg === 'answered')).toMatchObject({ platform: 'discord', question: REVENUE, conversation: hashId('discord:1') });
  });

  it('on shutdown refuses new events, finishes the one in flight, disconnects and exits 0', async () => {
    standIn.delayMs = 400;
    const ts = nextTs();
    expect((await sendEvent(service.slackPort!, mention(ts))).status).toBe(200);
    const stopping = service.shutdown('SIGTERM');
    expect(service.runtime.lifecycle.ready).toBe(false);
    const late = await sendToApp(service.slackPort!, JSON.stringify(eventCallback(mention(nextTs()))), 'application/json').catch(() => ({ status: 0 }));
    expect([0, 503]).toContain(late.status);
    await stopping;
    expect(standIn.recorded.filter(postedIn(ts))).toHaveLength(1);
    expect(exits).toEqual([0]);
    expect(info.lines().at(-1)?.msg).toBe('stopped');
    await expect(fetch(`http://127.0.0.1:${service.healthPort}/healthz`)).rejects.toThrow();
  });
});
