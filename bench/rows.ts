// One benchmark figure: what was measured, its value, and the target it is held to.
export interface BenchRow {
	name: string;
	value: number;
	unit: string;
	target?: string;
}

export function formatTable(rows: BenchRow[]): string {
	const cells = rows.map(r => [r.name, `${r.value < 10 ? r.value.toFixed(2) : r.value.toFixed(1)} ${r.unit}`, r.target ?? '']);
	const widths = [0, 1, 2].map(i => Math.max(...cells.map(c => c[i].length), ['figure', 'value', 'target'][i].length));
	const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i])).join(' | ')} |`;
	return [line(['figure', 'value', 'target']), `|${widths.map(w => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
