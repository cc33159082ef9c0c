// "Post to channel" under a private /qfin answer: the answer for everyone, and the private copy says so.
import { MessageFlags, type ButtonInteraction } from 'discord.js';
import { withFiles } from '../attachments.js';
import { describe, NO_PING, replyFor, type DiscordContext } from '../context.js';

export const SHARE_EXPIRED = 'That answer is no longer available to post. Please ask again with /qfin.';
export const POSTED = 'Posted to the channel.';

export async function onShareButton(interaction: ButtonInteraction, ctx: DiscordContext): Promise<void> {
  const shared = ctx.shares.take(interaction.customId);
  try {
    if (shared === undefined) {
      await interaction.reply({ content: SHARE_EXPIRED, flags: MessageFlags.Ephemeral, allowedMentions: NO_PING });
      return;
    }
    await interaction.update({ content: POSTED, embeds: [], components: [], allowedMentions: NO_PING });
    // The same answer for everyone, with its chart or export.
    const reply = await withFiles(ctx, replyFor(ctx, shared.answer, shared.question), shared.answer);
    await interaction.followUp({ embeds: reply.embeds ?? [], ...(reply.files && { files: reply.files }), ...(reply.content && { content: reply.content }), allowedMentions: NO_PING });
  } catch (error) {
    ctx.log(`[discord] could not post shared answer (${interaction.id}): ${describe(error)}`);
  }
}
