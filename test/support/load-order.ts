// vega-lite (loaded when a test draws a chart) sets Set.prototype.toJSON on import. discord.js's event
// emitter, on its own import, calls every zero-argument method of Set.prototype on a new Set and checks the
// result for Symbol.iterator, so after vega-lite it throws `"Set()" is not iterable`. Test files share one
// module graph per worker: load discord.js first, as the bot's own process does (a static import).
import 'discord.js';
