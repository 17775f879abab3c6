// Lists announced by a label (主要目标是：…, 新的认识和体会：…, 战术原则，坚持A、B、C, 8方面内容：…).
// What a meeting adopted is adopted.ts's.
import type {Section} from '../../model/report.ts';
import {clauses, enumeration, isColon, isSemicolon, sentences, textOf, type Piece} from './clauses.ts';
import {MEETING_CONTENT, namedByLabel} from './group.ts';
import {inSection, tidy, type List, type Span} from './spans.ts';
import {segmentsOf, seriesItems} from './semicolons.ts';
import {HAN_BASIC} from '../../text/han.ts';
import {countValue, NUMERALS} from '../lexicon/numerals.ts';

const QUALIFIER = '(?:主要预期|战略|远景|奋斗|主要|重点|重大|总体|战术|基本|新的|总)?';
const LIST_LABEL = `${QUALIFIER}(?:指导思想|原则|目标|任务|举措|措施|认识和体会|体现在|要求|修改内容|议程|议题)`;
// The label ends the clause: …主要目标是： / …新的认识和体会： / 主要修改内容包括：
const COLON_LABEL = new RegExp(`(${LIST_LABEL}|主要是)(?:是|为|包括|主要有|有|如下)?$`);
/** A count of what follows the colon: 8方面内容, 三点要求, 5项任务, 两项议程. */
const COUNTED_LABEL = new RegExp(`(\\d{1,2}|[两${NUMERALS}]{1,3})个?(?:方面|项|点|条)(?:内容|工作|任务|要求|措施|重点|意见|议程)?$`, 'u');
// …常委会议于12月8日召开,主要议程是协商市政府工作报告,听取…,审议… (493). What a meeting is said to
// hold is its agenda too: 会议的主要内容是学习贯彻…，听取并审议…，审议…，补选… (2022; with a colon and ；, 446).
const INLINE_LABEL = new RegExp(String.raw`(总目标|总体目标|主要目标|总体要求|主要任务|重点任务|主要议程|${MEETING_CONTENT})是(?=[${HAN_BASIC}])`);
// …面临诸多挑战，主要是有效需求仍然不足，…: 主要是 opening a clause lists what the clause before
// named, colon or not — unless it explains a cause or a meaning (主要是因为…, 主要是指…).
const MAINLY = new RegExp(String.raw`^主要是(?!因为|由于|指|为了|通过|靠|在|要|看|对|把|从|以|让|使)(?=[${HAN_BASIC}])`);
const RESTATING = /^(?:这就是|这就是说|即|具体是|具体包括|主要包括)$/;
const NAMED = new RegExp(`(${LIST_LABEL})`);
// …的战术原则，坚持A、B、C: the label closes a clause and the next clause is the list. The 的 is
// what makes the label announce something (…战略目标，必须… only names a goal in passing).
const CLAUSE_LABEL = new RegExp(`的(${QUALIFIER}(?:原则|目标|任务|举措|要求))$`);
const LIST_VERB = /^(?:要|必须)?(?:坚持|做到|实现|突出|把握|落实|推进)/;
// 紧紧围绕…的目标，推出一批A、B、C举措: a label inside a frame (围绕, 按照…) is where the action
// is aimed, not an announcement; and without a verb that takes the list, the 、-parts after it are
// the modifiers of one noun.
const AIMED = /^(?:要|必须)?(?:紧紧|始终)?(?:围绕|按照|朝着|为了|为|根据|锚定|对照|瞄准|对标|服务|实现)/;
// 全会对…作出系统部署，强调A，B，C: what the deployment stresses is its list of tasks, from the
// clause after the label to the end of the sentence. Texts write both 作出 and 做出.
const DEPLOYED = /(?:作|做)出(?:了)?(系统|全面|战略)部署$/;
const STRESSED = new RegExp(String.raw`^强调(?:要|必须)?(?=[${HAN_BASIC}])`);

