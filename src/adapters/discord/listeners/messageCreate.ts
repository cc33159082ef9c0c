// A message that mentions the bot, or any message in a DM with it: strip the mention, answer as a
// reply, in the person's conversation in that channel. Discord sends these messages' content without
// the privileged Message Content intent, which the bot therefore does not ask for.
import type { Message } from 'discord.js';
import { withFiles } from '../attachments.js';
import { conversationId, describe, NO_PING, questionOf, replyFor, safeAsk, type DiscordContext } from '../context.js';

export async function onMessageCreate(message: Message, ctx: DiscordContext): Promise<void> {
  const me = message.client.user;
  if (!me || message.author.bot || message.author.id === me.id) return;
  // In a server, only a direct mention of the bot counts, not @everyone/@here or a role it happens to
  // have; in a DM, everything is addressed to it.
  if (message.inGuild() && !message.mentions.users.has(me.id)) return;
  const question = questionOf(message.content);
  try {
    const answer = await safeAsk(ctx, question, conversationId(message.channelId, message.author.id));
    // A channel message cannot be ephemeral: "unknown" and errors are ordinary replies here.
    // A chart is shown in the answer's embed, an export is a file of the same message.
    const reply = await withFiles(ctx, replyFor(ctx, answer, question || undefined), answer);
    await message.reply({
      ...(reply.content !== undefined && { content: reply.content }),
      ...(reply.embeds && { embeds: reply.embeds }),
      ...(reply.components && reply.components.length > 0 && { components: reply.components }),
      ...(reply.files && { files: reply.files }),
      allowedMentions: NO_PING,
    });
  } catch (error) {
    ctx.log(`[discord] could not reply to message ${message.id} in ${message.channelId}: ${describe(error)}`);
  }
}
