// The list words items open with (LABELING.md rule 3), and runs of sentences and of 、-parts that
// share one: at least three in a row, counted when the opener is one of the genre's rhetorical
// markers or states a task. A leading 要 or 必须 is ignored and dropped. Runs of clauses inside a
// sentence are in clause-runs.ts.
import type {Section} from '../../model/report.ts';
import {clauses, enumeration, isSemicolon, sentences, type Piece} from './clauses.ts';
import {commonPrefix, countName, endingName, namedByLabel, sharedOpener, type Naming} from './group.ts';
import {TASK_VERB} from './paragraph-series.ts';
import {inSection, modalLength, tidy, withoutModal, type List, type Span} from './spans.ts';
import {HAN, HAN_BASIC} from '../../text/han.ts';
import {AGENDA_VERBS} from '../lexicon/meetings.ts';
import {NATIONAL_LEADERS} from '../lexicon/leaders.ts';

/** Openers that mark a list on their own, longest first so 率先走出 wins over 率先. */
export const MARKERS = ['率先走出', '进一步', '坚持', '着眼', '聚焦', '率先', '着力', '更加', '更好', '以', '把', '在', '对'];

export interface Opener {
	opener: string;
	marker: boolean;
}

/** Two Chinese characters: a word that may open the items of a list. */
const TWO_HAN = new RegExp(String.raw`^[${HAN_BASIC}]{2}$`);
// Sentence openers that are subjects, times or connectives, not list words.
// An organ opening an office-holder's title (县委副书记A主持，县委副书记B通报…，县委常委C作了安排, 315)
// says who did what, not a list word.
const NOT_A_LIST_WORD =
	/^(?:全会|会议|大会|我们|全党|各级|各地|这是|这一|这些|这个|同时|其中|此外|今年|明年|去年|当前|目前|中央|中共|国务|党的|我国|他说|她说|过去|近年|一年|五年|[省市县区州]委|[省市县区州]政|[省市县区州]人|镇党|乡党)/;
const SPEECH = /指出|强调|表示|认为|说[，,：:]/;
/** A clause that is only the meeting's lead: 会议要求, 全会强调. */
const MEETING_LEAD = /^(?:全会|会议|大会)(?:指出|强调|要求|认为|提出)$/u;

/**
 * A sitting that opens the sentence is its subject, as 会议 is: 委员长会议建议…。委员长会议审议了…。委员长会议上，…
 * (939), 主任会议听取了… — who did what, not a list word.
 */
const SITTING_SUBJECT = new RegExp(`^${HAN}{1,4}会议`, 'u');

/**
 * A person who opens the sentence is its subject too, as a sitting is: a member named with the title
 * (委员王存虎就《…》作了发言。委员张辉就《…》作了发言…, 940) or a leader of the country
 * (习近平总书记关于…的重要讲话，为…指明了方向。习近平总书记在…上的重要讲话…, 937): who spoke, not a list word.
 */
const PERSON_SUBJECT = new RegExp(`^(?:(?:委员|代表)(?:们|${HAN}{2,3}[就在作对])|${NATIONAL_LEADERS.join('|')})`, 'u');

export function openerOf(text: string, at: number): Opener {
	const s = at + modalLength(text, at);
	for (const m of MARKERS) if (text.startsWith(m, s)) return {opener: m, marker: true};
	const two = text.slice(s, s + 2);
	const subject = SITTING_SUBJECT.test(text.slice(s, s + 6)) || PERSON_SUBJECT.test(text.slice(s, s + 8));
	return {opener: TWO_HAN.test(two) && !NOT_A_LIST_WORD.test(two) && !subject ? two : '', marker: false};
}

// 坚持A and 以A为指导 state principles; other markers ask for something to be done.
const PRINCIPLE_OPENERS = new Set(['坚持', '以']);

