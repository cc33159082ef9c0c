// `qfin start` as a service in a process of its own, from the compiled dist/, for tests that need the
// process itself: real signals, real process-level handlers, the real logger on stderr. The only stand-ins
// are Slack's Web API URL (argv[2]) and one fault: a request to /fault throws an exception and rejects a
// promise that nothing catches, both carrying the secrets of the environment in their messages.
import { subscribe } from 'node:diagnostics_channel';
import { loadBot } from '../../dist/bot.js';
import { createLogger } from '../../dist/ops/log.js';
import { startService } from '../../dist/start.js';

subscribe('http.server.request.start', ({ request }) => {
  if (request.url !== '/fault') return;
  const secrets = ['DISCORD_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'REDIS_URL'].map((k) => process.env[k]);
  setImmediate(() => {
    throw new Error(`request failed with ${secrets.join(' ')}`);
  });
  void Promise.reject(new Error(`rejected with ${secrets.join(' ')}`));
});

// The logger reads every variable (so knows every secret); the service runs Slack only: Discord and Redis
// have no stand-in here, so their variables reach the logs only through the fault above.
const { DISCORD_TOKEN, REDIS_URL, ...serviceEnv } = process.env;
await startService(loadBot(), serviceEnv, { logger: createLogger(process.env), slack: { clientOptions: { slackApiUrl: process.argv[2] } } });
