// A line of context around a hit's first match, for result lists and `plenum search`.
import type {Context, Range} from './types.ts';

const BEFORE = 14;
const LENGTH = 50;

export function contextOf(text: string, ranges: readonly Range[]): Context {
	const first = ranges[0] ?? {start: 0, end: 0};
	let from = Math.max(0, first.start - BEFORE);
	let to = Math.min(text.length, Math.max(from + LENGTH, first.end));
	// Never cut a surrogate pair in half.
	if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from--;
	if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to++;
	const head = from > 0 ? '…' : '';
	const tail = to < text.length ? '…' : '';
	const shift = head.length - from;
	const inside = ranges.filter(r => r.end > from && r.start < to).map(r => ({start: Math.max(r.start, from) + shift, end: Math.min(r.end, to) + shift}));
	return {text: head + text.slice(from, to).replace(/[\r\n]/g, ' ') + tail, ranges: inside};
}

function isLowSurrogate(code: number): boolean {
	return code >= 0xdc00 && code <= 0xdfff;
}
