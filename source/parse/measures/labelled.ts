// Lists announced by a label (主要目标是：…, 新的认识和体会：…, 战术原则，坚持A、B、C) and lists of
// what a meeting adopted (审议通过了《A》、《B》和《C》 / 通过了A；通过了B；…).
import type {Section} from '../../model/report.ts';
import {clauses, enumeration, isColon, isSemicolon, sentences, type Piece} from './clauses.ts';
import {namedByLabel} from './group.ts';
import {inSection, tidy, type List, type Span} from './spans.ts';
import {segmentsOf, seriesItems} from './semicolons.ts';
import {HAN_BASIC} from '../lexicon/han.ts';
import {NUMERALS, numeralValue} from '../lexicon/numerals.ts';
import {matchesOf} from '../matches.ts';

const QUALIFIER = '(?:主要预期|战略|远景|奋斗|主要|重点|重大|总体|战术|基本|新的|总)?';
const LIST_LABEL = `${QUALIFIER}(?:指导思想|原则|目标|任务|举措|措施|认识和体会|体现在|要求|修改内容|议程|议题)`;
// The label ends the clause: …主要目标是： / …新的认识和体会： / 主要修改内容包括：
const COLON_LABEL = new RegExp(`(${LIST_LABEL}|主要是)(?:是|为|包括|主要有|有|如下)?$`);
/** A count of what follows the colon: 8方面内容, 三点要求, 5项任务. */
const COUNTED_LABEL = new RegExp(`(\\d{1,2}|[${NUMERALS}]{1,3})个?(?:方面|项|点|条)(?:内容|工作|任务|要求|措施|重点|意见)?$`, 'u');
// …常委会议于12月8日召开,主要议程是协商市政府工作报告,听取…,审议… (493).
const INLINE_LABEL = new RegExp(String.raw`(总目标|总体目标|主要目标|总体要求|主要任务|重点任务|主要议程)是(?=[${HAN_BASIC}])`);
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

// A closing clause that says what the list is for (为…作出贡献), not another item.
const PURPOSE = /^(?:为|以便|从而|努力为|进而)/;

function textOf(text: string, p: Piece): string {
	return text.slice(p.start, p.end);
}

// A list has at least three items (LABELING.md: no gold list has fewer). Two clauses after a label
// (总目标是A，B) or two adopted decisions are a statement of two things, not an enumeration.
const FEWEST = 3;
/**
 * What a meeting passed is listed from two documents on, when one verb governs both or each has
 * its own: 审议通过《A》；审议通过《B》 (109), 审议通过了A(审议稿)和B决议 (36), 通过了新修订的商标法、
 * 关于修改…的决定 (78). Not two whole clauses after one verb (表决通过了关于…的决定，关于…的决定,
 * shared 11), nor what was only 审议了 (31), which may not have passed.
 */
const FEWEST_ADOPTED = 2;
const fewestAdopted = (verb: string) => (verb.includes('通过') ? FEWEST_ADOPTED : FEWEST);

