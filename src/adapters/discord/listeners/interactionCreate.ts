// Routes interactions by kind: the slash command, its autocomplete, and clarify buttons.
import type { Interaction } from 'discord.js';
import * as qfin from '../commands/qfin.js';
import { isChoiceCustomId } from '../choices.js';
import { describe, type DiscordContext } from '../context.js';
import { isShareCustomId } from '../share.js';
import { onChoiceButton } from './choiceButton.js';
import { onShareButton } from './shareButton.js';

export async function onInteractionCreate(interaction: Interaction, ctx: DiscordContext): Promise<void> {
  try {
    if (interaction.isAutocomplete()) {
      if (interaction.commandName === qfin.data.name) await qfin.autocomplete(interaction, ctx);
    } else if (interaction.isChatInputCommand()) {
      if (interaction.commandName === qfin.data.name) await qfin.execute(interaction, ctx);
    } else if (interaction.isButton()) {
      if (isChoiceCustomId(interaction.customId)) await onChoiceButton(interaction, ctx);
      else if (isShareCustomId(interaction.customId)) await onShareButton(interaction, ctx);
    }
  } catch (error) {
    ctx.log(`[discord] interaction ${interaction.id} failed: ${describe(error)}`);
  }
}