function naming(opener: string, count: number, texts: string[] = []): Naming {
	const type = PRINCIPLE_OPENERS.has(opener) ? 'principle' : 'requirement';
	// 在思想上勇于自我革命，在作风上勇于自我革命…: named by what all do (四个勇于自我革命), or
	// failing that by the frame itself (三个在…上).
	const frame = /^在[^，,；;、]{1,12}?上/;
	if (opener === '在' && texts.length > 0 && texts.every(t => frame.test(t))) {
		const rests = texts.map(t => t.replace(frame, ''));
		const done = commonPrefix(rests).replace(/[，,；;、].*$/, '');
		// Only words the items share up to a clause end are a whole phrase, not a cut word.
		const whole = done.length >= 2 && rests.every(r => r.length === done.length || /[，,；;、]/.test(r[done.length]));
		return {group: countName(count, whole ? done : '在…上'), type};
	}
	const ending = opener.length === 1 ? endingName(texts) : null;
	if (ending) return {group: ending, type};
	const shared = sharedOpener(texts);
	return {group: countName(count, shared.startsWith(opener) ? shared : opener), type};
}

export function named(text: string, opener: string, items: Span[]): Naming {
	return naming(
		opener,
		items.length,
		items.map(i => text.slice(i.start, i.end)),
	);
}

export function toItems(text: string, spans: (Span | null)[]): Span[] {
	return spans.filter((s): s is Span => s !== null).map(s => withoutModal(text, s));
}

/** Maximal runs of ≥3 consecutive pieces whose openers are equal and pass `counts`. */
export function runsOf(openers: Opener[], counts: (o: Opener) => boolean): [number, number][] {
	const runs: [number, number][] = [];
	let i = 0;
	while (i < openers.length) {
		let j = i + 1;
		while (j < openers.length && openers[j].opener === openers[i].opener) j++;
		if (openers[i].opener && j - i >= 3 && counts(openers[i])) runs.push([i, j]);
		i = j;
	}
	return runs;
}

/** An item sentence ends at its first ；: what follows the semicolon is a further task, not this item. */
function itemEnd(text: string, sentence: Piece): number {
	return clauses(text, sentence).find(c => isSemicolon(c.delimiter))?.end ?? sentence.end;
}

/** Runs of whole sentences: 强化…。强化…。强化…。 */
export function sentenceRuns(section: Section): List[] {
	const text = section.text;
	// 会议要求，要坚持A…。要坚持B…。 (115): the first item follows the meeting's own lead in its sentence.
	// 王孝成强调，全区党员干部要坚持A…。要坚持B…。 (34): a speaker's frame, and the people told, likewise.
	const all = sentences(text).map(s => {
		const [first, second] = clauses(text, s);
		if (!first || !second) return s;
		const lead = text.slice(first.start, first.end);
		if (!MEETING_LEAD.test(lead) && !SPEAKER_FRAME.test(lead)) return s;
		const told = ADDRESSED.exec(text.slice(second.start, second.end))?.[0].length ?? 0;
		return {...s, start: second.start + told};
	});
	const openers = all.map(s => {
		const firstClause = clauses(text, s)[0];
		return firstClause && SPEECH.test(text.slice(firstClause.start, firstClause.end)) ? {opener: '', marker: false} : openerOf(text, s.start);
	});
	// Without a marker, a task verb or a verb of the meeting's business (听取A汇报。听取B汇报。听取C汇报。,
	// 736), a run of one-clause sentences is a narration (市委常委会主持会议。市委书记…讲话。), not a list:
	// list sentences state a task and then how.
	const multiClause = all.map(s => clauses(text, s).length > 1);
	return runsOf(openers, () => true)
		.filter(([i, j]) => openers[i].marker || TASK_VERB.test(openers[i].opener) || BUSINESS_OPENER.test(openers[i].opener) || multiClause.slice(i, j).every(Boolean))
		.map(([i, j]) => {
			const items = toItems(
				text,
				all.slice(i, j).map(s => tidy(text, s.start, itemEnd(text, s))),
			);
			return {...named(text, openers[i].opener, items), items: inSection(section.id, items)};
		});
}

