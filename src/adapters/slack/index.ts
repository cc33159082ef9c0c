// The Slack adapter: a Bolt app that answers mentions, direct messages and /qfin. Import it lazily
// (await import) only when slackConfigFromEnv found a configuration: loading Bolt costs ~0.3 s.
import { App } from '@slack/bolt';
import type { Engine } from '../../intents/answer.js';
import { answering, localRuntime, type Runtime } from '../../ops/runtime.js';
import type { SlackConfig } from './config.js';
import { onlyOnce } from './deliveries.js';
import { registerListeners } from './listeners/index.js';
import { boltLogger } from './logger.js';
import { HardenedReceiver } from './receiver.js';
import { ShareableAnswers } from './shareable.js';
import { JoinedThreads } from './threads.js';

export type { SlackConfig } from './config.js';

export interface SlackOptions {
  /** e.g. `{ slackApiUrl: 'http://127.0.0.1:PORT/api/' }` to talk to a stand-in Web API. */
  clientOptions?: { slackApiUrl?: string };
  /** Logger, stores and lifecycle shared with the rest of the process (default: all in this process). */
  runtime?: Runtime;
}

export interface RunningSlack {
  stop(): Promise<void>;
  /** The port listened on, in HTTP mode (useful when configured as 0). */
  port?: number;
}

export async function startSlack(engine: Engine, config: SlackConfig, opts: SlackOptions = {}): Promise<RunningSlack> {
  const runtime = opts.runtime ?? localRuntime();
  const logger = boltLogger(runtime.logger);
  const common = {
    token: config.botToken,
    // Initialise explicitly below, so a bad token fails the start instead of the first question.
    deferInitialization: true,
    // Follow-up context is the engine's job, keyed by our own conversation ids.
    convoStore: false as const,
    logger,
    ...(opts.clientOptions ? { clientOptions: { ...opts.clientOptions } } : {}),
  };
  const receiver =
    config.mode === 'http' ? new HardenedReceiver({ signingSecret: config.signingSecret, logger, lifecycle: runtime.lifecycle }) : undefined;
  const app =
    config.mode === 'socket'
      ? new App({ ...common, socketMode: true, appToken: config.appToken })
      : new App({ ...common, receiver: receiver! });
  app.error(async (error) => runtime.logger.error({ err: error, component: 'bolt' }, 'Slack listener failed'));
  app.use(onlyOnce(runtime));
  registerListeners(app, { asker: answering(engine, runtime, 'slack'), shareable: new ShareableAnswers(), threads: new JoinedThreads() });
  await app.init();

  const stop = async () => {
    await app.stop();
  };
  if (config.mode === 'socket') {
    await app.start();
    return { stop };
  }
  await app.start({ port: config.port, ...(config.host ? { host: config.host } : {}) });
  return { stop, port: receiver!.port! };
}
