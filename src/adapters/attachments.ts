// The files an answer carries, as every adapter sends them: its chart drawn as a PNG (the renderer
// loads only when there is one) and its export as it is. Adapters upload or save these; none computes.
import type { Answer, Chart } from '../intents/answer.js';
import { fileSlug } from '../intents/export.js';

export interface Attachment {
  /** A file name safe on every platform and file system: "qifu-technology-total-net-revenue-q1-2024.png". */
  name: string;
  mime: string;
  data: Buffer;
  /** What a person reads beside the file: the chart's title, or the export's name. */
  title: string;
}

/** A chart's file name from its title (intents/export.ts's fileSlug, as an export's), at most 80 characters. */
export function chartFileName(chart: Chart): string {
  return `${fileSlug(chart.title, 80) || 'chart'}.png`;
}

/** Whether an answer comes with files, which take a moment to make (a reply waits or is deferred for them). */
export const hasFiles = (answer: Answer | null | undefined) => Boolean(answer?.chart || answer?.file);

/** Loads the chart renderer and its libraries ahead of the first chart, while a chat waits for a question. */
export const preloadAttachments = (): void => void import('./chart/render.js').then((r) => r.preloadCharts(), () => {});

export async function attachmentsOf(answer: Answer): Promise<Attachment[]> {
  const out: Attachment[] = [];
  if (answer.chart) {
    const { renderChart } = await import('./chart/render.js');
    out.push({ name: chartFileName(answer.chart), mime: 'image/png', data: await renderChart(answer.chart), title: answer.chart.title });
  }
  if (answer.file) out.push({ name: answer.file.name, mime: answer.file.mime, data: Buffer.from(answer.file.content, 'utf8'), title: answer.file.name });
  return out;
}
