// Runs of clauses or sentences that open with the same list word (LABELING.md rule 3): at least
// three in a row, counted when the opener is one of the genre's rhetorical markers or when the
// whole sentence is made of such clauses. A leading 要 or 必须 is ignored and dropped.
import type {Section} from '../../model/report.ts';
import {clauses, enumeration, isSemicolon, sentences, type Piece} from './clauses.ts';
import {commonPrefix, countName, endingName, namedByLabel, sharedEnding, sharedOpener, type Naming} from './group.ts';
import {TASK_VERB} from './paragraph-series.ts';
import {inSection, modalLength, tidy, withoutModal, type List, type Span} from './spans.ts';
import {HAN_BASIC} from '../lexicon/han.ts';

/** Openers that mark a list on their own, longest first so 率先走出 wins over 率先. */
export const MARKERS = ['率先走出', '进一步', '坚持', '着眼', '聚焦', '率先', '着力', '更加', '更好', '以', '把', '在', '对'];

export interface Opener {
	opener: string;
	marker: boolean;
}

/** Two Chinese characters: a word that may open the items of a list. */
const TWO_HAN = new RegExp(String.raw`^[${HAN_BASIC}]{2}$`);
// Sentence openers that are subjects, times or connectives, not list words.
const NOT_A_LIST_WORD = /^(?:全会|会议|大会|我们|全党|各级|各地|这是|这一|这些|这个|同时|其中|此外|今年|明年|去年|当前|目前|中央|中共|国务|党的|我国|他说|她说|过去|近年|一年|五年)/;
const SPEECH = /指出|强调|表示|认为|说[，,：:]/;
/** A clause that is only the meeting's lead: 会议要求, 全会强调. */
const MEETING_LEAD = /^(?:全会|会议|大会)(?:指出|强调|要求|认为|提出)$/u;

