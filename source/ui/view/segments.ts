// A screen row as styled pieces of text, fitted to an exact width by display columns: when the
// pieces are too wide the row is cut at a grapheme and ends in …, and every row is padded so it
// overwrites what was on screen before.
import {displayWidth} from '../../text/width.ts';
import {graphemes} from '../../text/graphemes.ts';

export interface Segment<S = string> {
	text: string;
	style: S;
}

export function fitSegments<S>(segments: Segment<S>[], width: number, padStyle: S): Segment<S>[] {
	if (width <= 0) return [];
	const total = segments.reduce((sum, s) => sum + displayWidth(s.text), 0);
	const out: Segment<S>[] = [];
	let used = 0;
	if (total <= width) {
		for (const s of segments) if (s.text) out.push(s);
		used = total;
	} else {
		const ellipsis = displayWidth('…');
		const budget = width - ellipsis;
		let lastStyle = segments[0]?.style ?? padStyle;
		outer: for (const s of segments) {
			let text = '';
			for (const g of graphemes(s.text)) {
				const w = displayWidth(g);
				if (used + w > budget) {
					if (text) out.push({text, style: s.style});
					lastStyle = s.style;
					break outer;
				}
				text += g;
				used += w;
			}
			if (text) out.push({text, style: s.style});
			lastStyle = s.style;
		}
		out.push({text: '…', style: lastStyle});
		used += ellipsis;
	}
	if (used < width) out.push({text: ' '.repeat(width - used), style: padStyle});
	return out;
}
