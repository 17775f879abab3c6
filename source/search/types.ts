// The shapes the search engine hands out. Offsets are UTF-16 code units into the ORIGINAL text
// of the place that matched, so a caller can highlight without knowing how the match was made.

export type HitKind = 'section' | 'measure' | 'person' | 'body' | 'term';

export const HIT_KINDS: readonly HitKind[] = ['section', 'measure', 'person', 'body', 'term'];

/** A matched stretch, end exclusive. */
export interface Range {
	start: number;
	end: number;
}

export interface Place {
	kind: HitKind;
	/** Which report of the index the place belongs to: 0 when one report was indexed. */
	report: number;
	/** Section id, measure id, or the 0-based position in report.people / bodies / terms. */
	id: number;
	/** The section id the text sits in (sections and measures), else null. */
	section: number | null;
}

/** One searchable text: what a hit points at. */
export interface Entry extends Place {
	/** Section text, measure text, `name role role…` for a person, body name, term text. */
	text: string;
}

export interface Context {
	/** About a line of the text around the first match, '…' marking cuts, newlines as spaces. */
	text: string;
	/** The matches that fall inside `text`, as offsets into it. */
	ranges: Range[];
}

export interface Hit extends Entry {
	/** Every match inside `text`, sorted, not overlapping. */
	ranges: Range[];
	context: Context;
}

export interface SearchOptions {
	/** Search only these kinds (list filtering); all kinds when absent. */
	kinds?: readonly HitKind[];
}
