// A click on one of a clarify's buttons: answer the chosen question in the same conversation,
// replacing the question-with-buttons by the answer (or by the next clarify).
import { MessageFlags, type ButtonInteraction } from 'discord.js';
import { conversationId, describe, EXPIRED, NO_PING, replyFor, safeAsk, type DiscordContext } from '../context.js';

export async function onChoiceButton(interaction: ButtonInteraction, ctx: DiscordContext): Promise<void> {
  const question = ctx.choices.resolve(interaction.customId);
  try {
    if (question === undefined) {
      await interaction.reply({ content: EXPIRED, flags: MessageFlags.Ephemeral, allowedMentions: NO_PING });
      return;
    }
    const answer = await safeAsk(ctx, question, conversationId(interaction.channelId, interaction.user.id));
    const reply = replyFor(ctx, answer, question);
    // A choice in a private /qfin reply stays private, with the button to post its answer.
    const share = interaction.message.flags.has(MessageFlags.Ephemeral) && answer?.status === 'answer' ? [ctx.shares.add({ question, answer })] : [];
    if (reply.private) {
      // Keep the buttons where they are; tell only the person who clicked.
      await interaction.reply({ content: reply.content, flags: MessageFlags.Ephemeral, allowedMentions: NO_PING });
      return;
    }
    await interaction.update({
      content: null,
      embeds: reply.embeds ?? [],
      components: [...(reply.components ?? []), ...share],
      allowedMentions: NO_PING,
    });
  } catch (error) {
    ctx.log(`[discord] could not answer choice ${interaction.customId.slice(0, 40)} (${interaction.id}): ${describe(error)}`);
  }
}
