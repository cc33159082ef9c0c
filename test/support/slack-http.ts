// The setup every Slack HTTP-mode test shares: the real Bolt app configured as an operator would (from
// environment variables), listening on 127.0.0.1 on a free port, and talking to a started Slack stand-in.
import { slackConfigFromEnv } from '../../src/adapters/slack/config.js';
import { startSlack, type RunningSlack, type SlackOptions } from '../../src/adapters/slack/index.js';
import type { Engine } from '../../src/intents/answer.js';
import { BOT_TOKEN, SIGNING_SECRET, type SlackStandIn } from '../slack-standin.js';

export function startSlackHttp(engine: Engine, standIn: SlackStandIn, runtime: SlackOptions['runtime']): Promise<RunningSlack> {
  const config = slackConfigFromEnv({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_PORT: '0', SLACK_HOST: '127.0.0.1' });
  // A signing secret with no app token must select HTTP mode; anything else is a configuration bug.
  if (config?.mode !== 'http') throw new Error(`a signing secret and no app token selected ${config?.mode ?? 'no'} mode, not http`);
  return startSlack(engine, config, { clientOptions: { slackApiUrl: standIn.apiUrl }, runtime });
}
