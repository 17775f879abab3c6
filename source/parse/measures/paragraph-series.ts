// Cross-paragraph series (LABELING.md rule 5): three or more consecutive paragraphs under the
// same lead (全会提出，…) whose words after the lead are a task heading that opens with a verb.
// Paragraphs stating facts (全会提出，X是…) are not tasks, so they break the series.
import type {Section} from '../../model/report.ts';
import {sentences} from './clauses.ts';
import {inSection, tidy, type Item, type List} from './items.ts';

// Verbs that open task headings in the genre (坚持和完善…, 加快构建…, 全面深化…).
const TASK_VERB = /^(?:坚持|加快|推进|推动|深化|完善|健全|加强|构建|建设|建立|提高|提升|发展|实施|促进|全面|深入|着力|坚定|统筹|扩大|优化|强化|增强|巩固|打造|维护|保障|做好|落实|贯彻|繁荣|实现|确保|构筑|培育|激发|守住|防范|改善|创新|激活|稳步|大力|积极|切实|持续|不断)/;
const HEADING_LIMIT = 60;

function headingOf(section: Section): Item | null {
	if (!section.lead) return null;
	let start = section.lead.length;
	while (start < section.text.length && /[，,：:\s]/.test(section.text[start])) start++;
	const first = sentences(section.text, start)[0];
	if (!first || first.end - first.start > HEADING_LIMIT) return null;
	const words = section.text.slice(first.start, first.end);
	const clauseEnd = words.search(/[，,；;]/);
	if (!TASK_VERB.test(words) || /是/.test(clauseEnd < 0 ? words : words.slice(0, clauseEnd))) return null;
	return inSection(section.id, [tidy(section.text, first.start, first.end)])[0] ?? null;
}

export function paragraphSeries(sections: Section[]): List[] {
	const headings = sections.map(headingOf);
	const lists: List[] = [];
	for (let i = 0; i < sections.length; ) {
		let j = i + 1;
		if (headings[i]) while (j < sections.length && headings[j] && sections[j].lead === sections[i].lead) j++;
		if (headings[i] && j - i >= 3) {
			lists.push({group: `${sections[i].lead}的任务`, type: 'task', items: headings.slice(i, j) as Item[]});
		}
		i = j;
	}
	return lists;
}
