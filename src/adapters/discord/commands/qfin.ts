// /qfin question:<text> — one module holding the command's definition and its handlers, as in the
// discord.js guide. `register.ts` deploys `data`; the client routes interactions to `execute`.
import {
  MessageFlags,
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
} from 'discord.js';
import { hasFiles } from '../../attachments.js';
import { withFiles } from '../attachments.js';
import { conversationId, describe, NO_PING, questionOf, replyFor, safeAsk, SORRY, type DiscordContext } from '../context.js';
import { autocompleteChoices, LIMITS } from '../render.js';

export const QUESTION_OPTION = 'question';

export const data = new SlashCommandBuilder()
  .setName('qfin')
  .setDescription('Ask about the earnings release; every figure comes with its source line.')
  .addStringOption((option) =>
    option
      .setName(QUESTION_OPTION)
      .setDescription('For example: What was total net revenue in Q1 2024?')
      .setRequired(true)
      .setMaxLength(500)
      .setAutocomplete(true),
  );

/**
 * Answers straight away (the engine is synchronous and fast, well inside the 3-second window) and
 * privately, as Slack's /qfin does: an answer comes with a "Post to channel" button. An answer with a
 * chart or an export is deferred first: drawing a chart may take longer than the window allows.
 */
export async function execute(interaction: ChatInputCommandInteraction, ctx: DiscordContext): Promise<void> {
  const question = questionOf(interaction.options.getString(QUESTION_OPTION, true));
  const answer = await safeAsk(ctx, question, conversationId(interaction.channelId, interaction.user.id));
  const deferred = hasFiles(answer);
  try {
    if (deferred) await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const reply = await withFiles(ctx, replyFor(ctx, answer, question), answer);
    const components = [...(reply.components ?? []), ...(answer?.status === 'answer' ? [ctx.shares.add({ question, answer })] : [])];
    const message = {
      ...(reply.content !== undefined && { content: reply.content }),
      ...(reply.embeds && { embeds: reply.embeds }),
      ...(components.length > 0 && { components }),
      ...(reply.files && { files: reply.files }),
      allowedMentions: NO_PING,
    };
    await (deferred ? interaction.editReply(message) : interaction.reply({ ...message, flags: MessageFlags.Ephemeral }));
  } catch (error) {
    ctx.log(`[discord] could not reply to /qfin interaction ${interaction.id}: ${describe(error)}`);
    if (answer !== null && !interaction.replied) await apologise(interaction, ctx);
  }
}

async function apologise(interaction: ChatInputCommandInteraction, ctx: DiscordContext): Promise<void> {
  try {
    // A deferred reply (an answer with a chart) is completed, not replied to again.
    if (interaction.deferred) await interaction.editReply({ content: SORRY, embeds: [], allowedMentions: NO_PING });
    else await interaction.reply({ content: SORRY, flags: MessageFlags.Ephemeral, allowedMentions: NO_PING });
  } catch (error) {
    ctx.log(`[discord] could not apologise on interaction ${interaction.id}: ${describe(error)}`);
  }
}

/** Suggestions from memory, never deferred (autocomplete cannot be): ≤25 choices of ≤100 characters. */
export async function autocomplete(interaction: AutocompleteInteraction, ctx: DiscordContext): Promise<void> {
  const focused = interaction.options.getFocused(true);
  let choices: { name: string; value: string }[] = [];
  if (focused.name === QUESTION_OPTION) {
    try {
      choices = autocompleteChoices(ctx.asker.suggest(String(focused.value), LIMITS.autocompleteChoices));
    } catch (error) {
      ctx.log(`[discord] engine.suggest failed for ${JSON.stringify(String(focused.value).slice(0, 100))}: ${describe(error)}`);
    }
  }
  try {
    await interaction.respond(choices);
  } catch (error) {
    ctx.log(`[discord] could not answer autocomplete ${interaction.id}: ${describe(error)}`);
  }
}
