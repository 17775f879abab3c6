// One benchmark figure: what was measured, its median, how far the runs spread, and the floor it
// is compared with in the same run.
export interface BenchRow {
	name: string;
	/** The median of the runs (or the one value when there is one run). */
	value: number;
	unit: string;
	target?: string;
	/** The runs' lower and upper quartiles, and how many runs there were. */
	spread?: {low: number; high: number; runs: number};
	/** The value over the floor measured beside it in the same run, and what that floor is. */
	floor?: {ratio: number; name: string};
}

/** A figure from several runs: the median, with the quartiles as its spread. */
export function measured(name: string, values: number[], unit: string, target?: string): BenchRow {
	return {name, value: median(values), unit, target, spread: {low: percentile(values, 25), high: percentile(values, 75), runs: values.length}};
}

/** The same figure with its ratio to a floor measured in the same run. */
export function overFloor(row: BenchRow, floor: BenchRow | number, floorName: string): BenchRow {
	const base = typeof floor === 'number' ? floor : floor.value;
	return {...row, floor: {ratio: row.value / base, name: floorName}};
}

export function number(value: number): string {
	if (!Number.isFinite(value)) return '—';
	return value < 10 ? value.toFixed(2) : value < 1000 ? value.toFixed(1) : value.toFixed(0);
}

export function spreadText(row: BenchRow): string {
	return row.spread && row.spread.runs > 1 ? `${number(row.spread.low)}–${number(row.spread.high)} (${row.spread.runs})` : '';
}

export function floorText(row: BenchRow): string {
	return row.floor ? `${row.floor.ratio.toFixed(2)}× ${row.floor.name}` : '';
}

export function formatTable(rows: BenchRow[]): string {
	const cells = rows.map(r => [r.name, `${number(r.value)} ${r.unit}`, spreadText(r), floorText(r), r.target ?? '']);
	const heads = ['figure', 'median', 'quartiles (runs)', 'vs floor', 'target'];
	const widths = heads.map((h, i) => Math.max(...cells.map(c => c[i].length), h.length));
	const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i])).join(' | ')} |`;
	return [line(heads), `|${widths.map(w => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

export function median(values: number[]): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The p-th percentile by linear interpolation between the closest ranks. */
export function percentile(values: number[], p: number): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const at = (p / 100) * (sorted.length - 1);
	const lo = Math.floor(at);
	return sorted[lo] + (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]) * (at - lo);
}