/** Items after a colon label, to the end of the sentence. */
function afterColon(text: string, rest: Piece[], fewest = FEWEST): Span[] {
	if (rest.some(p => isSemicolon(p.delimiter))) {
		const sentence = {start: rest[0].start, end: rest[rest.length - 1].end, delimiter: ''};
		const segments = segmentsOf(text, sentence);
		if (segments.length < FEWEST) return [];
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
					if (items.length === (/^\d+$/u.test(counted[1]) ? Number(counted[1]) : numeralValue(counted[1]))) lists.push({...namedByLabel(counted[0]), items: inSection(section.id, items)});
					break;
				}
				if (!label || SAID.test(words)) continue;
				const items = afterColon(text, parts.slice(k + 1));
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

// Whatever the meeting adopted, with the subject dropped: 全会讨论并通过了… → 讨论并通过了…
// 审议并原则通过 (174, 111, 81): adopted in principle is adopted.
// 审议并原则同意《A》、《B》… (214), 原则同意《…》 (201): agreed in principle is adopted as well.
// …大会认真听取并审议通过了《A》、《B》… (453), 会议协商讨论并通过了A、B… (305): how it was read first.
const ADOPTION =
	/^(?:全会|会议|大会)?(?:还|分别|经|认真|以[^，。；]{2,12}方式)?(听取(?:并|和|、)审议(?:(?:并)?通过了?|了)|(?:协商)?(?:审议|讨论|表决)(?:并|一致)?(?:原则)?(?:通过|同意)了?|(?:并|一致)?通过了|原则(?:通过|同意)了?|审议了)/;
/** An adoption that goes on in the next clause with a bare 通过 (not 通过深化…, which says how). */
const GOES_ON = /^(?:还)?(通过)(?![了过程])/;
// What a single adoption clause lists: titled documents, or laws, regulations and resolutions.
// Untitled items must be short document names: a long 、-part is a phrase, not a document. The
// kinds may differ within one list (…的决议、…的报告、…政治决议).
const KINDS = '(?:法|条例|决议|决定|章程|修正案|报告|意见|方案|规划|纲要|办法|规定|名单|议案|草案|议程|日程|安排|请示|材料|事项|清单|计划|预算)';
const DOCUMENT = new RegExp(`^《.*》$|^[^、，,]{2,60}${KINDS}$`, 'u');
/** A whole clause naming one document, its 、 included (主任、副主任、秘书长候选人名单草案). */
const DOCUMENT_CLAUSE = new RegExp(`^《.*》$|^[^，,；;。]{2,80}${KINDS}$`, 'u');

// NPC Standing Committee items carry a bracketed number or stage after the name: 刑法修正案（十二）,
// …法（草案）, …法（修订草案）. The kind of document is read before that note.
const NOTE = /[（(][^（()）]{1,8}[）)]$/;
const withoutNote = (name: string): string => name.replace(NOTE, '');

/** A document named for what it is about: …的决议, …的决定, …的报告. */
const OF_KIND = new RegExp(`的${KINDS}$`, 'u');

/** What closes a list of documents, naming their kind: 等内容, 等文件, 等事项. */
const CLOSING_KIND = /等(?:内容|文件|事项|议题|材料)?$/u;

const KIND_AT_END = new RegExp(`(?:名单)?${KINDS}$`, 'u');

/** Two names end in the same kind of document (组成人员名单草案 / 组成人员名单草案). */
function sameKind(name: string, other: string): boolean {
	const kind = KIND_AT_END.exec(name)?.[0];
	return kind !== undefined && KIND_AT_END.exec(other)?.[0] === kind;
}

/** A和B / A以及B where both name documents (议案审查委员会名单(草案)以及计划和预算审查委员会名单(草案), 54). */
function splitDocuments(text: string, piece: Piece, before: Piece | null = null): Piece[] {
	const words = text.slice(piece.start, piece.end);
	for (const m of matchesOf(/以及|及|和/gu, words)) {
		const [left, right] = [words.slice(0, m.index), words.slice(m.index + m[0].length)];
		// Only where the first is marked as a document's name ((草案), 》, or …的决议 as in
		// 关于…工作报告的决议和关于…情况报告的决议, 95): 和 also joins a name's own words (计划和预算).
		// A 、-list's documents of one kind end where the item before ends: …名单草案、…名单草案和会议议程草案 (526).
		// Two lists joined by 和 alone are one item (…人选建议名单和…人选建议名单, shared 15).
		if (
			(/[）)》]$/u.test(left) || OF_KIND.test(left) || sameKind(left, before ? text.slice(before.start, before.end) : '')) &&
			DOCUMENT.test(withoutNote(left)) &&
			DOCUMENT.test(withoutNote(right.replace(CLOSING_KIND, '')))
		)
			return [
				{start: piece.start, end: piece.start + m.index, delimiter: m[0]},
				{start: piece.start + m.index + m[0].length, end: piece.end, delimiter: piece.delimiter},
			];
	}
	return [piece];
}

/**
 * 关于市政府工作报告、计划报告、…市检察院工作报告的决议草案 (198): one resolution on several reports,
 * whose 、 join what it is about; the 关于 opens it and the 的决议 closes it.
 */
const oneResolution = (items: string[]) => items.length > 1 && /^关于/u.test(items[0]) && !items[0].includes('的') && /的(?:决议|决定)(?:草案)?$/u.test(items[items.length - 1]);

/**
 * 原则通过了《A》《B》《C》 (461), 审议通过《A》《B》 (460, 463): titles written back to back are
 * documents each. Only what was adopted: 审议了《A》《B》 says what was read, not a list (39).
 */
function titlesApart(text: string, piece: Piece): Piece[] {
	const out: Piece[] = [];
	let start = piece.start;
	for (let at = text.indexOf('》《', start); at >= 0 && at < piece.end - 1; at = text.indexOf('》《', at + 2)) {
		out.push({start, end: at + 1, delimiter: ''});
		start = at + 1;
	}
	out.push({start, end: piece.end, delimiter: piece.delimiter});
	return out;
}

/** 《A》、《B》 is two documents, not one. */
const isTitledList = (name: string) => /》[、和及]/u.test(name);

