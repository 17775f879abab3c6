// Formulations changed by a few characters (育新机 → 育先机, 以习近平同志为总书记的党中央 → …为核心的…):
// found in the redline of a pair of corresponding clauses, as places where a phrase that otherwise
// stayed was rewritten by one or two characters, or had a short formulation swapped for another.
// A clause pair rewritten in more places than that is a rewritten sentence, not a reworded phrase,
// unless the phrase stands apart from the rewrite: words put in or dropped around it, kept wording
// between (突出政治[巡视]定位{深化巡视巡察}).
import type {DiffPart} from './types.ts';
import {isHanChar} from './text.ts';
import {CONTEXT, insideTitle, leftContext, rightContext, sideOf} from './context.ts';
import {distinctiveKept, distinctiveLength, isManner, leadLength, mannerAtEnd} from './distinctive.ts';
import {onlyMoved, runsOf, type Run} from './runs.ts';
import {anotherStatement} from './statement.ts';
import {
	content,
	heldAt,
	insideStretch,
	namesPlace,
	namesUnitOfPost,
	saysWhen,
	tellsHowHeld,
	tellsProceedings,
	ITEMS_AFTER,
	ORDINAL,
	onlyProceedings,
	swapSides,
	MAX_EDIT,
	MAX_SWAP,
	NAMED,
	size,
	trivialSide,
} from './wording.ts';

/** Changes one reworded phrase may carry (the formulation and one more); a clause pair may carry one more beside it. */
const MAX_EDITS = 2;
/** Wording kept next to a change, both sides together, for it to be a reworded phrase. */
const MIN_CONTEXT = 3;
/** Kept wording between a reworded phrase and another change in its clause pair. */
const MIN_APART = 2;
/** Below this share of either side's distinctive content kept, two phrases speak of different things. */
const MIN_DISTINCTIVE_KEPT = 0.4;
/** Distinctive content a phrase keeps whole for qualifiers dropped from it to leave it what it was about. */
const MIN_OWN = 2;
/** Kept wording right before a change at a clause's end for the change to be the phrase's, not the clause rewritten. */
const END_KEPT = 8;
/** A modal that opens a clause's task after its subject. */
const SUBJECT_BEFORE = /^(要|必须|应当|务必|需要)/u;
/** The 和 that joins an item put before a noun to it. */
const JOINED_ITEM = /和$/u;

export interface FoundFormulation {
	old: string;
	new: string;
	/** Offset in the old and new sentence where the change begins. */
	oldAt: number;
	newAt: number;
}

export interface FormulationOptions {
	/** Names of people and bodies in either report: a changed name is not a formulation. */
	names?: Set<string>;
	/** A word that starts several clauses of the old or new sentence (聚焦A，聚焦B…): the list's, not the phrase's. */
	oldListLead?: string;
	newListLead?: string;
	/** One side is an item cut from a list (主要是有效需求不足、部分行业产能过剩…), its first or a later one. */
	item?: 'first' | 'later';
	/** Characters at the start of the old and new sentence that are a paragraph's lead (全会指出，). */
	oldLead?: number;
	newLead?: number;
}

type Kind = 'small' | 'large' | 'ignored';

/** Whether one change is small enough to be a reworded formulation. */
function qualifies(removed: string, added: string): boolean {
	const [r, a] = [size(removed), size(added)];
	// An item put in or dropped before the phrase's noun, joined to it by 和 (抓好[粮食和]农业生产,
	// 实际[行动和]成效), is as large as the item: the 和 is the list's.
	if (r === 0 || a === 0) return r + a > 0 && size((removed + added).replace(JOINED_ITEM, '')) <= MAX_EDIT;
	return r <= MAX_SWAP && a <= MAX_SWAP;
}

