// Display width of report text: Chinese characters take two columns.
//
// string-width is exact for every grapheme (emoji sequences, marks, jamo) but costs ~25 ms of
// start-up just to load (its emoji pattern is compiled when the module loads). So plain report
// text is measured per code point here; the browser installs string-width before it draws a report
// that has other text; commands printing to a pipe use a close approximation for that rare text.
import {eastAsianWidth} from 'get-east-asian-width';
import {boundedPieces, graphemes, isPlain, isPlainLines, SEGMENT_CHUNK} from './graphemes.ts';

let fullWidth: ((text: string, options?: {ambiguousIsNarrow?: boolean}) => number) | null = null;

/** East Asian ambiguous characters (“ ” … · ①): one column, or two as CJK terminals may be set. */
let ambiguous = {ambiguousAsWide: false};

/** Count ambiguous-width characters as two columns (the setting ambiguousWide). Set before drawing. */
export function setAmbiguousWide(wide: boolean): void {
	ambiguous = {ambiguousAsWide: wide};
}

/** Load string-width for exact widths of emoji and combining sequences. */
export async function installFullWidth(): Promise<void> {
	fullWidth ??= (await import('string-width')).default;
}

/** Whether `text` has clusters that only string-width measures exactly (emoji, marks, controls). */
export function needsFullWidth(text: string): boolean {
	return !isPlainLines(text);
}

const INVISIBLE = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}\p{Default_Ignorable_Code_Point}]$/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

/** string-width's rules in brief: invisible clusters take nothing, emoji two, the rest by East Asian width. */
function approximateWidth(text: string): number {
	let width = 0;
	for (const cluster of graphemes(text)) {
		const visible = [...cluster].find(ch => !INVISIBLE.test(ch));
		if (visible === undefined) continue;
		const code = visible.codePointAt(0)!;
		width += PICTOGRAPHIC.test(cluster) && (code >= 0x1f000 || cluster.includes('\ufe0f') || cluster.includes('\u200d')) ? 2 : eastAsianWidth(code, ambiguous);
	}
	return width;
}

export function displayWidth(text: string): number {
	if (!isPlain(text)) {
		if (!fullWidth) return approximateWidth(text);
		const options = {ambiguousIsNarrow: !ambiguous.ambiguousAsWide};
		// string-width segments what it is given with Intl.Segmenter: bounded pieces, summed.
		if (text.length > SEGMENT_CHUNK) return boundedPieces(text).reduce((sum, piece) => sum + fullWidth!(piece, options), 0);
		return fullWidth(text, options);
	}
	let width = 0;
	for (let i = 0; i < text.length; i++) width += eastAsianWidth(text.charCodeAt(i), ambiguous);
	return width;
}

/** Cut `text` to at most `width` columns, ending in … when something was cut. */
export function truncate(text: string, width: number): string {
	if (width <= 0) return '';
	// Every visible character takes at least one column: only a prefix can ever show, and
	// measuring a whole paragraph to cut a label from it would be wasted work.
	const prefix = text.length > width * 4 ? text.slice(0, width * 4) : text;
	if (prefix === text && displayWidth(text) <= width) return text;
	if (prefix !== text && displayWidth(prefix) <= width) return displayWidth(text) <= width ? text : truncateFrom(text, width);
	return truncateFrom(prefix, width);
}

function truncateFrom(text: string, width: number): string {
	let out = '';
	let used = 0;
	const ellipsis = displayWidth('…');
	for (const g of graphemes(text)) {
		const w = displayWidth(g);
		if (used + w > width - ellipsis) break;
		out += g;
		used += w;
	}
	return out + '…';
}

/** Pad with spaces to `width` columns (Chinese counts two): for aligned columns of mixed text. */
export function padToWidth(text: string, width: number): string {
	return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
