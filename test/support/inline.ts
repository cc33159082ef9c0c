// Synthetic releases written inline in a test: read as a file of that name would be, and an engine over them.
import { buildRelease } from '../../src/knowledge/build.js';
import { parseReleaseText } from '../../src/knowledge/document.js';
import { KnowledgeBase } from '../../src/knowledge/kb.js';
import type { Release } from '../../src/knowledge/release.js';
import { createEngine } from '../../src/intents/engine.js';

export const inlineRelease = (lines: string[], name = 'synthetic.md'): Release => buildRelease(parseReleaseText(name, lines.join('\n')));

export const inlineEngine = (lines: string[], name?: string) => createEngine(new KnowledgeBase([inlineRelease(lines, name)]));