// 会议要求：… / 全会强调：… is the meeting speaking, a lead and its verb; what follows is what it
// said, not a list the verb names (50-thnews…: 会议要求:县政协…期间,与会人员要…).
const SAID = /^(?:全会|会议|大会)(?:还|并|同时|进一步)?(?:要求|强调|指出|提出|明确)$/;
// So is a speaker's 要求: with no word that makes it a noun before it (张福志要求:全县政协组织…,一定要…,
// 围绕…, 168; 刘中汉要求:全市上下要…,抢抓机遇,…, 831): 总体要求, 具体要求, 三点要求, 的要求 announce a list.
const SPEAKER_REQUIRES = /(?<![的了点项条体确切本新总要求])要求$/u;

// A closing clause that says what the list is for (为…作出贡献), not another item.
const PURPOSE = /^(?:为|以便|从而|努力为|进而)/;

// A list has at least three items (LABELING.md: no gold list has fewer). Two clauses after a label
// (总目标是A，B) or two adopted decisions are a statement of two things, not an enumeration.
export const FEWEST = 3;

/** Items after a colon label, to the end of the sentence; `fewestSegments` when ；-parts are the items. */
function afterColon(text: string, rest: Piece[], fewest = FEWEST, fewestSegments = FEWEST): Span[] {
	if (rest.some(p => isSemicolon(p.delimiter))) {
		const sentence = {start: rest[0].start, end: rest[rest.length - 1].end, delimiter: ''};
		const segments = segmentsOf(text, sentence);
		if (segments.length < fewestSegments) return [];
		return seriesItems(text, segments);
	}
	const items = [...rest];
	while (items.length > fewest && PURPOSE.test(textOf(text, items[items.length - 1]))) items.pop();
	if (items.length < fewest) {
		// 主要任务是：A、B、C — a label may announce a 、-list of short items in one clause.
		const listed = enumeration(text, rest[0]);
		if (listed.length < 3 || listed.some(p => p.end - p.start > 30)) return [];
		return listed.map(p => tidy(text, p.start, p.end)).filter((s): s is Span => s !== null);
	}
	return items.map(p => tidy(text, p.start, p.end)).filter((s): s is Span => s !== null);
}

// Where the noun a list is named by starts: after 的 or after the verb that introduces it
// (面临诸多挑战, 需要克服一些困难和挑战), and after any vague quantity.
const NOUN_START = /^.*(?:的|面临|存在|克服|遇到|出现|有)(?:诸多|一些|不少|许多|很多|若干|一系列)?/;

/** 主要是 and its kind only point at a list: its name is the noun they follow (…的显著优势，主要是：). */
function namedList(text: string, parts: Piece[], k: number, label: string) {
	if (!/^(?:主要是|体现在)$/.test(label) || k === 0) return namedByLabel(label);
	const before = textOf(text, parts[k - 1]);
	const noun = before.slice(NOUN_START.exec(before)?.[0].length ?? 0);
	return noun.length >= 2 && noun.length <= 8 ? {group: `${noun}（${label}）`, type: namedByLabel(noun).type} : namedByLabel(label);
}

/**
 * 主要是A不足、B过剩、C偏弱，D…: a clause of 、-parts that are each a statement of their own is
 * several items. Parts shorter than four characters are nouns sharing one predicate
 * (复杂性、严峻性、不确定性上升), and then the clause is one item.
 */
function splitFacts(text: string, items: Span[]): Span[] {
	return items.flatMap(item => {
		const parts = enumeration(text, {...item, delimiter: ''});
		if (parts.length < 2 || parts.some(p => p.end - p.start < 4)) return [item];
		return parts.map(p => tidy(text, p.start, p.end)).filter((p): p is Span => p !== null);
	});
}

