// What differs between plenum's output and the gold labels, field by field: the detail behind a
// score. `npm run score -- --show meta|people|bodies|leads|measures|terms [--only SUBSTR]`.
import {readFileSync} from 'node:fs';
import {textFromBytes} from '../../source/load/load.ts';
import {parseLoaded} from '../../source/app/open.ts';
import type {Report} from '../../source/model/report.ts';
import type {Labelled} from './corpora.ts';
import {matchedItems, similarity} from './metrics.ts';

const squash = (s: unknown) => String(s ?? '').replace(/[\s\u3000]+/gu, '');

function sets(pred: string[], gold: string[]): string[] {
	const P = new Set(pred.map(squash));
	const G = new Set(gold.map(squash));
	return [...[...G].filter(x => !P.has(x)).map(x => `  missing  ${x}`), ...[...P].filter(x => !G.has(x)).map(x => `  extra    ${x}`)];
}

export async function show(entry: Labelled, field: string): Promise<string[]> {
	const loaded = await textFromBytes(readFileSync(entry.raw), entry.raw);
	const report: Report = await parseLoaded(loaded);
	const gold = entry.gold as Record<string, unknown> & {people?: {name: string; part: string}[]; bodies?: {name: string; count: number | null; part: string}[]};
	switch (field) {
		case 'meta': {
			const out: string[] = [];
			if (squash(report.meta.title) !== squash(gold.title)) out.push(`  title    ${report.meta.title || '∅'}  ≠ gold ${gold.title ?? '∅'}`);
			if ((report.meta.date ?? null) !== (gold.date ?? null)) out.push(`  date     ${report.meta.date ?? '∅'}  ≠ gold ${gold.date ?? '∅'}`);
			return out;
		}
		case 'people': {
			const out = sets(
				report.people.map(p => p.name),
				(gold.people ?? []).map(p => p.name),
			);
			const klass = (part: string) => (part === 'mentioned' ? 'mentioned' : part === 'staff' ? 'staff' : 'present');
			for (const g of gold.people ?? []) {
				const p = report.people.find(x => squash(x.name) === squash(g.name));
				if (p && klass(p.part) !== klass(g.part)) out.push(`  class    ${g.name}: ${p.part} ≠ gold ${g.part}`);
			}
			return out;
		}
		case 'bodies': {
			// As the scorer pairs them (similar names, equal counts): only what costs a point is shown.
			const pairs = (pred: {name: string; count: number | null}, g: {name: string; count: number | null}) => (pred.count ?? null) === (g.count ?? null) && similarity(pred.name, g.name) >= 0.6;
			const golds = gold.bodies ?? [];
			return [
				...golds.filter(g => !report.bodies.some(b => pairs(b, g))).map(g => `  missing  ${g.name} (${g.count ?? '-'})`),
				...report.bodies.filter(b => !golds.some(g => pairs(b, g))).map(b => `  extra    ${b.name} (${b.count ?? '-'})`),
			];
		}
		case 'leads':
			return sets(
				report.sections.map(s => s.lead).filter((l): l is string => Boolean(l)),
				(gold.section_leads as string[]) ?? [],
			);
		case 'terms':
			return sets(
				report.terms.map(t => t.text),
				((gold.terms as (string | {text: string})[]) ?? []).map(t => (typeof t === 'string' ? t : t.text)),
			);
		case 'measures': {
			// The items the scorer could not pair: gold it missed, and what plenum read that gold has not.
			const goldItems = ((gold.measures as {group?: string; items?: (string | {text: string})[]}[]) ?? []).flatMap(g => (g.items ?? []).map(i => ({group: g.group ?? '', text: typeof i === 'string' ? i : i.text})));
			const pairs = matchedItems(
				report.measures.map(m => m.text),
				goldItems.map(i => i.text),
			);
			const paired = new Set(pairs.values());
			return [
				...goldItems.filter((_, j) => !paired.has(j)).map(i => `  missing  [${i.group}] ${i.text.slice(0, 70)}`),
				...report.measures.filter((_, i) => !pairs.has(i)).map(m => `  extra    [${m.group}] ${m.text.slice(0, 70)}`),
			];
		}
		default: {
			// rule:NAME — every item that rule read in this report, to see what a rule does everywhere.
			const rule = /^rule:(.+)$/u.exec(field)?.[1];
			if (!rule) throw new Error(`unknown field ${field}`);
			return [
				...report.measures.filter(m => m.rule === rule).map(m => `  [${m.group}] ${m.text.slice(0, 60)}`),
				...report.people.filter(p => p.rules?.some(r => r.endsWith(`: ${rule}`))).map(p => `  ${p.name} ${p.part}`),
				...report.bodies.filter(b => b.rules?.includes(rule)).map(b => `  ${b.name} (${b.count ?? '-'}) ${b.part}`),
			];
		}
	}
}
