// Formulations changed by a few characters (育新机 → 育先机, 以习近平同志为总书记的党中央 → …为核心的…):
// found in the redline of each pair of corresponding sentences, as places where at most three
// characters went and at most three came, inside wording that otherwise stayed.
import type {DiffPart} from './types.ts';
import {isContentChar, isHanChar} from './text.ts';

/** At most this many characters removed, and at most this many added, in one place. */
export const MAX_CHANGE = 3;
/** Kept runs this short (in characters of content) join the changes on either side into one place. */
const JOIN = 2;
/** Context kept around a change on each side, up to the nearest punctuation. */
const CONTEXT = 10;
/** Wording that must stay around a change, both sides together, for it to count. */
const MIN_CONTEXT = 4;

// Numbers, dates, times and ordinals change from one meeting to the next by design.
const NUMERIC = /^[\d〇零一二三四五六七八九十百千万亿两年月日号届次第上下午时分]+$/u;
// Time words alone: 做好纪检监察工作 → 做好今年纪检监察工作 says when, not what.
const TIME = /^(今年|明年|去年|当年|当前|目前|今后|近年|年度)+$/u;
// Grammatical words alone (的, 了, 这次, 要 → 让) do not make a formulation.
const FUNCTIONAL = /^[的了着地得之这那此次其和与及并也都而又要让把将被在对于以]+$/u;

export interface FoundFormulation {
	old: string;
	new: string;
	/** Offset in the old and new sentence where the change begins. */
	oldAt: number;
	newAt: number;
}

export interface FormulationOptions {
	/** Names of people in either report: a changed name is not a formulation. */
	names?: Set<string>;
	/** Characters at the start of the old and new sentence that are a paragraph's lead (全会指出，). */
	oldLead?: number;
	newLead?: number;
}

const content = (text: string) => [...text].filter(isContentChar).join('');

function leftContext(text: string): string {
	let out = '';
	for (let k = text.length - 1; k >= 0 && out.length < CONTEXT; k--) {
		if (!isContentChar(text[k]) && !'“”'.includes(text[k])) break;
		out = text[k] + out;
	}
	return out;
}

function rightContext(text: string): string {
	let out = '';
	for (let k = 0; k < text.length && out.length < CONTEXT; k++) {
		if (!isContentChar(text[k]) && !'“”'.includes(text[k])) break;
		out += text[k];
	}
	return out;
}

function trivial(removed: string, added: string, names: Set<string>): boolean {
	const changed = removed + added;
	if (![...changed].some(isHanChar)) return true;
	if (NUMERIC.test(changed) || FUNCTIONAL.test(changed) || TIME.test(changed)) return true;
	for (const side of [removed, added]) {
		if (side.length >= 2 && [...names].some(name => name.includes(side))) return true;
	}
	return false;
}

/** Whether `at` falls inside 《…》: the name of a law or document, not a formulation. */
function insideTitle(text: string, at: number): boolean {
	return text.lastIndexOf('《', at) > text.lastIndexOf('》', at - 1);
}

type Segment = {type: DiffPart['type']; text: string; oldAt: number; newAt: number};

/** Places in segments[from..to]: changes joined by kept runs of at most `join` characters. */
function places(segments: Segment[], from: number, to: number, join: number): [number, number][] {
	const found: [number, number][] = [];
	let k = from;
	while (k <= to) {
		if (segments[k].type === 'same') {
			k++;
			continue;
		}
		let end = k;
		for (;;) {
			const next = segments[end + 1];
			if (!next || end + 1 > to) break;
			if (next.type !== 'same') {
				end++;
				continue;
			}
			const then = segments[end + 2];
			if (!then || end + 2 > to || then.type === 'same' || next.text.length > join || !/^[\p{L}\p{N}]+$/u.test(next.text)) break;
			end += 2;
		}
		found.push([k, end]);
		k = end + 1;
	}
	return found;
}

/** The changed formulations in the raw (untidied) redline of one pair of sentences or clauses. */
export function formulationsIn(parts: DiffPart[], options: FormulationOptions = {}): FoundFormulation[] {
	const names = options.names ?? new Set<string>();
	const segments: Segment[] = [];
	let oldAt = 0;
	let newAt = 0;
	for (const part of parts) {
		segments.push({...part, oldAt, newAt});
		if (part.type !== 'added') oldAt += part.text.length;
		if (part.type !== 'removed') newAt += part.text.length;
	}
	const oldText = parts.filter(p => p.type !== 'added').map(p => p.text).join('');
	const newText = parts.filter(p => p.type !== 'removed').map(p => p.text).join('');
	const found: FoundFormulation[] = [];
	// A place too big to be one formulation may hold smaller ones: look again with less joined.
	const look = (from: number, to: number, join: number) => {
		for (const [k, end] of places(segments, from, to, join)) {
			const place = segments.slice(k, end + 1);
			const removed = content(place.filter(s => s.type === 'removed').map(s => s.text).join(''));
			const added = content(place.filter(s => s.type === 'added').map(s => s.text).join(''));
			if (removed.length > MAX_CHANGE || added.length > MAX_CHANGE) {
				if (join > 0 && end > k) look(k, end, join - 1);
				continue;
			}
			const previous = segments[k - 1];
			const next = segments[end + 1];
			// A kept run of one character between this change and another belongs to both: the
			// place is part of a bigger rewrite (深入推进 → 纵深推进 is not 入 → ∅).
			if ((previous && previous.text.length < 2 && segments[k - 2]) || (next && next.text.length < 2 && segments[end + 2])) continue;
			const before = previous?.type === 'same' ? leftContext(previous.text) : '';
			const after = next?.type === 'same' ? rightContext(next.text) : '';
			const start = segments[k];
			const inLead = start.oldAt < (options.oldLead ?? 0) || start.newAt < (options.newLead ?? 0);
			if (content(before + after).length < MIN_CONTEXT || inLead || trivial(removed, added, names)) continue;
			if (insideTitle(oldText, start.oldAt) || insideTitle(newText, start.newAt)) continue;
			const oldMid = place.filter(s => s.type !== 'added').map(s => s.text).join('');
			const newMid = place.filter(s => s.type !== 'removed').map(s => s.text).join('');
			found.push({old: before + oldMid + after, new: before + newMid + after, oldAt: start.oldAt - before.length, newAt: start.newAt - before.length});
		}
	};
	look(0, segments.length - 1, JOIN);
	return found;
}
