import type { App, BlockButtonAction } from '@slack/bolt';
import type { Deps } from '../answering.js';
import { CHOICE_ACTION_PREFIX, POST_ACTION } from '../render.js';
import { chooseAnswer } from './actions/choose.js';
import { postToChannel } from './actions/post-to-channel.js';
import { qfinCommand } from './commands/qfin.js';
import { appMention } from './events/app-mention.js';
import { directMessage } from './events/direct-message.js';

export function registerListeners(app: App, deps: Deps): void {
  app.event('app_mention', appMention(deps));
  app.event('message', directMessage(deps));
  app.command('/qfin', qfinCommand(deps));
  app.action<BlockButtonAction>({ type: 'block_actions', action_id: POST_ACTION }, postToChannel(deps));
  app.action<BlockButtonAction>(
    { type: 'block_actions', action_id: new RegExp(`^${CHOICE_ACTION_PREFIX}\\d+$`) },
    chooseAnswer(deps),
  );
}
