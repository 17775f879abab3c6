// The raw redline of a clause pair read as runs: kept wording and changes, each change with what
// it removed and added and where it starts on each side. A change is read as the reader would:
// split by one kept character it is one change (深入 → 纵深), and a manner adverb swapped for words
// put in and another adverb is the words put in and the adverb swapped; items dropped or put in
// after a phrase at the clause's end are not the phrase's change.
import type {DiffPart} from './types.ts';
import {actionAtStart, isManner, leadLength, mannerAtEnd} from './distinctive.ts';
import {content, MAX_SWAP, size, trivialSide} from './wording.ts';
import {HAN} from '../text/han.ts';

export interface Run {
	kept: boolean;
	removed: string;
	added: string;
	/** Kept text (for kept runs). */
	text: string;
	/** The closing words of an adverbial frame put around the phrase (以…[为导向…], 在…[上…]): the frame's, not the phrase's. */
	frame?: boolean;
	/** The change as the reports have it, when a word it moved within the clause is left out of `removed` and `added`. */
	shown?: {removed: string; added: string};
	oldAt: number;
	newAt: number;
}

/** Kept runs and change runs; a change split by one kept character is one change (深入 → 纵深). */
export function runsOf(parts: DiffPart[]): Run[] {
	const runs: Run[] = [];
	let oldAt = 0;
	let newAt = 0;
	for (const part of parts) {
		const last = runs.at(-1);
		if (part.type === 'same') runs.push({kept: true, removed: '', added: '', text: part.text, oldAt, newAt});
		else if (last && !last.kept) last[part.type] += part.text;
		else runs.push({kept: false, removed: part.type === 'removed' ? part.text : '', added: part.type === 'added' ? part.text : '', text: '', oldAt, newAt});
		if (part.type !== 'added') oldAt += part.text.length;
		if (part.type !== 'removed') newAt += part.text.length;
	}
	// A manner adverb swapped for words put in and another adverb (深入 → 全体政协委员认真) is words
	// put before the phrase and the adverb swapped: the diff cannot tell them apart.
	for (let k = 0; k < runs.length; k++) {
		const {kept, removed, added, oldAt, newAt} = runs[k];
		if (kept || added.length <= removed.length || !isManner(content(removed))) continue;
		const adverb = mannerAtEnd(added);
		if (!adverb || adverb === added) continue;
		const put = added.slice(0, -adverb.length);
		runs.splice(k, 1, {kept, removed: '', added: put, text: '', oldAt, newAt}, {kept, removed, added: adverb, text: '', oldAt, newAt: newAt + put.length});
	}
	splitLead(runs);
	const items = splitItems(runs);
	for (let k = 1; k + 1 < runs.length; k++) {
		const [before, kept, after] = [runs[k - 1], runs[k], runs[k + 1]];
		if (before.kept || !kept.kept || after.kept || content(kept.text).length > 1) continue;
		const merged = before.removed + kept.text + after.removed;
		const mergedAdded = before.added + kept.text + after.added;
		if (size(merged) > MAX_SWAP || size(mergedAdded) > MAX_SWAP) continue;
		runs.splice(k - 1, 3, {...before, removed: merged, added: mergedAdded});
		k--;
	}
	if (items) rejoinUnevenItems(runs, items);
	splitFrame(runs);
	splitTopic(runs);
	dropHead(runs);
	leaveOutMoved(runs);
	return runs;
}

/**
 * A lead swapped for another, a qualifier of what follows put in or dropped right after it
 * (持续推进[农村]移风易俗 → 积极开展移风易俗, 加快[经济社会发展]全面绿色转型 → 推动全面绿色转型), is two
 * changes the diff merges into one, no character shared: the lead swapped for one as long, and the
 * qualifier. A lead swapped for a longer one (努力实现 → 全面完成) is read whole.
 */
function splitLead(runs: Run[]): void {
	for (let k = 0; k < runs.length; k++) {
		const run = runs[k];
		if (run.kept || run.removed === '' || run.added === '') continue;
		for (const side of ['removed', 'added'] as const) {
			const other = side === 'removed' ? 'added' : 'removed';
			const lead = leadLength(run[side]);
			if (lead === 0 || lead !== run[other].length || lead === run[side].length || leadLength(run[other]) !== lead) continue;
			const qualifier: Run = {...run, removed: '', added: '', [side]: run[side].slice(lead)};
			run[side] = run[side].slice(0, lead);
			if (side === 'removed') qualifier.oldAt += lead;
			else qualifier.newAt += lead;
			runs.splice(k + 1, 0, qualifier);
			break;
		}
	}
}

/**
 * A change at the clause's end that also drops or adds the items after it (履[行]职[能、凝心聚力→尽责])
 * is two: the phrase's change, and the items (、凝心聚力), which say nothing of the phrase. Returns
 * the items' run, or undefined.
 */
function splitItems(runs: Run[]): Run | undefined {
	const last = runs.at(-1);
	if (!last || last.kept) return undefined;
	for (const side of ['removed', 'added'] as const) {
		const other = side === 'removed' ? 'added' : 'removed';
		const at = last[side].indexOf('、');
		if (at <= 0 || last[other].includes('、')) continue;
		const items: Run = {kept: false, removed: '', added: '', text: '', oldAt: last.oldAt, newAt: last.newAt, [side]: last[side].slice(at)};
		last[side] = last[side].slice(0, at);
		items.oldAt += last.removed.length;
		items.newAt += last.added.length;
		runs.push(items);
		return items;
	}
	return undefined;
}

