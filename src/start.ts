// `npm start`: the chat platforms that are configured, or the terminal chat when none is. Adapters
// load only when configured, since Bolt and discord.js cost a third of a second each at start-up.
import { slackConfigFromEnv } from './adapters/slack/config.js';
import { discordConfigFromEnv } from './adapters/discord/config.js';
import { runChat } from './adapters/terminal/chat.js';
import type { Engine } from './intents/answer.js';

export async function start(engine: Engine, title: string, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const slack = slackConfigFromEnv(env);
  const discord = discordConfigFromEnv(env);
  if (!slack && !discord) {
    return runChat(engine, process.stdin, process.stdout, `qfin-bot: ${title}\n(No SLACK_* or DISCORD_* variables set: terminal chat. See README.md to connect Slack or Discord.)`);
  }
  const stops: (() => Promise<void>)[] = [];
  if (slack) {
    const { startSlack } = await import('./adapters/slack/index.js');
    const running = await startSlack(engine, slack);
    stops.push(() => running.stop());
    process.stderr.write(`qfin: Slack bot running (${slack.mode} mode)\n`);
  }
  if (discord) {
    const { startDiscord } = await import('./adapters/discord/index.js');
    const running = await startDiscord(engine, discord);
    stops.push(() => running.stop());
    process.stderr.write('qfin: Discord bot running\n');
  }
  const shutdown = async () => {
    await Promise.allSettled(stops.map((s) => s()));
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  return 0;
}
