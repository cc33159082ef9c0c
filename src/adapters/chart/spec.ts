// A Chart (answer model) as a vega-lite specification: a line over periods for a series, bars for a
// breakdown (grouped when there are several series), or one stacked bar per series for a mix (its
// categories, the parts, stacked). Only the Chart's own values are drawn; nothing is computed here.
import type { Chart } from '../../intents/answer.js';

export const FONT_FAMILY = 'DejaVu Sans';
export const WIDTH = 640;
export const HEIGHT = 300;
/** About as many characters of the bold 15px title as fit across the chart. */
const TITLE_CHARS = 70;

interface Datum {
  category: string;
  series: string;
  value: number;
  order: number;
}

/** One row per value given; a missing figure (null) is no row, so no point or bar is drawn for it. */
function rows(chart: Chart): Datum[] {
  return chart.series.flatMap((s) =>
    chart.categories.flatMap((category, order) => {
      const value = s.values[order];
      return value === null || value === undefined ? [] : [{ category, series: s.name, value, order }];
    }),
  );
}

function encoding(chart: Chart): Record<string, unknown> {
  const several = chart.series.length > 1;
  const valueAxis = { field: 'value', type: 'quantitative', title: chart.unit, axis: { format: ',~r' } };
  // Many or long labels slant, so that they do not run into each other.
  const slant = (labels: string[]) => (labels.length * Math.max(...labels.map((l) => l.length)) * 7 > WIDTH ? -30 : 0);
  // The domain is every category, so a period with no figure keeps its place on the axis, empty.
  const categoryAxis = (field: string, sort: string[]) => ({ field, type: 'nominal', sort, scale: { domain: sort }, title: null, axis: { labelAngle: slant(sort), labelLimit: 240 } });
  const colour = (field: string, sort: string[]) => ({ field, type: 'nominal', sort, title: null, legend: { orient: 'bottom', labelLimit: 220 } });
  const names = chart.series.map((s) => s.name);
  if (chart.kind === 'stacked') {
    return { x: categoryAxis('series', names), y: { ...valueAxis, stack: 'zero' }, color: colour('category', chart.categories), order: { field: 'order' } };
  }
  return {
    x: categoryAxis('category', chart.categories),
    y: valueAxis,
    ...(several ? { color: colour('series', names) } : {}),
    ...(several && chart.kind === 'bar' ? { xOffset: { field: 'series', sort: names } } : {}),
  };
}

/** A long title on several lines, broken between words (vega draws an array of strings as lines). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export function vegaLiteSpec(chart: Chart): Record<string, unknown> {
  const mark = chart.kind === 'line' ? { type: 'line', point: true } : { type: 'bar' };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: WIDTH,
    height: HEIGHT,
    background: 'white',
    padding: 16,
    title: { text: wrap(chart.title, TITLE_CHARS), anchor: 'start', fontSize: 15 },
    data: { values: rows(chart) },
    mark,
    encoding: encoding(chart),
    config: { font: FONT_FAMILY, axis: { labelFontSize: 11, titleFontSize: 12 }, legend: { labelFontSize: 11 } },
  };
}
