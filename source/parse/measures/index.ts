// The measures extractor: every enumerated list of tasks, goals and principles in the body.
// Finders run from the most explicit list marking to the least (ordinals, paragraph series,
// labels, shared frames and openers, semicolons); a list that overlaps one already found is a
// re-reading of the same words and is dropped, which also keeps lists nested inside an item
// from being split out.
import type {Measure, Section} from '../../model/report.ts';
import {Claims, type List} from './spans.ts';
import {inlineOrdinals, ordinalParagraphs} from './ordinals.ts';
import {paragraphSeries} from './paragraph-series.ts';
import {adoptedDocuments} from './adopted.ts';
import {labelledLists} from './labelled.ts';
import {enumerationRuns, sentenceRuns} from './openers.ts';
import {clauseRuns} from './clause-runs.ts';
import {semicolonSeries} from './semicolons.ts';
import {closingFrames, frameRuns} from './parallel.ts';
import {agendaLists} from './agenda.ts';
import {businessRuns} from './business-runs.ts';
import {lineItems} from './line-items.ts';

interface Finder {
	name: string;
	/** A finder of the whole report reads across paragraphs; the others read one section at a time. */
	report?: (sections: Section[]) => List[];
	section?: (section: Section) => List[];
}

/**
 * The finders, by name, in the order they run (LABELING.md's rules for measures). A list keeps the
 * name of the finder that read it: `plenum measures --explain` prints it beside each list.
 */
export const FINDERS: readonly Finder[] = [
	// 第一，… 一、… （一）… paragraphs (rule 1, across paragraphs)
	{name: 'ordinal paragraphs', report: ordinalParagraphs},
	// 一是…二是…三是… inside a paragraph (rule 1)
	{name: 'inline ordinals', section: inlineOrdinals},
	// 全会提出，坚持和完善… under one lead, paragraph after paragraph (rule 5)
	{name: 'paragraph series', report: paragraphSeries},
	// 主持召开…会议，研究A，审议B (rule 2, agenda)
	{name: 'agenda', section: agendaLists},
	// 审议通过了《A》、《B》和《C》, 表决通过了A，B，C (rule 2, adopted documents)
	{name: 'adopted documents', section: adoptedDocuments},
	// 会议听取了A。会议听取了B。会议听取了C。 (rule 3, the meeting's own verb); documents listed inside one
	// of them are read first, as their own lists (263).
	{name: 'business runs', report: businessRuns},
	// 议程包括: / A; / B; / C。 one item to a paragraph after the paragraph announcing them (rule 4)
	{name: 'line items', report: lineItems},
	// 主要目标是：…, 新的认识和体会：…, 主要是… (rule 2, announced by a label)
	{name: 'label', section: labelledLists},
	// 宏观政策要稳、微观政策要活: items sharing a frame (the 五大政策 exception)
	{name: 'shared frame', section: frameRuns},
	// …在A上更加科学、在B上更加优化: a clause-closing run of one frame
	{name: 'closing frame', section: closingFrames},
	// sentences opening with the same list word (rule 3)
	{name: 'sentence openers', section: sentenceRuns},
	// three or more ；-separated items (rule 4)
	{name: 'semicolon series', section: semicolonSeries},
	// clauses opening with the same list word (rule 3)
	{name: 'clause openers', section: clauseRuns},
	// 、-parts opening with the same marker (rule 3)
	{name: 'enumeration openers', section: enumerationRuns},
];

export function extractMeasures(sections: Section[]): Measure[] {
	const claims = new Claims();
	const found: (List & {rule: string})[] = [];
	const offer = (lists: List[], rule: string) => {
		for (const list of lists) if (claims.take(list)) found.push(Object.assign(list, {rule}));
	};
	let ordinal: List[] = [];
	for (let i = 0; i < FINDERS.length;) {
		const finder = FINDERS[i];
		if (finder.report) {
			const lists = finder.report(sections);
			if (finder.name === 'ordinal paragraphs') ordinal = lists;
			offer(lists, finder.name);
			i++;
			continue;
		}
		// Section by section for a run of section finders, so each section's text is split once for all of them.
		let j = i;
		while (j < FINDERS.length && FINDERS[j].section) j++;
		for (const section of sections) for (const next of FINDERS.slice(i, j)) offer(next.section?.(section) ?? [], next.name);
		i = j;
	}

	// A list inside a task paragraph (第三，…。强化A，强化B，强化C) spells out how to do that task.
	const taskParagraphs = new Set(ordinal.filter(l => l.type === 'task').flatMap(l => l.items.map(i => i.section)));
	const headings = new Set(ordinal);
	for (const list of found) {
		if (!headings.has(list) && list.type !== 'agenda' && list.type !== 'decision' && list.items.every(i => taskParagraphs.has(i.section))) list.type = 'task';
	}
	found.sort((a, b) => a.items[0].section - b.items[0].section || a.items[0].start - b.items[0].start);
	const text = new Map(sections.map(s => [s.id, s.text]));
	const measures: Measure[] = [];
	// A page that prints a paragraph twice (a caption repeated, 188; a story and the communiqué it
	// quotes, 79) lists its items once: the same items in the same order are the same list.
	const listed = new Set<string>();
	for (const list of found) {
		const items = list.items.map(item => (text.get(item.section) ?? '').slice(item.start, item.end)).join('\u0000');
		if (listed.has(items)) continue;
		listed.add(items);
		list.items.forEach((item, k) => {
			measures.push({
				id: measures.length + 1,
				group: list.group,
				type: list.type,
				ordinal: k + 1,
				text: (text.get(item.section) ?? '').slice(item.start, item.end),
				section: item.section,
				start: item.start,
				rule: list.rule,
			});
		});
	}
	return measures;
}