/** The changed formulations in the raw (untidied) redline of one pair of clauses. */
export function formulationsIn(parts: DiffPart[], options: FormulationOptions = {}): FoundFormulation[] {
	const names = options.names ?? new Set<string>();
	const runs = runsOf(parts);
	const oldText = parts
		.filter(p => p.type !== 'added')
		.map(p => p.text)
		.join('');
	const newText = parts
		.filter(p => p.type !== 'removed')
		.map(p => p.text)
		.join('');
	const first = runs.findIndex(r => r.kept && content(r.text) !== '');
	const last = runs.findLastIndex(r => r.kept && content(r.text) !== '');
	// A clause whose change tells what the meeting did (who spoke or presided, what it reviewed) or how it was held is its proceedings.
	const proceedings = runs.some((run, k) => !run.kept && tellsProceedings(runs[k - 1]?.text ?? '', run.removed, run.added, runs[k + 1]?.text ?? ''));
	if (first === -1 || proceedings || tellsHowHeld(oldText, newText) || onlyProceedings(oldText, newText) || anotherStatement(runs, first, last, oldText, newText)) return [];

	// A modal put in with a manner adverb is left out only where nothing else in the clause changed.
	const alone = runs.filter(r => !r.kept && !r.frame).length === 1;
	const [oldPlaces, newPlaces] = [heldAt(oldText), heldAt(newText)];
	const kinds = runs.map((run, k): Kind => {
		if (run.kept || run.frame) return 'ignored';
		// Where the meeting was held, both sides: a place, never a formulation.
		if (insideStretch(oldPlaces, run.oldAt, run.removed.length) && insideStretch(newPlaces, run.newAt, run.added.length)) return 'ignored';
		const [removed, added] = swapSides(content(run.removed), content(run.added), alone);
		if (removed === '' && added === '') return 'ignored';
		// A list that grew or shrank by items (、…, or 和… at its end) says nothing of this phrase.
		if ((k > last && ITEMS_AFTER.test(run.removed + run.added)) || (k < first && /[、，,]$/u.test(run.removed + run.added))) return 'ignored';
		const changed = removed + added;
		if (ORDINAL.test(removed || added)) return 'ignored';
		const next = runs[k + 1]?.kept ? runs[k + 1].text : '';
		if (next !== '' && namesPlace(run.removed, next) && namesPlace(run.added, next)) return 'ignored';
		if ((removed === '' || added === '') && namesUnitOfPost(removed || added, next)) return 'ignored';
		// Who is to act, swapped at the clause's start before its modal (我们要 → 全校师生要, pair 30): the subject's, not the task's.
		if (k < first && removed !== '' && added !== '' && SUBJECT_BEFORE.test(next)) return 'ignored';
		const previous = runs[k - 1]?.kept ? runs[k - 1].text : '';
		if (![...changed].some(isHanChar) || (saysWhen(removed, next, previous) && saysWhen(added, next, previous)) || (trivialSide(removed) && trivialSide(added))) return 'ignored';
		// A verb swapped for 在 (坚定维护党 → 在维护党, 提高社会建设水平 → 在社会建设上): the task became
		// the frame of an adverbial (在…上), another sentence, not a reworded phrase.
		if (removed !== '' && added !== '' && removed.startsWith('在') !== added.startsWith('在')) return 'large';
		return qualifies(removed, added) ? 'small' : 'large';
	});
	const edits = runs.map((_, k) => k).filter(k => kinds[k] !== 'ignored');
	if (edits.length === 0) return [];
	// Words at an item's end may be what its list ends with for every item (推进派驻机构、…改革 ↔
	// 深化派驻机构改革), and words before a later item what its list starts with (全面推进社会主义
	// 经济建设、…、生态文明建设 ↔ 推进生态文明建设): a change there cannot be told from the list's own.
	if ((options.item && edits.at(-1)! > last) || (options.item === 'later' && edits[0] < first)) return [];
	const phrases = wholeClausePhrase(runs, kinds, edits, last) ?? phrasesApart(runs, kinds, edits);
	const found: FoundFormulation[] = [];
	for (const small of phrases) {
		const formulation = phraseOf(runs, kinds, small, first, oldText, newText, names, options);
		if (formulation) found.push(formulation);
	}
	return found;
}

/**
 * The clause pair as one reworded phrase: its small changes, with at most one more edit beside
 * them, or null when the pair is rewritten in more places than that.
 */
function wholeClausePhrase(runs: Run[], kinds: Kind[], edits: number[], last: number): number[][] | null {
	if (edits.length > MAX_EDITS + 1) return null;
	for (const k of edits) {
		if (kinds[k] !== 'large') continue;
		const pure = size(runs[k].removed) === 0 || size(runs[k].added) === 0;
		// A big swap inside, or any big change at the end where the phrase's object sits, is a rewrite;
		// words put before the phrase (以永远在路上的坚韧执着把…) or into it (…新时代…) are not.
		if (!pure || k > last) return null;
	}
	const small = edits.filter(k => kinds[k] === 'small');
	if (small.length === 0) return [];
	// A third edit may be words put in or dropped beside the phrase (为[新时代新征程]深入推进…
	// {指明前进方向、}提供[了根本→重要]遵循), never a third change to it or words inside it.
	if (edits.length > MAX_EDITS && (small.length > MAX_EDITS || edits.some(k => kinds[k] === 'large' && k > small[0] && k < small.at(-1)!))) return null;
	return [small];
}

