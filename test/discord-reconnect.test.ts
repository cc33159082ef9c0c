// Gateway resilience: the real discord.js client against the local stand-in loses its connection
// and comes back (RESUME, or IDENTIFY when the session is gone), then answers the next question.
import { afterEach, describe, expect, it } from 'vitest';
import { startDiscord, type DiscordHandle } from '../src/adapters/discord/index.js';
import { callbackPath, DiscordStandIn, type StandInOptions } from './discord-standin.js';
import { makeEngine, QUESTIONS } from './discord-engine.js';
import { captureLogs } from './log-capture.js';
import { localRuntime } from '../src/ops/runtime.js';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.stand-in.token';

describe('Discord gateway reconnects', () => {
  let standIn: DiscordStandIn | undefined;
  let bot: DiscordHandle | undefined;
  const logs = captureLogs();

  afterEach(async () => {
    await bot?.stop();
    await standIn?.close();
    bot = undefined;
    standIn = undefined;
  });

  async function start(options: StandInOptions = {}, gatewayUrl?: (s: DiscordStandIn) => string): Promise<DiscordStandIn> {
    const s = new DiscordStandIn(options);
    standIn = s;
    await s.start();
    bot = await startDiscord(makeEngine(), { token: TOKEN }, {
      rest: { api: s.api },
      ws: {
        // No 5-second pause between identifies (Discord's rate limit; the stand-in has none).
        buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }),
        ...(gatewayUrl && { gatewayUrl: gatewayUrl(s) }),
      },
      runtime: localRuntime(logs.logger),
      readyTimeoutMs: 10_000,
    });
    return s;
  }

  async function expectAnswered(s: DiscordStandIn): Promise<void> {
    const i = s.slashCommand(QUESTIONS.revenue);
    const r = await s.waitForRequest((x) => x.path === callbackPath(i), 5000, 'the answer after reconnecting');
    expect(r.body.type).toBe(4);
    expect(r.body.data.embeds[0].description).toContain('RMB4,153.2 million');
  }

  it('resumes after the connection is dropped (close 1006) and answers the next question', async () => {
    const s = await start();
    await expectAnswered(s);
    s.dropConnection();
    await s.waitUntil(() => s.count(6) === 1 && s.connections.length === 2, 8000, 'RESUME on a new connection');
    const resume = s.frames.find((f) => f.op === 6)!;
    expect(resume.d.token).toBe(TOKEN);
    expect(resume.d.seq).toBeGreaterThan(0);
    expect(s.count(2)).toBe(1); // resumed, not identified again
    await expectAnswered(s);
  }, 20_000);

  it('identifies again when the session cannot be resumed, and answers the next question', async () => {
    const s = await start({ onResume: 'invalidate' });
    s.closeConnection(4000); // "unknown error": resumable
    await s.waitUntil(() => s.count(6) === 1, 8000, 'an attempt to RESUME');
    await s.waitUntil(() => s.count(2) === 2, 8000, 'a second IDENTIFY after the invalid session');
    await expectAnswered(s);
    expect(bot!.client.isReady()).toBe(true);
  }, 20_000);

  it('notices a connection whose heartbeats go unanswered and comes back', async () => {
    const s = await start({ heartbeatIntervalMs: 250 });
    await s.waitUntil(() => s.count(1) >= 1, 5000, 'a first heartbeat');
    s.ackHeartbeats = false;
    await s.waitUntil(() => s.connections.length === 2 && s.count(6) === 1, 8000, 'RESUME after a zombie connection');
    s.ackHeartbeats = true;
    await expectAnswered(s);
  }, 20_000);

  it('fails fast, explaining, when Discord refuses the intents (close 4014)', async () => {
    const s = new DiscordStandIn({ refuseIdentify: 4014 });
    standIn = s;
    await s.start();
    const started = Date.now();
    await expect(
      startDiscord(makeEngine(), { token: TOKEN }, { rest: { api: s.api }, runtime: localRuntime(logs.logger), readyTimeoutMs: 10_000 }),
    ).rejects.toThrow(/4014 disallowed intents.*docs\/discord\.md/);
    expect(Date.now() - started).toBeLessThan(5000);
  }, 20_000);

  it('connects to opts.ws.gatewayUrl instead of the url GET /gateway/bot reports', async () => {
    // Nothing listens on port 9 of 127.0.0.1: only the override can make this work.
    const s = await start({ restGatewayUrl: 'ws://127.0.0.1:9' }, (x) => x.gatewayUrl);
    expect(s.requests.some((r) => r.path === '/gateway/bot')).toBe(true);
    expect(s.connections).toHaveLength(1);
    await expectAnswered(s);
  }, 20_000);
});
