// What a meeting took up, when the report lists it in one sentence of comma clauses rather than
// with semicolons (those are semicolon series): the opening sentence of a State Council meeting
// since 2023 (主持召开国务院常务会议，研究A，审议通过B，讨论C) and a congress's announced agenda
// (根据…会议议程，大会将审议A，审查B，…). Each clause is one item only when every clause opens
// with a verb of meeting business; a clause that does not is narration, and then there is no list.
import type {Section} from '../../model/report.ts';
import {clauses, isSemicolon, sentences, textOf, type Piece} from './clauses.ts';
import {inSection, tidy, type List, type Span} from './spans.ts';
import {AGENDA_VERBS} from '../lexicon/meetings.ts';

// Verbs that put business before a meeting (研究, 审议通过, 听取…汇报), with 并/还 joining them, and
// the manner the business is done in: 深入学习贯彻…，传达…，研究审议有关事项 (348, 349), 全面落实… (266).
export const BUSINESS = /^(?:并|还|同时)?(?:深入|认真|全面|专题|集中)?(?:研究|审议|审查|讨论|部署|听取|确定|决定|明确|通过|分析|传达|学习|贯彻|落实|表决|批准|安排|总结|通报)/;
// The clause that convenes the meeting and ends there: …主持召开国务院常务会议. A meeting that only
// 召开 (市委常委会召开扩大会议，传达A，听取B) narrates what it did: LABELING.md lists agendas after 主持召开.
// 主持国务院常务会议 without 召开 (808, a State Council readout) convenes it as well.
const CONVENED = /主持(?:召开)?.{0,24}会议$/;
// The convening clause that runs straight into its first business with no comma between:
// 主持召开市政府第11次常务会议传达学习省有关会议精神,听取…,审议… (700).
const CONVENED_INTO = new RegExp(`主持(?:召开)?[^，,；;。]{0,24}?会议(?=${BUSINESS.source.slice(1)})`, 'u');
// 根据表决通过的会议议程 / 根据大会议程: the agenda the sentence goes on to list.
const PER_AGENDA = /^(?:根据|按照)(.{0,20}议程)$/;
// The subject before the first agenda verb: 十四届全国人大二次会议将审议…
const SUBJECT = /^[^，,；;：:]{0,40}?(?:将|要|还将)(?=审议|审查|听取|讨论|表决)/;

/**
 * Business told object first, with 对: 并对我市近期安全生产工作作出部署 (1049), 对全省防汛减灾工作进行再安排再部署
 * (1270), 对进一步查处案件提出了明确要求，对加强…作出了部署 (873). The clause ends on what was done.
 */
const ARRANGED = /^(?:并|还|同时)?对[^，,；;。]{2,80}?(?:作出|做出|进行|提出)了?[^，,；;。]{0,12}(?:部署|安排|要求)[。！!]?$/u;

/** A clause opening with business, after any space the page left (听取…汇报； 研究…, 836). */
const isBusiness = (text: string, p: Piece) => {
	const words = textOf(text, p).trimStart();
	return BUSINESS.test(words) || ARRANGED.test(words);
};

/**
 * Relaying a meeting's spirit and then how to carry it out is one piece of business told in two steps
 * (传达学习上级有关会议精神,研究我市贯彻落实意见, 742; 传达贯彻…动员大会精神,部署监督保障具体措施, 183),
 * not two items; two items of other business are (听取…汇报，审议…, 188, 263, 346, 623), and so is
 * relaying followed by other business (CARRIED_OUT).
 */
const RELAYED = /^(?:并|还|同时)?(?:深入|认真|全面)?(?:传达|学习)/u;

/**
 * A second step that carries out what was relayed, or works on what relates to it: 研究我市贯彻落实意见 (742),
 * 部署…具体措施 (183), 研究审议相关工作 (1087). Other business after the relaying is an item of its own:
 * 研究2008年我省拟办好的…“十大实事” (1153), 审议有关议题 (1146), 研究审议《…清单》 (1056).
 */
const CARRIED_OUT = /贯彻|落实|意见|措施|举措|相关工作/u;

/**
 * A second thing relayed, joined by 以及 to the first: 传达习近平总书记…重要讲话精神,以及…重要指示批示等有关精神
 * (2052), 传达学习…重要讲话精神,以及省委常委会(扩大)会议…精神 (900), …,以及近期中央、省有关会议精神 (903).
 */
const ALSO_RELAYED = /^以及(?!研究|审议|听取|讨论|部署)/u;

/** Clauses with a clause that goes on relaying (ALSO_RELAYED) joined to the one before it. */
function joinedRelays(text: string, parts: Piece[]): Piece[] {
	const joined: Piece[] = [];
	for (const part of parts) {
		const previous = joined.at(-1);
		if (previous && !isSemicolon(previous.delimiter) && ALSO_RELAYED.test(textOf(text, part).trimStart())) joined[joined.length - 1] = {...part, start: previous.start};
		else joined.push(part);
	}
	return joined;
}

