// Runs of clauses inside one sentence that open with the same list word (LABELING.md rule 3): a
// marker's run anywhere in the sentence, or a sentence made wholly of such clauses, its subject
// stated once before them; a closing run that repeats modal and verb alike.
import type {Section} from '../../model/report.ts';
import {clauses, sentences, type Piece} from './clauses.ts';
import {countName, sharedEnding, type Naming} from './group.ts';
import {named, openerOf, runsOf, SPEAKER_FRAME, toItems, type Opener} from './openers.ts';
import {inSection, modalLength, tidy, type List, type Span} from './spans.ts';
import {HAN_BASIC} from '../../text/han.ts';

/** Runs of clauses inside one sentence: 着眼…，着眼…，着眼…，… */
/** A sentence closed by the formula of attendance: …出席会议。, …列席。, …参加会议并讲话。 */
const ATTENDANCE_END = /(?:出席|列席|参加)(?:了)?(?:会议|全会|大会)?(?:并讲话|并作讲话)?[。；;！!]?$/u;

const ATTENDANCE_THEN_CHAIR = /(?:出席|列席|参加)了?(?:会议|全会|大会)?[，,][^，,。；]{2,30}主持(?:会议|全会|大会)?[。；;！!]?$/u;

/**
 * Clauses opening alike whose last goes on to 分别 are the subjects of one verb, each doing it in turn:
 * office-holders (全国人大常委会秘书长何椿霖，…主任委员王维澄，全国人大常委会副秘书长于友民分别就有关议题作了说明和汇报,
 * 2124; 党组书记、检察长周晓东，党组成员…刘霞，…，党组成员、第一检察部主任寇建坤分别领学了…, 2135), not a list of measures.
 */
const RESPECTIVELY = /^[^，,；;。]{2,40}?分别/u;

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
			// 大会通过无记名投票的方式，选举A为…，选举B为…，选举C为… (1777; 会议以投票选举方式，选举… 1491): how
			// it was done, then every clause opening with one word.
			const first = parts.length > 3 ? text.slice(parts[0].start, parts[0].end) : '';
			const framed = SPEAKER_FRAME.test(first) || (MANNER_FRAME.test(first) && openers.slice(2).every(o => o.opener === openers[1].opener)) ? 1 : 0;
			const whole = wholeSentenceRun(text, parts.slice(framed), openers.slice(framed));
			if (whole && RESPECTIVELY.test(text.slice(whole[whole.length - 1].start, whole[whole.length - 1].end))) continue;
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

/** How the meeting did what the clauses after it list: 通过无记名投票的方式, 以投票选举方式. */
const MANNER_FRAME = /^[^，,；;]{0,6}(?:通过|以|采取|采用)[^，,；;]{0,12}方式$/u;

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
	// The opener inside the manner of the act (会议以投票选举方式，选举…, 1491) is no subject's verb.
	if (at <= 0 || !SUBJECT_ONCE.test(text.slice(parts[0].start, parts[0].start + at)) || MANNER_FRAME.test(text.slice(parts[0].start, parts[0].end))) return parts;
	return [{...parts[0], start: parts[0].start + at}, ...parts.slice(1)];
}

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
