// Plain text with ASCII tables (as older EDGAR exhibits are filed) → blocks.
import { toBlocks, type Block } from './blocks.js';

export function textTableBlocks(lines: string[]): Block[] {
  return toBlocks(lines);
}