const shortChange = (run: Run) => Math.max(size(run.removed), size(run.added)) <= MAX_EDIT;

/** Whether a long stretch of the clause is kept just before change `k`: what it changes at the clause's end is short beside it. */
function restKept(runs: Run[], k: number): boolean {
	const previous = runs[k - 1];
	return previous !== undefined && previous.kept && content(previous.text).length >= END_KEPT;
}

/**
 * In a clause pair rewritten in several places, the phrases that stand apart from the rest: a
 * qualifier put into or dropped from a phrase, with kept wording between it and every other change
 * and the clause's ends (突出政治[巡视]定位{深化巡视巡察}, 提高资金{使用}效益[和政策效果]), or a word
 * swapped there for one as long (充分[彰显→体现]了以习近平同志为核心的党中央…). A word swapped for a
 * longer or shorter one is taken as part of the rewrite (牢记习近平… → 坚持以习近平…): another act.
 */
function phrasesApart(runs: Run[], kinds: Kind[], edits: number[]): number[][] {
	const kept = (from: number, to: number) =>
		content(
			runs
				.slice(from, to)
				.filter(r => r.kept)
				.map(r => r.text)
				.join(''),
		).length;
	// Small changes near each other are one phrase (担负[起]“两个维护”重大{政治}责任).
	const clusters: number[][] = [];
	edits.forEach((k, e) => {
		const previous = edits[e - 1];
		if (kinds[k] === 'small' && kinds[previous] === 'small' && kept(previous, k) <= CONTEXT) clusters.at(-1)!.push(k);
		else clusters.push([k]);
	});
	const pure = (k: number) => size(runs[k].removed) === 0 || size(runs[k].added) === 0;
	// A word swapped for one as long, kept wording on both sides (复兴而[团结→努力]奋斗), is wording;
	// one put in the place of a longer or shorter word is the rewrite's.
	const evenSwap = (k: number) => size(runs[k].removed) === size(runs[k].added);
	return clusters.filter((cluster, c) => {
		if (cluster.length > MAX_EDITS || cluster.some(k => kinds[k] !== 'small' || !(pure(k) || evenSwap(k)))) return false;
		// Kept wording before it also keeps out a lead verb swapped in a rewritten clause (完善… → 促进…).
		const before = clusters[c - 1]?.at(-1) ?? 0;
		const after = clusters[c + 1]?.[0] ?? runs.length;
		// …unless the swap is of manner adverbs alone ([自觉→切实]把思想和行动统一到…).
		const mannerSwap = () => cluster.length === 1 && isManner(content(runs[cluster[0]].removed)) && isManner(content(runs[cluster[0]].added));
		// One short change at the clause's end, the rest of the clause kept before it (全面从严治党战略[部署→方针]).
		if (after === runs.length && kept(cluster.at(-1)!, after) === 0) return cluster.length === 1 && shortChange(runs[cluster[0]]) && restKept(runs, cluster[0]);
		return (kept(before, cluster[0]) >= MIN_APART || mannerSwap()) && kept(cluster.at(-1)!, after) >= MIN_APART;
	});
}

/** One reworded phrase, its small changes with the wording around them, unless a rule sets it aside. */
/** Whether a side of a change is a lead alone, manner adverbs and action verbs (大力, 加快 → 推动), or nothing. */
const isLead = (text: string) => leadLength(text) === text.length;
/** A lead dropped, put in, or swapped for one of its kind: a verb for a verb, an adverb for an adverb. */
const sameLead = (removed: string, added: string) => isLead(removed) && isLead(added) && (removed === '' || added === '' || !mannerAtEnd(removed) === !mannerAtEnd(added));
const pureChange = (run: Run | undefined) => run !== undefined && !run.kept && (size(run.removed) === 0 || size(run.added) === 0);
/** Kept wording between runs `from` and `to`. */
const keptWithin = (runs: Run[], from: number, to: number) =>
	content(
		runs
			.slice(from, to + 1)
			.filter(r => r.kept)
			.map(r => r.text)
			.join(''),
	).length;

