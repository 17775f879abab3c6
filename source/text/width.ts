// Display width of report text: Chinese characters take two columns.
import stringWidth from 'string-width';

const segmenter = new Intl.Segmenter('zh', {granularity: 'grapheme'});

export function displayWidth(text: string): number {
	return stringWidth(text);
}

export function graphemes(text: string): string[] {
	return Array.from(segmenter.segment(text), s => s.segment);
}

/** Cut `text` to at most `width` columns, ending in … when something was cut. */
export function truncate(text: string, width: number): string {
	if (width <= 0) return '';
	if (stringWidth(text) <= width) return text;
	let out = '';
	let used = 0;
	for (const g of graphemes(text)) {
		const w = stringWidth(g);
		if (used + w > width - 1) break;
		out += g;
		used += w;
	}
	return out + '…';
}
