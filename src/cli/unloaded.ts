// The engine `ask` answers with when a release does not load: every question still gets a reply, and the
// reply names the release, the line at fault and what is wrong there, rather than the process ending with none.
import type { Engine } from '../intents/answer.js';
import type { ReleaseError } from '../knowledge/document.js';

export function unloadedEngine(err: ReleaseError): Engine {
  const where = `${err.document}${err.line ? ` (line ${err.line})` : ''}`;
  const text = `I can't answer from ${where}: the release did not load (${err.problem}). ${err.line ? 'Fix that line, or load' : 'Load'} another release with --release.`;
  return {
    ask: () => ({ status: 'unknown', reason: 'not-in-release', text, citations: [], derivations: [], choices: [] }),
    suggest: () => [],
  };
}
