// Display width of report text: Chinese characters take two columns.
//
// string-width is exact for every grapheme (emoji sequences, marks, jamo) but costs a large share of
// a pipe command's start-up just to load (its emoji pattern is compiled when the module loads).
// So plain report text is measured per code point here; the browser, which needs every cluster
// right, installs string-width before it draws; commands printing to a pipe use a close
// approximation for the rare text that is not plain.
import {eastAsianWidth} from 'get-east-asian-width';

let fullWidth: ((text: string) => number) | null = null;

/** Load string-width for exact widths of emoji and combining sequences (the browser does). */
export async function installFullWidth(): Promise<void> {
	fullWidth ??= (await import('string-width')).default;
}

let segmenter: Intl.Segmenter | null = null;

export function graphemes(text: string): string[] {
	segmenter ??= new Intl.Segmenter('zh', {granularity: 'grapheme'});
	return Array.from(segmenter.segment(text), s => s.segment);
}

/**
 * Text made only of characters that are one code point, one grapheme and never emoji — nearly all
 * report text — is measured per code point, many times faster than a full grapheme analysis.
 */
const PLAIN = /^[\x20-\x7e\u00a0-\u024f\u2010-\u2027\u2030-\u205e\u2460-\u25ff\u3000-\u303f\u3040-\u3098\u309b-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff01-\uffe6]*$/;
const INVISIBLE = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}\p{Default_Ignorable_Code_Point}]$/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

/** string-width's rules in brief: invisible clusters take nothing, emoji two, the rest by East Asian width. */
function approximateWidth(text: string): number {
	let width = 0;
	for (const cluster of graphemes(text)) {
		const visible = [...cluster].find(ch => !INVISIBLE.test(ch));
		if (visible === undefined) continue;
		const code = visible.codePointAt(0)!;
		width += PICTOGRAPHIC.test(cluster) && (code >= 0x1f000 || cluster.includes('\ufe0f') || cluster.includes('\u200d')) ? 2 : eastAsianWidth(code);
	}
	return width;
}

export function displayWidth(text: string): number {
	if (!PLAIN.test(text)) return fullWidth ? fullWidth(text) : approximateWidth(text);
	let width = 0;
	for (let i = 0; i < text.length; i++) width += eastAsianWidth(text.charCodeAt(i));
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
	for (const g of graphemes(text)) {
		const w = displayWidth(g);
		if (used + w > width - 1) break;
		out += g;
		used += w;
	}
	return out + '…';
}

/** Pad with spaces to `width` columns (Chinese counts two): for aligned columns of mixed text. */
export function padToWidth(text: string, width: number): string {
	return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
