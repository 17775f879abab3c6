// Measures as their lists: consecutive measures of one group, in document order. `plenum
// measures`, the Markdown export, the browser's list and what `y` copies all group them so.
import type {Measure} from './report.ts';

export interface MeasureGroup {
	group: string;
	type: string;
	items: Measure[];
}

export function measureGroups(measures: readonly Measure[]): MeasureGroup[] {
	const groups: MeasureGroup[] = [];
	for (const m of measures) {
		const last = groups.at(-1);
		if (last && last.group === m.group && m.ordinal > 1) last.items.push(m);
		else groups.push({group: m.group, type: m.type, items: [m]});
	}
	return groups;
}
