// Cross-paragraph series (LABELING.md rule 5): three or more consecutive paragraphs under the
// same lead (全会提出，…) whose words after the lead are a task heading that opens with a verb.
// Paragraphs stating facts (全会提出，X是…) are not tasks, so they break the series. A report
// printed without paragraph breaks has its leads at sentence starts, so lead sentences inside
// a paragraph are units of the series too.
import type {Section} from '../../model/report.ts';
import {clauses, sentenceEnd, sentences} from './clauses.ts';
import {tidy, type Item, type List} from './spans.ts';
import {LEAD_PHRASE} from '../lexicon/leads.ts';

const LEAD = new RegExp(`^${LEAD_PHRASE}[，：,:]`);
// Verbs that open task headings in the genre (坚持和完善…, 加快构建…, 全面深化…).
export const TASK_VERB =
	/^(?:坚持|加快|推进|推动|深化|完善|健全|加强|构建|建设|建立|提高|提升|发展|实施|实行|促进|全面|深入|着力|坚定|统筹|扩大|优化|强化|增强|巩固|打造|维护|保障|做好|落实|贯彻|繁荣|实现|确保|构筑|培育|激发|守住|防范|改善|改革|创新|激活|稳步|大力|积极|切实|持续|不断|形成|优先|全方位|扎实|坚决|严格|用好|抓好|加大|牢牢|始终|更加|进一步|全力|狠抓|突出|聚焦|筑牢|弘扬|发挥|保持|树立|引导|支持|鼓励|规范|严肃|整治|拓展|夯实|开展|营造|增进|提振|严明|以)/;
// Openers that make a statement about something rather than a task: subjects and times.
const NOT_A_TASK = /^(?:我们|全党|各级|这|今年|明年|当前|目前|[0-9〇一二]{2,}|党的|中国|我国|人民)/;
const HEADING_LIMIT = 60;
// A clause that starts explaining the heading rather than continuing it.
const ELABORATION = /^(?:必须|要|就是|关键|重点|核心)/;

interface Unit {
	lead: string;
	heading: Item | null;
}

/**
 * The task heading after a lead: at most the first two clauses of its first sentence (坚持和完善…，
 * 提高…), stopping where the elaboration starts (坚持创新发展，必须把创新摆在…).
 */
function headingAfter(section: Section, start: number): Item | null {
	const text = section.text;
	const end = sentenceEnd(text, start, Math.min(text.length, start + HEADING_LIMIT * 4));
	const parts = clauses(text, {start, end, delimiter: ''});
	const clause = parts[0] ? text.slice(parts[0].start, parts[0].end) : '';
	// A heading opens with its verb: a setting (在…的同时), a demand (要按照…) or a subject
	// (宏观经济政策要…) opens a paragraph of argument, however short its first clause.
	if (!clause || /是|了/.test(clause) || NOT_A_TASK.test(clause) || !TASK_VERB.test(clause)) return null;
	let last = 0;
	if (parts.length > 1 && !ELABORATION.test(text.slice(parts[1].start, parts[1].end))) last = 1;
	const span = tidy(text, start, parts[last].end);
	if (!span || span.end - span.start > HEADING_LIMIT) return null;
	return {section: section.id, ...span};
}

function unitsOf(section: Section): Unit[] {
	const units: Unit[] = [];
	for (const sentence of sentences(section.text)) {
		const match = LEAD.exec(section.text.slice(sentence.start, sentence.start + 8));
		if (match) units.push({lead: match[1] + match[2], heading: headingAfter(section, sentence.start + match[0].length)});
	}
	return units;
}

export function paragraphSeries(sections: Section[]): List[] {
	const units = sections.flatMap(unitsOf);
	const lists: List[] = [];
	for (let i = 0; i < units.length;) {
		let j = i + 1;
		if (units[i].heading) while (j < units.length && units[j].heading && units[j].lead === units[i].lead) j++;
		if (units[i].heading && j - i >= 3) {
			lists.push({group: `${units[i].lead}的任务`, type: 'task', items: units.slice(i, j).map(u => u.heading as Item)});
		}
		i = j;
	}
	return lists;
}
