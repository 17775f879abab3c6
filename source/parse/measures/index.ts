// The measures extractor: every enumerated list of tasks, goals and principles in the body.
// Finders run from the most explicit list marking to the least (ordinals, paragraph series,
// labels, shared frames and openers, semicolons); a list that overlaps one already found is a
// re-reading of the same words and is dropped, which also keeps lists nested inside an item
// from being split out.
import type {Measure, Section} from '../../model/report.ts';
import {Claims, type List} from './spans.ts';
import {inlineOrdinals, ordinalParagraphs} from './ordinals.ts';
import {paragraphSeries} from './paragraph-series.ts';
import {adoptedDocuments, labelledLists} from './labelled.ts';
import {clauseRuns, enumerationRuns, sentenceRuns} from './openers.ts';
import {semicolonSeries} from './semicolons.ts';
import {closingFrames, frameRuns} from './parallel.ts';
import {agendaLists} from './agenda.ts';

type Finder = (section: Section) => List[];

const PER_SECTION: Finder[] = [inlineOrdinals];
const AFTER_SERIES: Finder[] = [agendaLists, adoptedDocuments, labelledLists, frameRuns, closingFrames, sentenceRuns, semicolonSeries, clauseRuns, enumerationRuns];

export function extractMeasures(sections: Section[]): Measure[] {
	const claims = new Claims();
	const found: List[] = [];
	const offer = (lists: List[]) => {
		for (const list of lists) if (claims.take(list)) found.push(list);
	};
	const ordinal = ordinalParagraphs(sections);
	offer(ordinal);
	for (const section of sections) for (const finder of PER_SECTION) offer(finder(section));
	offer(paragraphSeries(sections));
	// Section by section, so each section's text is split once for all the finders.
	for (const section of sections) for (const finder of AFTER_SERIES) offer(finder(section));

	// A list inside a task paragraph (第三，…。强化A，强化B，强化C) spells out how to do that task.
	const taskParagraphs = new Set(ordinal.filter(l => l.type === 'task').flatMap(l => l.items.map(i => i.section)));
	const headings = new Set(ordinal);
	for (const list of found) {
		if (!headings.has(list) && list.type !== 'agenda' && list.type !== 'decision' && list.items.every(i => taskParagraphs.has(i.section))) list.type = 'task';
	}
	found.sort((a, b) => a.items[0].section - b.items[0].section || a.items[0].start - b.items[0].start);
	const text = new Map(sections.map(s => [s.id, s.text]));
	const measures: Measure[] = [];
	for (const list of found) {
		list.items.forEach((item, k) => {
			measures.push({
				id: measures.length + 1,
				group: list.group,
				type: list.type,
				ordinal: k + 1,
				text: (text.get(item.section) ?? '').slice(item.start, item.end),
				section: item.section,
				start: item.start,
			});
		});
	}
	return measures;
}
