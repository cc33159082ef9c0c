// Socket Mode end to end: the real Bolt app opens its connection through apps.connections.open on the
// stand-in, receives envelopes over the WebSocket, acknowledges each, and answers through the Web API.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';
import { slackConfigFromEnv } from '../src/adapters/slack/config.js';
import { startSlack, type RunningSlack } from '../src/adapters/slack/index.js';
import { captureLogs } from './log-capture.js';
import { localRuntime } from '../src/ops/runtime.js';
import { APP_TOKEN, BOT_TOKEN, commandFields, eventCallback, IDS, nextTs, SlackStandIn } from './slack-standin.js';

// Loaded in a hook, so that a release that fails to load is a named failure, not a file with no tests.
let engine: Engine;
const REVENUE = 'What was total net revenue in Q1 2024?';


const standIn = new SlackStandIn();
let slack: RunningSlack;

beforeAll(async () => {
  engine = sharedEngine();
  await standIn.start();
  const config = slackConfigFromEnv({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN });
  expect(config?.mode).toBe('socket');
  slack = await startSlack(engine, config!, { clientOptions: { slackApiUrl: standIn.apiUrl }, runtime: localRuntime(captureLogs().logger) });
});

afterAll(async () => {
  await slack?.stop();
  await standIn.stop();
});

const acked = (id: string) => () => standIn.socketFrames.some((f) => f.envelope_id === id);
async function until(test: () => boolean, what: string) {
  for (let i = 0; i < 100 && !test(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(test(), what).toBe(true);
}

it('connects through apps.connections.open and reports no port', () => {
  expect(standIn.recorded.map((r) => r.method)).toContain('apps.connections.open');
  expect(slack.port).toBeUndefined();
});

it('acknowledges a mention envelope and answers in its thread', async () => {
  const ts = nextTs();
  standIn.sendEnvelope({
    envelope_id: 'env-mention',
    type: 'events_api',
    accepts_response_payload: false,
    payload: eventCallback({ type: 'app_mention', user: IDS.user, text: `<@${IDS.bot}> ${REVENUE}`, ts, channel: IDS.channel }),
  });
  await until(acked('env-mention'), 'the envelope is acknowledged');
  const { body } = await standIn.waitFor((r) => r.method === 'chat.postMessage' && r.body.thread_ts === ts);
  expect(body.text).toContain('RMB4,153.2 million');
});

it('acknowledges a slash command envelope and answers through its response_url', async () => {
  standIn.sendEnvelope({
    envelope_id: 'env-command',
    type: 'slash_commands',
    accepts_response_payload: true,
    payload: commandFields(REVENUE, standIn.responseUrl('socket-cmd')),
  });
  await until(acked('env-command'), 'the envelope is acknowledged');
  const { body } = await standIn.waitFor((r) => r.method === 'response:socket-cmd');
  expect(body.response_type).toBe('ephemeral');
  expect(body.text).toContain('RMB4,153.2 million');
});
