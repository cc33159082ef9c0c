// Chart → PNG, in process: vega-lite compiles the spec, vega draws it as SVG with no renderer (no
// canvas, no browser), the source lines are set beneath it, and resvg rasterises it with the DejaVu
// font shipped in the dejavu-fonts-ttf package (system fonts are never read, so a picture is the same
// on every machine). The three libraries (libs.ts) load on the first chart, or before it when a chat is
// idle (preloadCharts): start-up does not pay for them.
import { createRequire } from 'node:module';
import type { Chart } from '../../intents/answer.js';
import { FONT_FAMILY, vegaLiteSpec } from './spec.js';

const require = createRequire(import.meta.url);
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => require.resolve(`dejavu-fonts-ttf/ttf/${f}`));
const SOURCE_LINE = 16;
/** Source lines beyond this many are summed up in one "… and N more" line. */
const MAX_SOURCES = 12;

let libraries: Promise<typeof import('./libs.js')> | undefined;
const load = () => (libraries ??= import('./libs.js'));

/** Loads the chart libraries ahead of the first chart, once a chat waits for its next question. */
export function preloadCharts(): void {
  // A failure to load is the first chart's to report (load() hands it the same rejection).
  load().catch(() => {});
}

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The chart's SVG with its source lines set beneath it, in a taller picture. */
export function withSources(svg: string, sources: string[]): string {
  const size = /<svg[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/.exec(svg);
  if (!size || !sources.length) return svg;
  const [width, height] = [Number(size[1]), Number(size[2])];
  const shown = sources.length > MAX_SOURCES ? [...sources.slice(0, MAX_SOURCES - 1), `… and ${sources.length - MAX_SOURCES + 1} more`] : sources;
  const lines = ['Sources:', ...shown];
  const total = height + lines.length * SOURCE_LINE + 12;
  const text = lines
    .map((l, i) => `<text x="16" y="${height + (i + 1) * SOURCE_LINE}" font-family="${FONT_FAMILY}" font-size="11" fill="#444">${escapeXml(l)}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}"><rect width="100%" height="100%" fill="white"/>${svg.replace(/^<\?xml[^>]*>/, '')}${text}</svg>`;
}

/** The chart as an SVG document (vega's own drawing, then the sources). */
export async function chartSvg(chart: Chart): Promise<string> {
  const { compile, parse, View } = await load();
  const { spec } = compile(vegaLiteSpec(chart) as never);
  const view = new View(parse(spec), { renderer: 'none' });
  try {
    return withSources(await view.toSVG(), chart.sources);
  } finally {
    view.finalize();
  }
}

/** The chart as a PNG image. */
export async function renderChart(chart: Chart): Promise<Buffer> {
  const svg = await chartSvg(chart);
  const { Resvg } = await load();
  const image = new Resvg(svg, { font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY }, background: 'white' });
  return image.render().asPng();
}
