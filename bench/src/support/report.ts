export interface Row {
  measure: string;
  value: string;
  baseline: string;
  /** value ÷ baseline, as the target states it. */
  ratio: string;
  target: string;
  /** 'yes', 'no' or '' when the row has no target. */
  met: '' | 'yes' | 'no';
}

export interface ScenarioResult {
  title: string;
  baselineName: string;
  rows: Row[];
  notes: string[];
}

export const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
export const perSecond = (value: number) => `${value.toFixed(value < 100 ? 1 : 0)}/s`;
export const mbps = (bytesPerSecond: number) => `${(bytesPerSecond / 1024 / 1024).toFixed(1)} MiB/s`;
export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
export const ratio = (value: number, baseline: number) => (baseline > 0 ? `${(value / baseline).toFixed(2)}×` : 'n/a');
export const met = (ok: boolean): 'yes' | 'no' => (ok ? 'yes' : 'no');

export function renderScenario(result: ScenarioResult): string {
  const lines = [
    `## ${result.title}`,
    '',
    `Baseline: ${result.baselineName}`,
    '',
    '| measure | Sp0t1fy | baseline | ratio | target | met |',
    '| --- | --- | --- | --- | --- | --- |',
    ...result.rows.map(
      (row) => `| ${row.measure} | ${row.value} | ${row.baseline} | ${row.ratio} | ${row.target} | ${row.met} |`,
    ),
    '',
  ];
  for (const note of result.notes) lines.push(`- ${note}`);
  if (result.notes.length > 0) lines.push('');
  return lines.join('\n');
}
