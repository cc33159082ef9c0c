import type { App, BlockButtonAction } from '@slack/bolt';
import type { Deps } from '../answering.js';
import { qfinAssistant } from '../assistant.js';
import { FEEDBACK_ACTION, onFeedback } from '../feedback.js';
import { CHOICE_ACTION_PREFIX, POST_ACTION } from '../render.js';
import { chooseAnswer } from './actions/choose.js';
import { postToChannel } from './actions/post-to-channel.js';
import { qfinCommand } from './commands/qfin.js';
import { appMention } from './events/app-mention.js';
import { directMessage } from './events/direct-message.js';
import { threadFollowUp } from './events/thread-follow-up.js';

export function registerListeners(app: App, deps: Deps): void {
  // First: it takes the assistant threads' events (thread messages in the DM) and passes on the rest.
  app.assistant(qfinAssistant(deps));
  app.event('app_mention', appMention(deps));
  app.event('message', directMessage(deps));
  app.event('message', threadFollowUp(deps));
  app.action({ type: 'block_actions', action_id: FEEDBACK_ACTION }, onFeedback);
  app.command('/qfin', qfinCommand(deps));
  app.action<BlockButtonAction>({ type: 'block_actions', action_id: POST_ACTION }, postToChannel(deps));
  app.action<BlockButtonAction>(
    { type: 'block_actions', action_id: new RegExp(`^${CHOICE_ACTION_PREFIX}\\d+$`) },
    chooseAnswer(deps),
  );
}
