// The Slack adapter: a Bolt app that answers mentions, direct messages and /qfin. Import it lazily
// (await import) only when slackConfigFromEnv found a configuration: loading Bolt costs ~0.3 s.
import type { AddressInfo } from 'node:net';
import { App, type Logger } from '@slack/bolt';
import type { Engine } from '../../intents/answer.js';
import type { SlackConfig } from './config.js';
import { registerListeners } from './listeners/index.js';
import { ShareableAnswers } from './shareable.js';
import { JoinedThreads } from './threads.js';

export type { SlackConfig } from './config.js';

export interface SlackOptions {
  /** e.g. `{ slackApiUrl: 'http://127.0.0.1:PORT/api/' }` to talk to a stand-in Web API. */
  clientOptions?: { slackApiUrl?: string };
  /** Bolt's logger; by default Bolt logs to the console. */
  logger?: Logger;
}

export interface RunningSlack {
  stop(): Promise<void>;
  /** The port listened on, in HTTP mode (useful when configured as 0). */
  port?: number;
}

export async function startSlack(engine: Engine, config: SlackConfig, opts: SlackOptions = {}): Promise<RunningSlack> {
  const common = {
    token: config.botToken,
    // Initialise explicitly below, so a bad token fails the start instead of the first question.
    deferInitialization: true,
    // Follow-up context is the engine's job, keyed by our own conversation ids.
    convoStore: false as const,
    ...(opts.logger ? { logger: opts.logger } : {}),
    ...(opts.clientOptions ? { clientOptions: { ...opts.clientOptions } } : {}),
  };
  const app =
    config.mode === 'socket'
      ? new App({ ...common, socketMode: true, appToken: config.appToken })
      : new App({ ...common, signingSecret: config.signingSecret });
  registerListeners(app, { engine, shareable: new ShareableAnswers(), threads: new JoinedThreads() });
  await app.init();

  const stop = async () => {
    await app.stop();
  };
  if (config.mode === 'socket') {
    await app.start();
    return { stop };
  }
  const server = await app.start({ port: config.port, ...(config.host ? { host: config.host } : {}) });
  return { stop, port: (server.address() as AddressInfo).port };
}
