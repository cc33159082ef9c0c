// The service as a process (test/support/service-child.mjs: startService from dist/, in a child): with
// every secret variable set, no log line carries one, even inside an error's message or stack; an
// exception or rejection nothing catches is logged as JSON and the next question is still answered; a
// real SIGTERM finishes the question in flight and exits 0.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_TOKEN, IDS, nextTs, type Recorded, SIGNING_SECRET, SlackStandIn, sendEvent } from './slack-standin.js';

const REDIS_PASSWORD = 'hunter2-redis-pass';
const SECRETS = {
  SLACK_BOT_TOKEN: BOT_TOKEN,
  SLACK_SIGNING_SECRET: SIGNING_SECRET,
  SLACK_APP_TOKEN: 'xapp-1-A0QFIN-2222-secretappvalue',
  DISCORD_TOKEN: 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDE.secret-discord-token-value',
  REDIS_URL: `redis://default:${REDIS_PASSWORD}@127.0.0.1:6399/0`,
};
const REVENUE = 'What was total net revenue in Q1 2024?';

const standIn = new SlackStandIn();
let child: ChildProcess;
let stderr = '';
let port: number;

const lines = () =>
  stderr
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, any>);

async function logged(test: (line: Record<string, any>) => boolean, what: string, ms = 15_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = lines().find(test);
    if (found) return found;
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`no log line ${what}; stderr:\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const postedIn = (thread: string) => (r: Recorded) => r.method === 'chat.postMessage' && r.body.thread_ts === thread;
const mention = (ts: string) => ({ type: 'app_mention', user: IDS.user, text: `<@${IDS.bot}> ${REVENUE}`, ts, channel: IDS.channel });

beforeAll(async () => {
  await standIn.start();
  const env = { PATH: process.env.PATH, ...SECRETS, SLACK_MODE: 'http', SLACK_PORT: '0', SLACK_HOST: '127.0.0.1', LOG_LEVEL: 'info' };
  child = spawn(process.execPath, ['test/support/service-child.mjs', standIn.apiUrl], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr!.setEncoding('utf8').on('data', (s: string) => void (stderr += s));
  port = (await logged((l) => l.msg === 'Slack bot running', 'saying the bot runs', 25_000)).port;
});

afterAll(async () => {
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL');
    await once(child, 'exit');
  }
  await standIn.stop();
});

describe('the service as a process', () => {
  it('logs an uncaught exception and an unhandled rejection in a request path as JSON, then answers the next question', async () => {
    await fetch(`http://127.0.0.1:${port}/fault`).then((r) => r.text());
    const thrown = await logged((l) => l.msg === 'uncaught exception; still serving', 'for the exception');
    const rejected = await logged((l) => l.msg === 'unhandled rejection; still serving', 'for the rejection');
    for (const line of [thrown, rejected]) {
      expect(line.level).toBe(50);
      expect(line.err.message).toContain('[redacted]');
      expect(line.err.stack).toContain('service-child.mjs');
    }
    const ts = nextTs();
    expect((await sendEvent(port, mention(ts))).status).toBe(200);
    await standIn.waitFor(postedIn(ts), 10_000, 'the answer after the fault');
    expect(child.exitCode).toBeNull();
  });

  it('never writes a token, secret or Redis password into a log line, not even in an error', () => {
    expect(lines().some((l) => l.err)).toBe(true); // the errors above carried every secret
    for (const secret of [...Object.values(SECRETS), REDIS_PASSWORD]) expect(stderr).not.toContain(secret);
  });

  it('on a real SIGTERM finishes the question in flight, says so and exits 0', async () => {
    standIn.delayMs = 400;
    const ts = nextTs();
    expect((await sendEvent(port, mention(ts))).status).toBe(200);
    child.kill('SIGTERM');
    const [code, signal] = (await once(child, 'exit')) as [number | null, string | null];
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(standIn.recorded.filter(postedIn(ts))).toHaveLength(1);
    expect(lines().at(-1)?.msg).toBe('stopped');
  });
});
