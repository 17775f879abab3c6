// What every list finder produces: lists of item spans inside one section's text. Items stay
// spans of the original text so that `start` can point back into the section.
import type {MeasureType} from '../../model/report.ts';

export interface Span {
	start: number;
	end: number;
}

export interface Item extends Span {
	section: number;
}

/** One list; its items usually sit in one section, but a paragraph series spans several. */
export interface List {
	group: string;
	type: MeasureType;
	items: Item[];
	/** Found inside one clause (宏观政策要稳、产业政策要准…): kept, but leaves that clause to enclosing lists. */
	inClause?: boolean;
}

export const inSection = (section: number, spans: (Span | null)[]): Item[] => spans.filter((s): s is Span => s !== null).map(s => ({section, ...s}));

const EDGE_SPACE = /[\s\u3000\u00a0]/;
const TRAILING = new Set(['，', ',', '；', ';', '。', '：', ':', '、', '！', '!', '？', '?']);

/** The span with surrounding spaces and closing punctuation removed; null when nothing is left. */
export function tidy(text: string, start: number, end: number): Span | null {
	while (start < end && EDGE_SPACE.test(text[start])) start++;
	while (end > start && (EDGE_SPACE.test(text[end - 1]) || TRAILING.has(text[end - 1]))) end--;
	return end > start ? {start, end} : null;
}

// 要 opens a modal (要坚持…), but 要求/要素/要点… are nouns; those keep their 要.
const MODAL = /^(?:必须|要(?![求素点害是么闻务领件]))/;

/** Length of a leading modal 要 or 必须, which the list rules ignore. */
export function modalLength(text: string, at: number): number {
	const match = MODAL.exec(text.slice(at, at + 3));
	return match ? match[0].length : 0;
}

export function withoutModal<T extends Span>(text: string, item: T): T {
	const n = modalLength(text, item.start);
	return n > 0 && item.end - item.start > n ? {...item, start: item.start + n} : item;
}

/** Claimed spans per section, so that a list found by an earlier rule is not found again. */
export class Claims {
	// Claimed spans never overlap, so sorted by start they are sorted by end too.
	private readonly spans = new Map<number, Span[]>();

	private firstEndingAfter(taken: Span[], at: number): number {
		let lo = 0;
		let hi = taken.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (taken[mid].end <= at) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	overlaps(items: readonly Item[]): boolean {
		return items.some(item => {
			const taken = this.spans.get(item.section);
			if (!taken) return false;
			const k = this.firstEndingAfter(taken, item.start);
			return k < taken.length && taken[k].start < item.end;
		});
	}

	take(list: List): boolean {
		if (list.items.length === 0 || this.overlaps(list.items)) return false;
		if (list.inClause) return true;
		for (const item of list.items) {
			const taken = this.spans.get(item.section) ?? [];
			taken.splice(this.firstEndingAfter(taken, item.start), 0, {start: item.start, end: item.end});
			this.spans.set(item.section, taken);
		}
		return true;
	}
}