function phraseOf(runs: Run[], kinds: Kind[], small: number[], first: number, oldText: string, newText: string, names: Set<string>, options: FormulationOptions): FoundFormulation | null {
	const from = small[0];
	let to = small.at(-1)!;
	// Wording after the phrase reaches across a word that only moved (着力解决[拖欠]企业账款{拖欠}问题).
	while (runs[to + 1]?.kept && runs[to + 2] && onlyMoved(runs[to + 2])) to += 2;
	const start = runs[from];
	if (start.oldAt < (options.oldLead ?? 0) || start.newAt < (options.newLead ?? 0)) return null;
	for (const k of small) {
		if (insideTitle(oldText, runs[k].oldAt) || insideTitle(newText, runs[k].newAt)) return null;
		const sides = [content(runs[k].removed), content(runs[k].added)];
		// A word of a name is the name's only where the clause says it (农村 of 中央农村工作领导小组 is no name in 持续推进农村移风易俗).
		const said = (name: string) => oldText.includes(name) || newText.includes(name);
		if (sides.some(side => side.length >= 2 && [...names].some(name => side.includes(name) || (name.includes(side) && said(name))))) return null;
	}
	const previous = runs[from - 1];
	let next = runs[to + 1];
	let before = previous?.kept ? leftContext(previous.text) : '';
	let after = next?.kept ? rightContext(next.text) : '';
	if (from < first) {
		const {removed, added} = runs[from];
		if (/^《/u.test(next?.text ?? '') || NAMED.test(after)) return null;
		const lead = (word: string | undefined, text: string) => word !== undefined && word !== '' && content(text).startsWith(word);
		const pure = content(removed) === '' || content(added) === '';
		if (pure && (lead(options.oldListLead, removed) || lead(options.newListLead, added))) return null;
	}
	// A lead changed, too little wording after it, reads on across a qualifier put in or dropped beside
	// it (大力加强[新时代]农村精神文明建设, 加快[经济社会发展]全面绿色转型): the phrase is what the lead
	// governs. Words dropped with a time word or an item (…[和]…, 、) are a list's, not a qualifier; a
	// verb swapped for an adverb (支持 → 更好[满足居民]) moved the verb into the words put in.
	const short = () => content(before + after).length + keptWithin(runs, from, to) < MIN_CONTEXT;
	const besideAt = after === (next?.kept ? next.text : '') ? to + (next?.kept ? 2 : 1) : -1;
	const leads = small.every(k => sameLead(content(runs[k].removed), content(runs[k].added)));
	const qualifier = (run: Run | undefined) => pureChange(run) && !/[和、，,]/u.test(run!.removed + run!.added);
	if (short() && leads && kinds[besideAt] === 'large' && qualifier(runs[besideAt]) && runs[besideAt + 1]?.kept) {
		to = besideAt;
		next = runs[to + 1];
		after = rightContext(next.text);
	}
	const inner = runs.slice(from, to + 1);
	const innerKept = keptWithin(runs, from, to);
	if (short()) {
		// A short item of a list (讲话[高屋建瓴→立意高远]、思想深邃) reads in the item beside it, when
		// nothing else in the item changed (高举旗帜、{凝心聚力、求}真[抓实干→务实] is a list rewritten):
		// the kept wording on each side reaches the clause's end or punctuation.
		const wholeLeft = from <= 1 || before.length < previous.text.length;
		const wholeRight = to + 2 >= runs.length || after.length < next.text.length;
		if (!wholeLeft || !wholeRight) return null;
		before = previous?.kept ? leftContext(previous.text, 1) : '';
		after = next?.kept ? rightContext(next.text, 1) : '';
		if (content(before + after).length + innerKept < MIN_CONTEXT) return null;
	}
	const [oldSide, newSide] = [sideOf(before, inner, after, 'removed'), sideOf(before, inner, after, 'added')];
	// Only the verb and a generic noun shared (落实好[宏观→企业帮扶]政策): two formulations, not one changed.
	// Qualifiers only dropped (增强[经济]发展[内生]动力) or only put in leave the shorter side whole: what it
	// is about, a word or more of its own, is what the longer side was about.
	const within = (shorter: {text: string}, put: 'removed' | 'added') => inner.every(r => r.kept || content(r[put]) === '') && distinctiveLength(shorter.text) >= MIN_OWN;
	const about = (side: {text: string; kept: boolean[]}) => distinctiveKept(side.text, side.kept) >= MIN_DISTINCTIVE_KEPT;
	if (!((within(newSide, 'added') || about(oldSide)) && (within(oldSide, 'removed') || about(newSide)))) return null;
	return {old: oldSide.text, new: newSide.text, oldAt: start.oldAt - before.length, newAt: start.newAt - before.length};
}
