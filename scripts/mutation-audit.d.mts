export interface ModuleSummary {
  mutants: number;
  killed: number;
  survived: number;
  noCoverage: number;
  score: number | null;
  left?: string[];
  commit: string;
  blob?: string;
  measured: string;
}
export interface Summary {
  total: { score: number | null };
  modules: Record<string, ModuleSummary>;
}
export function audit(summary: Summary, files: string[], blobOf: (file: string) => string): string[];