/** Verbs that put business before the meeting, opening sentences of its agenda. */
const BUSINESS_OPENER = new RegExp(`^(?:${AGENDA_VERBS})$`, 'u');

/** Those a speaker tells what to do, before the modal: 全区党员干部要…, 各级各部门必须… */
const ADDRESSED = /^[^，,；;、]{1,10}?(?:干部|党员|同志|部门|单位|组织|机关|各级)(?=要|必须)/u;
/** A speaker's clause before what they said: 邹如龙强调, 市委书记李某指出, 他要求. */
export const SPEAKER_FRAME = /^[^，,；;]{1,14}?(?:强调|指出|要求|提出)(?:要|必须)?$/u;

// A head noun closing an in-clause list (…坚持整体智治的原则, …坚持系统观念等原则), which is not
// part of the last item: 等 closes a list as 的 does.
const LIST_HEAD = /(?:的|等)(?:原则|要求|方针|目标|任务)$/;

// …在机构设置上更加科学、在职能配置上更加优化、在体制机制上更加完善: each part is a whole
// statement in its own 在…上 frame, not a noun modifying the next word.
const FRAMED = new RegExp(String.raw`^在[^、，,；;]{2,10}上[${HAN_BASIC}]{2,}`);

/** A 、-run that is a list without naming itself: every part a 在…上 statement, up to the clause end. */
function framedRun(text: string, chosen: Piece[], parts: number): boolean {
	return chosen.length === parts && chosen.every(p => FRAMED.test(text.slice(p.start, p.end)));
}

/**
 * A 、-run of 把-statements to the clause end: 把人民政协制度坚持好、把…发展好、把…发挥好 (370),
 * 把服务转型跨越作为第一要务、把…作为履职之本、把…作为基本职责 (410). 把 puts a whole statement,
 * its verb after its object, so the parts are tasks, not nouns.
 */
function statementRun(opener: string, chosen: Piece[], parts: number): boolean {
	return opener === '把' && chosen.length === parts;
}

/** Runs of 、-parts inside a clause that share a marker opener: 坚持A、坚持B、坚持C的原则. */
export function enumerationRuns(section: Section): List[] {
	const text = section.text;
	const lists: List[] = [];
	for (const sentence of sentences(text)) {
		for (const clause of clauses(text, sentence)) {
			const parts = enumeration(text, clause);
			if (parts.length < 3) continue;
			const marker = openerOf(text, parts[1].start);
			if (!marker.marker) continue;
			// The first part may carry the clause's verb before the list (必须牢牢把握坚持…).
			const at = text.slice(parts[0].start, parts[0].end).indexOf(marker.opener);
			if (at < 0) continue;
			const first = {start: parts[0].start + at, end: parts[0].end, delimiter: parts[0].delimiter};
			const candidates = [first, ...parts.slice(1)];
			const openers = candidates.map(p => openerOf(text, p.start));
			const run = runsOf(openers, o => o.marker && o.opener === marker.opener)[0];
			if (!run || run[0] !== 0) continue;
			const chosen = candidates.slice(run[0], run[1]);
			const last = chosen[chosen.length - 1];
			// Only a list that names itself (…的原则) or a run of 在…上 statements counts; other 、-runs are
			// in-clause phrasing.
			const head = LIST_HEAD.exec(text.slice(last.start, last.end))?.[0] ?? (framedRun(text, chosen, candidates.length) || statementRun(marker.opener, chosen, candidates.length) ? '' : null);
			if (head === null) continue;
			const spans = chosen.map((p, k) => tidy(text, p.start, k === chosen.length - 1 ? p.end - head.length : p.end));
			const items = toItems(text, spans);
			lists.push({...(head ? namedByLabel(head.slice(1)) : named(text, marker.opener, items)), items: inSection(section.id, items)});
		}
	}
	return lists;
}
