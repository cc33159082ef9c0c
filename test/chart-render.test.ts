// The chart renderer: a Chart of the answer model drawn as a PNG in process, from its own values, with
// the font shipped in npm (no system fonts, no browser, no network). The SVG stage is read for what a
// person sees (title, axis labels, source lines); the PNG is decoded for its size.
import { describe, expect, it } from 'vitest';
import { chartSvg, renderChart, withSources } from '../src/adapters/chart/render.js';
import { wrap } from '../src/adapters/chart/spec.js';
import type { Chart } from '../src/intents/answer.js';
import { pngSize } from './support/png.js';

const breakdown: Chart = {
  kind: 'bar',
  title: 'Acme Lending: total net revenue (RMB thousands), Q1 2024',
  unit: 'RMB thousands',
  categories: ['Credit driven services', 'Platform services'],
  series: [{ name: 'Q1 2024', values: [3016282, 1136901] }],
  sources: ['acme-2024q1.md:268', 'acme-2024q1.md:273'],
};
const series: Chart = {
  kind: 'line',
  title: 'Acme Lending: net income (RMB thousands), Q1 2023 to Q1 2024',
  unit: 'RMB thousands',
  categories: ['Q1 2023', 'Q2 2023', 'Q3 2023', 'Q4 2023', 'Q1 2024'],
  series: [{ name: 'Net income', values: [915000, 1000000, null, 1100000, 1200000] }],
  sources: ['acme-2023q1.md:40', 'acme-2023q2.md:41', 'acme-2023q4.md:44', 'acme-2024q1.md:42'],
};

/** The text runs of an SVG, in order. */
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

describe('chart rendering', () => {
  it('draws a breakdown as a PNG of a chat-sized picture, titled, with its source lines beneath', async () => {
    const png = await renderChart(breakdown);
    const { width, height } = pngSize(png);
    expect(width).toBeGreaterThan(600);
    expect(height).toBeGreaterThan(300);
    expect(png.length).toBeGreaterThan(5_000);
    const shown = texts(await chartSvg(breakdown));
    expect(shown).toContain(breakdown.title);
    expect(shown).toEqual(expect.arrayContaining(['Credit driven services', 'Platform services', 'RMB thousands', 'Sources:', ...breakdown.sources]));
  }, 20_000);

  it('keeps a period with no figure on the axis of a series, without a point for it', async () => {
    const svg = await chartSvg(series);
    expect(texts(svg)).toEqual(expect.arrayContaining(series.categories));
    // A point per figure given: four, none for Q3 2023, each at the value the chart carries.
    const points = [...svg.matchAll(/aria-label="([^"]*)" role="graphics-symbol" aria-roledescription="point"/g)].map((m) => m[1]);
    expect(points).toEqual(['category: Q1 2023; RMB thousands: 915,000', 'category: Q2 2023; RMB thousands: 1,000,000', 'category: Q4 2023; RMB thousands: 1,100,000', 'category: Q1 2024; RMB thousands: 1,200,000']);
    expect(pngSize(await renderChart(series)).width).toBeGreaterThan(600);
  }, 20_000);

  it('stacks the parts of a mix into one bar per series, with the parts in the legend', async () => {
    const mix: Chart = { ...breakdown, kind: 'stacked', series: [{ name: 'Q1 2024', values: [3016282, 1136901] }, { name: 'Q1 2023', values: [2630621, 968553] }] };
    const shown = texts(await chartSvg(mix));
    expect(shown).toEqual(expect.arrayContaining(['Q1 2024', 'Q1 2023', 'Credit driven services', 'Platform services']));
  }, 20_000);

  it('breaks a long title between words and escapes the source lines it sets as text', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    const svg = withSources('<svg width="100" height="50"></svg>', ['a&b.md:<1>']);
    expect(svg).toContain('a&#38;b.md:&#60;1&#62;');
    expect(svg).toMatch(/height="\d+"/);
    expect(Number(/height="(\d+)"/.exec(svg)![1])).toBeGreaterThan(50);
  });
});
