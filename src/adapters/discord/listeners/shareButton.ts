// "Post to channel" under a private /qfin answer: the answer for everyone, and the private copy says so.
import { MessageFlags, type ButtonInteraction } from 'discord.js';
import { describe, NO_PING, type DiscordContext } from '../context.js';
import { answerEmbed } from '../render.js';

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
    await interaction.followUp({ embeds: [answerEmbed(shared.answer, shared.question)], allowedMentions: NO_PING });
  } catch (error) {
    ctx.log(`[discord] could not post shared answer (${interaction.id}): ${describe(error)}`);
  }
}
