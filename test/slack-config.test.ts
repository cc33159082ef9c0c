import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/adapters/config.js';
import { slackConfigFromEnv } from '../src/adapters/slack/config.js';

const BOT = 'xoxb-123-456-abc';
const APP = 'xapp-1-A1-789-def';
const SECRET = '8f742231b10e8888abcd99a1b2c3d4e5';

/** The problems a ConfigError names, or a failure if none is thrown. */
function problems(env: Record<string, string>): string[] {
  try {
    slackConfigFromEnv(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('slackConfigFromEnv', () => {
  it('is null when Slack is not configured', () => {
    expect(slackConfigFromEnv({})).toBeNull();
    expect(slackConfigFromEnv({ SLACK_BOT_TOKEN: '  ', DISCORD_TOKEN: 'x', SLACK_PORT: '8080' })).toBeNull();
  });

  it('infers socket mode from an app-level token', () => {
    expect(slackConfigFromEnv({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP })).toEqual({ mode: 'socket', botToken: BOT, appToken: APP });
  });

  it('infers HTTP mode from a signing secret, on port 3000 unless SLACK_PORT says otherwise', () => {
    expect(slackConfigFromEnv({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET })).toEqual({
      mode: 'http',
      botToken: BOT,
      signingSecret: SECRET,
      port: 3000,
    });
    expect(
      slackConfigFromEnv({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, SLACK_PORT: '0', SLACK_HOST: '127.0.0.1' }),
    ).toMatchObject({ mode: 'http', port: 0, host: '127.0.0.1' });
  });

  it('follows SLACK_MODE over the inference', () => {
    expect(
      slackConfigFromEnv({ SLACK_MODE: 'http', SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_SIGNING_SECRET: SECRET }),
    ).toMatchObject({ mode: 'http' });
    expect(problems({ SLACK_MODE: 'socket', SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET })).toEqual([
      'SLACK_APP_TOKEN: not set; socket mode needs it',
    ]);
  });

  it('names each missing variable', () => {
    expect(problems({ SLACK_APP_TOKEN: APP })).toEqual(['SLACK_BOT_TOKEN is not set']);
    expect(problems({ SLACK_BOT_TOKEN: BOT })).toEqual([
      'SLACK_SIGNING_SECRET: not set; HTTP mode needs it (or set SLACK_APP_TOKEN for socket mode)',
    ]);
  });

  it('names each malformed variable, all at once, without echoing secrets', () => {
    const env = { SLACK_BOT_TOKEN: 'xoxp-user-token-secret', SLACK_APP_TOKEN: 'xoxb-wrong-kind', SLACK_MODE: 'websocket', SLACK_PORT: '70000' };
    const found = problems(env);
    expect(found).toEqual([
      'SLACK_BOT_TOKEN: must be a bot token starting with xoxb-',
      'SLACK_APP_TOKEN: must be an app-level token starting with xapp-',
      'SLACK_MODE: must be "socket" or "http"',
      'SLACK_PORT: must be a port number from 0 to 65535',
    ]);
    expect(found.join('\n')).not.toMatch(/user-token-secret|wrong-kind/);
    expect(problems({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, SLACK_PORT: 'http' })).toEqual([
      'SLACK_PORT: must be a port number from 0 to 65535',
    ]);
  });

  it('reports a wrong token and a missing secret together', () => {
    expect(problems({ SLACK_BOT_TOKEN: 'bot' })).toEqual([
      'SLACK_BOT_TOKEN: must be a bot token starting with xoxb-',
      'SLACK_SIGNING_SECRET: not set; HTTP mode needs it (or set SLACK_APP_TOKEN for socket mode)',
    ]);
  });

  it('does not load Bolt: the entry point can check configuration cheaply', async () => {
    // Each test file runs in its own process: what is in the module cache was loaded by this file.
    const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('/node_modules/@slack/'));
    await import('../src/adapters/slack/config.js');
    await import('../src/adapters/config.js');
    expect(loaded()).toBe(false);
    await import('@slack/bolt');
    expect(loaded()).toBe(true);
  });
});