/** Items of clauses that all open with a business verb; null when any clause is not business. */
function business(text: string, said: Piece[]): Span[] | null {
	const parts = joinedRelays(text, said);
	if (parts.length < 2 || parts.some(p => isSemicolon(p.delimiter) || !isBusiness(text, p))) return null;
	if (parts.length === 2 && RELAYED.test(textOf(text, parts[0])) && CARRIED_OUT.test(textOf(text, parts[1]))) return null;
	const items = parts.map(p => tidy(text, p.start, p.end));
	return items.every(Boolean) ? (items as Span[]) : null;
}

/**
 * The business after the convening clause told in ；-parts, each opening with a business verb:
 * 研究部署A；听取B汇报； 研究贯彻落实C，进一步提高D (836), 传达学习A；传达B精神，研究贯彻意见，部署有关工作
 * (310), 审议通过A；部署B，更好支持C (808). A part whose clauses are all business is an item each; one
 * whose later clauses say why or how is one item.
 */
function businessBySemicolon(text: string, parts: Piece[]): Span[] | null {
	if (!parts.slice(0, -1).some(p => isSemicolon(p.delimiter))) return business(text, parts);
	const items: Span[] = [];
	for (let k = 0; k < parts.length;) {
		let end = k;
		while (end < parts.length - 1 && !isSemicolon(parts[end].delimiter)) end++;
		const group = parts.slice(k, end + 1).map((p, n) => (n === end - k ? {...p, delimiter: ''} : p));
		if (!isBusiness(text, group[0])) return null;
		const each = group.length > 1 ? business(text, group) : null;
		const whole = tidy(text, group[0].start, group[group.length - 1].end);
		if (each) items.push(...each);
		else if (whole) items.push(whole);
		else return null;
		k = end + 1;
	}
	return items.length >= 2 ? items : null;
}

/**
 * An agenda said to include its items: 全会的主要议程包括审议通过A、审查B、审议通过C等 (98), 议程包括听取和
 * 审议A，选举B，以及选出C等 (682). Three items or more, each opening with business; two (议程包括审议A，
 * 以及B, 635; 审议A、审查B等11项, 233) are told in passing and left as text.
 */
const INCLUDES = /((?:[^，,。；;：:、的]{0,12}的)?(?:主要)?议程)包括[：:]?/u;
const INCLUDED_BUSINESS = new RegExp(`^(?:以及|及|和)?(?:听取和审议|选举|选出|${AGENDA_VERBS}|通过|表决|批准|决定)`, 'u');
const INCLUDED_END = /(?:等(?:\d{1,3}项)?)?$/u;

function includedAgenda(section: Section, sentence: Piece): List | null {
	const text = section.text;
	const words = text.slice(sentence.start, sentence.end).replace(/[。！!]$/u, '');
	const found = INCLUDES.exec(words);
	if (!found) return null;
	const from = sentence.start + found.index + found[0].length;
	const rest = text.slice(from, sentence.start + words.length);
	const body = rest.slice(0, rest.length - (INCLUDED_END.exec(rest)?.[0].length ?? 0));
	const separator = /[，,]/u.test(body) ? /[，,]/gu : /、/gu;
	const items: Span[] = [];
	let at = 0;
	for (const piece of [...body.split(separator)]) {
		const start = from + at + (/^(?:以及|及|和)/u.exec(piece)?.[0].length ?? 0);
		at += piece.length + 1;
		if (!INCLUDED_BUSINESS.test(piece)) return null;
		const item = tidy(text, start, from + at - 1);
		if (item) items.push(item);
	}
	if (items.length < 3) return null;
	const name = found[1].slice(found[1].lastIndexOf('的') + 1);
	return {group: name, type: 'agenda', items: inSection(section.id, items)};
}

export function agendaLists(section: Section): List[] {
	const text = section.text;
	const lists: List[] = [];
	// INCLUDES needs 议程包括 written out; a section without it (nearly all) skips the pattern, whose
	// open prefix is tried at every character of every sentence: it was 2 % of a corpus parse.
	const mayInclude = text.includes('议程包括');
	for (const sentence of sentences(text)) {
		const included = mayInclude ? includedAgenda(section, sentence) : null;
		if (included) {
			lists.push(included);
			continue;
		}
		const parts = clauses(text, sentence);
		// The convening clause comes first, after at most a dateline or source tag.
		for (let k = 0; k < Math.min(4, parts.length - 1); k++) {
			const words = textOf(text, parts[k]);
			const convened = CONVENED.test(words);
			const into = convened ? null : CONVENED_INTO.exec(words);
			if ((convened || into) && !isSemicolon(parts[k].delimiter)) {
				const rest = into ? [{...parts[k], start: parts[k].start + into.index + into[0].length}, ...parts.slice(k + 1)] : parts.slice(k + 1);
				const items = businessBySemicolon(text, rest);
				if (items) lists.push({group: '会议议题', type: 'agenda', items: inSection(section.id, items)});
				break;
			}
			const agenda = PER_AGENDA.exec(words);
			if (agenda && k + 1 < parts.length) {
				const first = parts[k + 1];
				const subject = SUBJECT.exec(textOf(text, first))?.[0].length ?? 0;
				const items = business(text, [{...first, start: first.start + subject}, ...parts.slice(k + 2)]);
				const name = agenda[1].slice(agenda[1].lastIndexOf('的') + 1);
				if (items) lists.push({group: name, type: 'agenda', items: inSection(section.id, items)});
				break;
			}
		}
	}
	return lists;
}