export function openerOf(text: string, at: number): Opener {
	const s = at + modalLength(text, at);
	for (const m of MARKERS) if (text.startsWith(m, s)) return {opener: m, marker: true};
	const two = text.slice(s, s + 2);
	return {opener: TWO_HAN.test(two) && !NOT_A_LIST_WORD.test(two) ? two : '', marker: false};
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

function named(text: string, opener: string, items: Span[]): Naming {
	return naming(
		opener,
		items.length,
		items.map(i => text.slice(i.start, i.end)),
	);
}

function toItems(text: string, spans: (Span | null)[]): Span[] {
	return spans.filter((s): s is Span => s !== null).map(s => withoutModal(text, s));
}

/** Maximal runs of ≥3 consecutive pieces whose openers are equal and pass `counts`. */
function runsOf(openers: Opener[], counts: (o: Opener) => boolean): [number, number][] {
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
	// Without a marker or a task verb, a run of one-clause sentences is a narration
	// (市委常委会主持会议。市委书记…讲话。), not a list: list sentences state a task and then how.
	const multiClause = all.map(s => clauses(text, s).length > 1);
	return runsOf(openers, () => true)
		.filter(([i, j]) => openers[i].marker || TASK_VERB.test(openers[i].opener) || multiClause.slice(i, j).every(Boolean))
		.map(([i, j]) => {
			const items = toItems(
				text,
				all.slice(i, j).map(s => tidy(text, s.start, itemEnd(text, s))),
			);
			return {...named(text, openers[i].opener, items), items: inSection(section.id, items)};
		});
}

/** Runs of clauses inside one sentence: 着眼…，着眼…，着眼…，… */
/** A sentence closed by the formula of attendance: …出席会议。, …列席。, …参加会议并讲话。 */
const ATTENDANCE_END = /(?:出席|列席|参加)(?:了)?(?:会议|全会|大会)?(?:并讲话|并作讲话)?[。；;！!]?$/u;

const ATTENDANCE_THEN_CHAIR = /(?:出席|列席|参加)了?(?:会议|全会|大会)?[，,][^，,。；]{2,30}主持(?:会议|全会|大会)?[。；;！!]?$/u;

export function clauseRuns(section: Section): List[] {
	const text = section.text;
	const lists: List[] = [];
	for (const sentence of sentences(text)) {
		// 省委书记尹力，省委副书记赵龙、罗东川，省委常委张彦…出席会议 (179): groups of office-holders,
		// each opening with their organ, are who came, however alike the clauses open — also when the
		// sentence goes on to who presided (…出席会议，县人大常委会副主任衣萍主持会议。, 258).
		const said = text.slice(sentence.start, sentence.end);
		if (ATTENDANCE_END.test(said) || ATTENDANCE_THEN_CHAIR.test(said)) continue;
		const parts = subjectOnce(
			text,
			clauses(text, sentence).map((p, k, all) => introducedMarker(text, p, all.slice(k + 1, k + 3))),
		);
		const openers = parts.map(p => openerOf(text, p.start));
		const runs = runsOf(openers, o => o.marker);
		for (const [i, j] of runs) {
			const items = toItems(
				text,
				parts.slice(i, j).map(p => tidy(text, p.start, p.end)),
			);
			lists.push({...named(text, openers[i].opener, items), items: inSection(section.id, items)});
		}
		if (runs.length === 0) {
			// 邹如龙强调，要坚定不移推进A，坚定不移推进B… (119): the speaker's frame opens no item.
			const framed = parts.length > 3 && SPEAKER_FRAME.test(text.slice(parts[0].start, parts[0].end)) ? 1 : 0;
			const whole = wholeSentenceRun(text, parts.slice(framed), openers.slice(framed));
			if (whole) lists.push({...named(text, openers[framed].opener, whole), items: inSection(section.id, whole)});
			else {
				const repeated = modalRun(text, parts, openers);
				if (repeated) lists.push({...repeated, items: inSection(section.id, repeated.items)});
			}
		}
	}
	return lists;
}

// A speech verb or modal that introduces the first item of a run: 强调要坚持A，坚持B，坚持C; or
// words restating what came before: 这就是坚持A，坚持B，…
const INTRODUCTION = /^(?:(?:强调|指出|提出|要求|明确|认为)?|这就是|这是|就是|即|也就是)(?:要|必须)?$/;
// A short subject before the first item (全党同志对A要有足够自信，对B…), which must not end in a
// character that makes a word with a one-character marker (可以, 现在, 面对).
const SUBJECT = new RegExp(String.raw`^[${HAN_BASIC}]{1,6}$`);
const BINDS = /[可所予加难足得用正现存实就面应针相绝]$/;

/**
 * The clause from its marker on, when only an introduction stands before the marker the next
 * clause opens with, or a short subject and the clause ends the way the next two do.
 */
function introducedMarker(text: string, clause: Piece, next: Piece[]): Piece {
	if (next.length === 0) return clause;
	const marker = openerOf(text, next[0].start);
	if (!marker.marker || openerOf(text, clause.start).opener === marker.opener) return clause;
	const at = text.slice(clause.start, Math.min(clause.end, clause.start + 8)).indexOf(marker.opener);
	if (at <= 0) return clause;
	const before = text.slice(clause.start, clause.start + at);
	const parallel = next.length === 2 && SUBJECT.test(before) && !(marker.opener.length === 1 && BINDS.test(before)) && sharedEnding([clause, ...next].map(p => text.slice(p.start, p.end))).length >= 2;
	return INTRODUCTION.test(before) || parallel ? {...clause, start: clause.start + at} : clause;
}

/** A short subject, stated once before a run: 会议, 公正司法. */
const SUBJECT_ONCE = new RegExp(String.raw`^[${HAN_BASIC}]{1,8}$`);

/**
 * A sentence whose every clause after the first opens with one word, the first clause naming the
 * subject before that word: 会议听取审议了A，听取审议了B，听取审议了C (303); 公正司法事关A，事关B，
 * 事关C (309); 会议表决通过A，通过B，通过C (110). The first item starts at the word.
 */
function subjectOnce(text: string, parts: Piece[]): Piece[] {
	if (parts.length < 3) return parts;
	// A marker has its own introduction (introducedMarker): 强化对A，对B，对C is not a subject and a run (73).
	const {opener, marker} = openerOf(text, parts[1].start);
	if (!opener || marker || parts.slice(2).some(p => openerOf(text, p.start).opener !== opener) || openerOf(text, parts[0].start).opener === opener) return parts;
	const at = text.slice(parts[0].start, Math.min(parts[0].end, parts[0].start + 10)).indexOf(opener);
	if (at <= 0 || !SUBJECT_ONCE.test(text.slice(parts[0].start, parts[0].start + at))) return parts;
	return [{...parts[0], start: parts[0].start + at}, ...parts.slice(1)];
}

/** Those a speaker tells what to do, before the modal: 全区党员干部要…, 各级各部门必须… */
const ADDRESSED = /^[^，,；;、]{1,10}?(?:干部|党员|同志|部门|单位|组织|机关|各级)(?=要|必须)/u;
/** A speaker's clause before what they said: 邹如龙强调, 市委书记李某指出, 他要求. */
const SPEAKER_FRAME = /^[^，,；;]{1,14}?(?:强调|指出|要求|提出)(?:要|必须)?$/u;
/** A clause that says what a run of tasks is for: 确保…, 为…, 从而…. */
const PURPOSE_AFTER = /^(?:确保|为了?|使|让|从而|进而|以便|努力|奋力|更好)/u;

/**
 * A sentence made of items that each open with the same word, some carrying further clauses
 * (深刻认识A，凝聚了…，反映了…，深刻认识B，…): each item runs to the next opener.
 */
function wholeSentenceRun(text: string, allParts: Piece[], openers: Opener[]): Span[] | null {
	let parts = allParts;
	const opener = openers[0]?.opener;
	if (!opener) return null;
	const starts = openers.flatMap((o, k) => (o.opener === opener ? [k] : []));
	if (starts.length < 3 || starts.length * 2 < parts.length) return null;
	// Further clauses may follow an item, but at least three items must still stand in a row:
	// 坚持A，坚持B，巩固C，坚持D is a sentence of mixed tasks, not a list.
	if (!starts.some((k, n) => starts[n + 2] === k + 2)) return null;
	// 面对A，面对B，面对C，必须继续…: when no item carries further clauses but the last, what follows
	// it is the sentence's main clause, which the run only sets the scene for.
	// A purpose clause after the run (…，确保…落到实处, 119) closes the list instead.
	const adjacent = starts.every((k, n) => n === 0 || starts[n - 1] === k - 1);
	const after = starts[starts.length - 1] + 1;
	const purpose = after < parts.length && PURPOSE_AFTER.test(text.slice(parts[after].start, parts[after].end));
	if (adjacent && after < parts.length && !purpose) return null;
	if (purpose) parts = parts.slice(0, after);
	const spans = starts.map((k, n) => {
		const last = n + 1 < starts.length ? starts[n + 1] - 1 : parts.length - 1;
		return tidy(text, parts[k].start, parts[last].end);
	});
	return toItems(text, spans);
}

/**
 * …，必须依靠知识，必须依靠劳动，必须依靠广大青年。: clauses that close the sentence repeating
 * modal and verb alike are a list after whatever frames them; without the repeated modal such a
 * closing run (转化为A，转化为B，…) is phrasing.
 */
function modalRun(text: string, parts: Piece[], openers: Opener[]): (Naming & {items: Span[]}) | null {
	const last = parts.length - 1;
	const modal = last >= 2 ? modalLength(text, parts[last].start) : 0;
	if (modal === 0 || !openers[last].opener) return null;
	const word = text.slice(parts[last].start, parts[last].start + modal) + openers[last].opener;
	let k = last;
	while (k > 0 && text.startsWith(word, parts[k - 1].start)) k--;
	if (last - k + 1 < 3) return null;
	const items = toItems(
		text,
		parts.slice(k).map(p => tidy(text, p.start, p.end)),
	);
	return {group: countName(items.length, word), type: word.startsWith('必须') ? 'principle' : 'requirement', items};
}

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
			const head = LIST_HEAD.exec(text.slice(last.start, last.end))?.[0] ?? (framedRun(text, chosen, candidates.length) ? '' : null);
			if (head === null) continue;
			const spans = chosen.map((p, k) => tidy(text, p.start, k === chosen.length - 1 ? p.end - head.length : p.end));
			const items = toItems(text, spans);
			lists.push({...(head ? namedByLabel(head.slice(1)) : named(text, marker.opener, items)), items: inSection(section.id, items)});
		}
	}
	return lists;
}