/**
 * Only a change to an item as long as the one it replaced (履行职能 → 履职尽责) is the phrase's; one
 * longer or shorter (产业布局 → 产品、市场和服务体系) rewrote the list, and stays one change with it.
 */
function rejoinUnevenItems(runs: Run[], items: Run): void {
	const change = runs.at(-2);
	if (runs.at(-1) !== items || !change || change.kept || size(change.removed) === size(change.added)) return;
	change.removed += items.removed;
	change.added += items.added;
	runs.pop();
}

/** An adverbial frame: its opening preposition and how its closing words start. */
const FRAMES: [string, string][] = [
	['以', '为'],
	['在', '上'],
];

/**
 * A phrase put into an adverbial frame (精准运用“四种形态” → 以规范运用“四种形态”为导向严格纪律执行,
 * 规范运用… → 在准确运用…上巩固深化) keeps its wording: the frame's preposition is set apart from the
 * swap it opens, and its closing words at the clause's end are marked as the frame's.
 */
function splitFrame(runs: Run[]): void {
	const [head, tail] = [runs[0], runs.at(-1)];
	if (!head || !tail || head.kept || tail.kept || runs.length < 3) return;
	for (const side of ['removed', 'added'] as const) {
		const other = side === 'removed' ? 'added' : 'removed';
		const frame = FRAMES.find(([open, close]) => head[side].startsWith(open) && tail[side].startsWith(close) && tail[other] === '');
		// A frame that closes the clause with nothing after it (坚持深化改革开放 → 在全面深化改革开放上，…)
		// made the task the topic of what follows: another sentence.
		if (!frame || head[side].length === 1 || tail[side].length === 1 || head[other] === '' || head[other].startsWith(frame[0])) continue;
		const opening: Run = {...head, removed: '', added: '', [side]: frame[0]};
		head[side] = head[side].slice(1);
		if (side === 'removed') head.oldAt++;
		else head.newAt++;
		tail.frame = true;
		runs.unshift(opening);
		return;
	}
}

/** What a topic is told to do (积极的财政政策[要适度加力…]): the comment of a topic-first clause. */
const COMMENT = new RegExp(`^要${HAN}`, 'u');

/**
 * A phrase said first as a topic (积极的财政政策要适度加力 → 要实施更加积极的财政政策, 稳健的货币政策
 * 要灵活适度 → 要实施适度宽松的货币政策) is rebuilt around its noun, as the object of a verb put
 * before it: the comment dropped and the verb put in are the clause's frame, and what changed
 * inside the phrase (更加 put in, 稳健 → 适度宽松) is its wording.
 */
function splitTopic(runs: Run[]): void {
	const [head, tail] = [runs[0], runs.at(-1)];
	if (!head || !tail || head.kept || tail.kept || runs.length < 3) return;
	for (const side of ['removed', 'added'] as const) {
		const other = side === 'removed' ? 'added' : 'removed';
		if (!COMMENT.test(tail[side]) || tail[other] !== '') continue;
		const modal = head[other].startsWith('要') ? '要' : '';
		const verb = actionAtStart(head[other].slice(modal.length));
		if (!verb) continue;
		const frame = modal + verb;
		const opening: Run = {...head, removed: '', added: '', [other]: frame, frame: true};
		head[other] = head[other].slice(frame.length);
		if (other === 'removed') head.oldAt += frame.length;
		else head.newAt += frame.length;
		tail.frame = true;
		runs.unshift(opening);
		return;
	}
}

/**
 * The head noun of a clause's object dropped at its end, its lead verb swapped and nothing else
 * changed (保持以党的自我革命引领社会革命[的高度自觉] → 坚持以党的自我革命引领社会革命): what the
 * object was said of became the object, the phrase kept; the ending is the clause's frame. An ending
 * put in (坚持以人民为中心 → 践行以人民为中心的发展思想) makes the phrase a qualifier of another object.
 */
function dropHead(runs: Run[]): void {
	if (runs.length !== 3) return;
	const [head, middle, tail] = runs;
	if (head.kept || head.removed === '' || head.added === '' || !middle.kept || tail.kept) return;
	if (tail.added === '' && tail.removed.startsWith('的')) tail.frame = true;
}

/** Whether a run is a change whose every word only moved within the clause. */
export const onlyMoved = (run: Run) => !run.kept && run.shown !== undefined && run.removed === '' && run.added === '';

/**
 * A word dropped in one place of a clause and put in at another, nothing else changed in either
 * place (着力解决[拖欠]企业账款{拖欠}问题 → 常态化…), moved: word order beside the phrase's change, not
 * a rewrite of the clause. It is left out of both changes, which keep it in `shown`. A move that is
 * the clause pair's only change is the change (严峻复杂 → 复杂严峻, 加快建设X → 加快X建设).
 */
function leaveOutMoved(runs: Run[]): void {
	const changes = runs.filter(run => !run.kept);
	const dropped = changes.find(run => run.added === '' && size(run.removed) >= 2 && changes.some(put => put.removed === '' && put.added === run.removed));
	if (!dropped) return;
	const put = changes.find(run => run.removed === '' && run.added === dropped.removed)!;
	const says = (run: Run) => !trivialSide(content(run.removed)) || !trivialSide(content(run.added));
	if (!changes.some(run => run !== dropped && run !== put && says(run))) return;
	for (const run of [dropped, put]) {
		run.shown = {removed: run.removed, added: run.added};
		run.removed = run.added = '';
	}
}