/** The clauses after an adoption verb, when each names documents only (、 inside a clause too). */
function documentClauses(text: string, parts: Piece[], i: number, verb: number): {items: Span[]; last: number} | null {
	const items: Span[] = [];
	let last = i;
	const heard = /^(?:全会|会议|大会)?[^，。；]{0,6}?听取/u.test(textOf(text, parts[i]));
	for (let k = i; k < parts.length; k++) {
		// What was heard is not what was adopted after it (听取和审议了《A》和《B》,审议并表决通过了各项决议, 275).
		if (heard && k > i && /^(?:审议|表决|通过|讨论|研究|决定)/u.test(textOf(text, parts[k]))) break;
		const clause = {start: k === i ? parts[k].start + verb : parts[k].start, end: parts[k].end, delimiter: parts[k].delimiter};
		const tidied = (p: Piece) => tidy(text, p.start + (/^(?:以及|及|和)/u.exec(text.slice(p.start, p.end))?.[0].length ?? 0), p.end);
		// A clause that is one document's name keeps its 、 (主任、副主任、秘书长候选人名单草案, 97).
		const whole = tidied(clause);
		const one = whole !== null && DOCUMENT_CLAUSE.test(withoutNote(text.slice(whole.start, whole.end))) && !isTitledList(text.slice(whole.start, whole.end));
		const named =
			one && whole
				? [whole]
				: enumeration(text, clause, true)
						.map(tidied)
						.filter((s): s is Span => s !== null);
		if (named.length === 0 || (!one && !named.every(s => DOCUMENT.test(withoutNote(text.slice(s.start, s.end)))))) break;
		items.push(...named);
		last = k;
		if (isSemicolon(parts[k].delimiter)) break;
	}
	return last > i && items.length >= FEWEST ? {items, last} : null;
}

export function adoptedDocuments(section: Section): List[] {
	const text = section.text;
	const lists: List[] = [];
	for (const sentence of sentences(text)) {
		const parts = clauses(text, sentence);
		const adopting = parts.map(p => ADOPTION.exec(textOf(text, p)));
		// 听取了…；通过了…；通过了…；指定了…； (114): adoptions among other business, one to a ；, are
		// that series' items, which the semicolon series reads whole.
		if (parts.length >= FEWEST && parts.slice(0, -1).every(p => isSemicolon(p.delimiter)) && adopting.some(a => !a) && adopting.some(a => a)) continue;
		for (let i = 0; i < parts.length; i++) {
			if (!adopting[i]) continue;
			// 会议表决通过A，通过B，通过C (110), 通过A；通过B；… (146): after one adoption, a bare 通过 goes on with it.
			let j = i + 1;
			while (j < parts.length && (adopting[j] ??= GOES_ON.exec(textOf(text, parts[j])))) j++;
			// Reports heard one to a clause (听取和审议了A；听取和审议了B, 306) are the business's series, not adoptions.
			const heard = adopting.slice(i, j).some(a => a !== null && a[1].startsWith('听取') && !a[1].includes('通过'));
			if (!heard && (j - i >= FEWEST || (j - i >= FEWEST_ADOPTED && adopting.slice(i, j).every(a => a?.[1].includes('通过'))))) {
				const items = parts.slice(i, j).map((p, k) => {
					const match = adopting[i + k] as RegExpExecArray;
					return tidy(text, p.start + match[0].length - match[1].length, p.end);
				});
				lists.push({group: '通过的文件', type: 'decision', items: inSection(section.id, items)});
				i = j - 1;
				continue;
			}
			const match = adopting[i] as RegExpExecArray;
			// 表决通过了A名单草案，B名单草案，C名单草案 (97): documents one to a clause, to the sentence's ；.
			const run = documentClauses(text, parts, i, match[0].length);
			if (run) {
				lists.push({group: '通过的文件', type: 'decision', items: inSection(section.id, run.items)});
				i = run.last;
				continue;
			}
			const body = {start: parts[i].start + match[0].length, end: parts[i].end, delimiter: parts[i].delimiter};
			const adopted = /通过|同意/u.test(match[1]);
			const listed = enumeration(text, body, true)
				.flatMap((p, k, all) => splitDocuments(text, p, all[k - 1] ?? null))
				.flatMap(p => (adopted ? titlesApart(text, p) : [p]))
				.map(p => tidy(text, p.start, p.end))
				.filter((s): s is Span => s !== null);
			// …以及《…草案(讨论稿)》等内容 (214): what closes the list says the kind of all of it.
			const last = listed[listed.length - 1];
			const closing = last ? CLOSING_KIND.exec(text.slice(last.start, last.end)) : null;
			if (last && closing && closing.index > 0) listed[listed.length - 1] = {...last, end: last.start + closing.index};
			if (listed.length < fewestAdopted(match[1]) || !listed.every(s => DOCUMENT.test(withoutNote(text.slice(s.start, s.end))))) continue;
			if (oneResolution(listed.map(s => text.slice(s.start, s.end)))) continue;
			const laws = listed.every(s => withoutNote(text.slice(s.start, s.end)).endsWith('法'));
			lists.push({group: laws ? '通过的法律' : '通过的文件', type: 'decision', items: inSection(section.id, listed)});
		}
	}
	return lists;
}
