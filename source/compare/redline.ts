// The character-level redline inside one pair of sentences (jsdiff's diffChars on two short
// strings, never on whole documents), tidied so that a one-character coincidence in the middle of
// a rewrite does not split it into confetti.
import {diffChars} from 'diff';
import type {DiffPart} from './types.ts';
import {fold} from './text.ts';

/** Guards the diff of two long, unrelated sentences; past it the pair is shown as replaced. */
const MAX_EDIT = 4000;

/**
 * The redline of two sentences, characters that differ only in width or case (人) → 人）, 1361 → １３６１)
 * kept: reports of one body reach us from pages typed both ways. Kept text reads as the new report has it.
 */
export function rawParts(oldText: string, newText: string): DiffPart[] {
	if (oldText === newText) return oldText === '' ? [] : [{type: 'same', text: oldText}];
	const changes = diffChars(fold(oldText), fold(newText), {maxEditLength: MAX_EDIT});
	if (!changes) return [...(oldText ? [{type: 'removed' as const, text: oldText}] : []), ...(newText ? [{type: 'added' as const, text: newText}] : [])];
	// fold() maps one character to one, so offsets into the folded texts read the reports' own characters.
	let [oldAt, newAt] = [0, 0];
	return changes.map(c => {
		const length = c.value.length;
		if (c.removed) return {type: 'removed', text: oldText.slice(oldAt, (oldAt += length))};
		const text = newText.slice(newAt, (newAt += length));
		if (!c.added) oldAt += length;
		return {type: c.added ? 'added' : 'same', text};
	});
}

interface Hunk {
	removed: string;
	added: string;
}

type Run = {same: string} | Hunk;

const isSame = (run: Run): run is {same: string} => 'same' in run;

export function toRuns(parts: DiffPart[]): Run[] {
	const runs: Run[] = [];
	for (const part of parts) {
		const last = runs.at(-1);
		if (part.type === 'same') runs.push({same: part.text});
		else if (last && !isSame(last)) last[part.type] += part.text;
		else runs.push(part.type === 'removed' ? {removed: part.text, added: ''} : {removed: '', added: part.text});
	}
	return runs;
}

function fromRuns(runs: Run[]): DiffPart[] {
	const parts: DiffPart[] = [];
	for (const run of runs) {
		if (isSame(run)) {
			if (run.same) parts.push({type: 'same', text: run.same});
			continue;
		}
		if (run.removed) parts.push({type: 'removed', text: run.removed});
		if (run.added) parts.push({type: 'added', text: run.added});
	}
	return parts;
}

/**
 * Folds a short kept run into the changes on both sides of it when it is no longer than either
 * change (the rule of diff-match-patch's semantic cleanup), so 持续深入 → 纵深 reads as one change.
 */
export function tidyParts(parts: DiffPart[]): DiffPart[] {
	const runs = toRuns(parts);
	let changed = true;
	while (changed) {
		changed = false;
		for (let k = 1; k + 1 < runs.length; k++) {
			const [before, kept, after] = [runs[k - 1], runs[k], runs[k + 1]];
			if (!isSame(kept) || isSame(before) || isSame(after)) continue;
			const size = kept.same.length;
			if (size > Math.max(before.removed.length, before.added.length) || size > Math.max(after.removed.length, after.added.length)) continue;
			runs.splice(k - 1, 3, {removed: before.removed + kept.same + after.removed, added: before.added + kept.same + after.added});
			changed = true;
			break;
		}
	}
	return fromRuns(runs);
}

/** A number reads as one: 1[-27-]{+32+} becomes [-127-]{+132+}. */
export function wholeNumbers(parts: DiffPart[]): DiffPart[] {
	const runs = toRuns(parts);
	for (let k = 0; k < runs.length; k++) {
		const run = runs[k];
		if (isSame(run) || !/\d/.test(run.removed + run.added)) continue;
		const before = runs[k - 1];
		const after = runs[k + 1];
		if (before && isSame(before)) {
			const digits = /\d+$/.exec(before.same)?.[0] ?? '';
			if (digits && /^\d/.test(run.removed || run.added)) {
				before.same = before.same.slice(0, -digits.length);
				run.removed = digits + run.removed;
				run.added = digits + run.added;
			}
		}
		if (after && isSame(after)) {
			const digits = /^\d+/.exec(after.same)?.[0] ?? '';
			if (digits && /\d$/.test(run.removed || run.added)) {
				after.same = after.same.slice(digits.length);
				run.removed += digits;
				run.added += digits;
			}
		}
	}
	return fromRuns(runs);
}

export function sentenceParts(oldText: string, newText: string): DiffPart[] {
	return wholeNumbers(tidyParts(rawParts(oldText, newText)));
}