export function labelledLists(section: Section): List[] {
	const text = section.text;
	const lists: List[] = [];
	for (const sentence of sentences(text)) {
		const parts = clauses(text, sentence);
		for (let k = 0; k < parts.length - 1; k++) {
			const words = textOf(text, parts[k]);
			// …的总体目标是，A；B；C: a label with 是 announces its list even before a comma.
			if (isColon(parts[k].delimiter) || (/[是为]$/.test(words) && COLON_LABEL.test(words) && !/^(?:这|也|就|才|正|都|还)/.test(words))) {
				// …远景目标，这就是：… names the list in the clause before the colon.
				const label = COLON_LABEL.exec(words) ?? (k > 0 && RESTATING.test(words) ? NAMED.exec(textOf(text, parts[k - 1])) : null);
				const counted = label ? null : COUNTED_LABEL.exec(words);
				if (counted) {
					// 检查组将重点检查8方面内容：A，B，…H (519): a count announces the list when the items agree with it.
					const items = afterColon(text, parts.slice(k + 1));
					if (items.length === countValue(counted[1])) lists.push({...namedByLabel(counted[0]), items: inSection(section.id, items)});
					break;
				}
				if (!label || SAID.test(words) || (label[1] === '要求' && SPEAKER_REQUIRES.test(words))) continue;
				// 会议有两项议程：A；B (1881; 一是…二是…, 1170): a list of a stated count has that many items, two too.
				const stated = COUNTED_LABEL.exec(words);
				const count = stated ? countValue(stated[1]) : null;
				const fewest = count === null ? FEWEST : Math.min(FEWEST, count);
				const items = afterColon(text, parts.slice(k + 1), fewest, fewest);
				if (count !== null && items.length < FEWEST && items.length !== count) break;
				// Items a ； closes are whole (…的显著优势；…, 79); 、-parts split only comma clauses.
				const semicolons = parts.slice(k + 1).some(p => isSemicolon(p.delimiter));
				const listed = label[1] === '主要是' && !semicolons ? splitFacts(text, items) : items;
				if (listed.length > 0) lists.push({...namedList(text, parts, k, label[1]), items: inSection(section.id, listed)});
				break;
			}
			const mainly = k > 0 ? MAINLY.exec(words) : null;
			if (mainly) {
				const head = {...parts[k], start: parts[k].start + mainly[0].length};
				const items = afterColon(text, [head, ...parts.slice(k + 1)], 2);
				if (items.length >= 3) lists.push({...namedList(text, parts, k, '主要是'), items: inSection(section.id, splitFacts(text, items))});
				break;
			}
			// …的总目标是完善A，推进B。: the list starts right after 是, inside the clause.
			const inline = INLINE_LABEL.exec(words);
			if (inline) {
				const head = {start: parts[k].start + inline.index + inline[0].length, end: parts[k].end, delimiter: parts[k].delimiter};
				const items = afterColon(text, [head, ...parts.slice(k + 1)], 2);
				if (items.length >= FEWEST) lists.push({...namedByLabel(inline[1]), items: inSection(section.id, items)});
				break;
			}
			const deployed = DEPLOYED.exec(words);
			const stressed = deployed ? STRESSED.exec(textOf(text, parts[k + 1])) : null;
			if (deployed && stressed) {
				const head = {...parts[k + 1], start: parts[k + 1].start + stressed[0].length};
				const items = afterColon(text, [head, ...parts.slice(k + 2)]);
				if (items.length >= FEWEST) lists.push({group: `${deployed[1]}部署`, type: 'task', items: inSection(section.id, items)});
				break;
			}
			const label = CLAUSE_LABEL.exec(words);
			if (!label) continue;
			const next = parts[k + 1];
			const verb = LIST_VERB.exec(textOf(text, next))?.[0].length ?? 0;
			if (verb === 0 || AIMED.test(words)) continue;
			const listed = enumeration(text, {start: next.start + verb, end: next.end, delimiter: next.delimiter});
			if (listed.length < 3 || listed.some(p => p.end - p.start > 12)) continue;
			lists.push({
				...namedByLabel(label[1]),
				items: inSection(
					section.id,
					listed.map(p => tidy(text, p.start, p.end)),
				),
			});
		}
	}
	return lists;
}
