// A template that shows nothing but its form fields may keep the story in a comment, left there for
// a script to fill in (a PHP view of a fire-safety site, 327). When the page shows no story, the
// longest comment of prose is read as it. No DOM here: the caller turns the markup into text.
import {HAN} from '../text/han.ts';

/** Fewer Han characters than this on show, and the page shows no story. */
const SHOWN_STORY = 100;
/** A comment holding at least this many Han characters, in sentences, holds prose. */
const COMMENTED_STORY = 200;

const HAN_CHAR = new RegExp(HAN, 'gu');

/** Whether `text` holds at least `count` Han characters, read only as far as the count-th: a whole
 * page's text is read on every load, and a list of each character it holds would be built for nothing. */
function holdsHan(text: string, count: number): boolean {
	HAN_CHAR.lastIndex = 0;
	let found = 0;
	while (found < count && HAN_CHAR.exec(text)) found++;
	return found >= count;
}

/** The markup of the story a comment keeps, when the text on show holds none; null otherwise. */
export function commentedStory(html: string, shown: string): string | null {
	if (holdsHan(shown, SHOWN_STORY)) return null;
	let best: string | null = null;
	// One pass: a comment never closed ends the search (a pattern would rescan the rest for each).
	for (let open = html.indexOf('<!--'); open >= 0;) {
		const close = html.indexOf('-->', open + 4);
		if (close < 0) break;
		const inner = html.slice(open + 4, close);
		if (holdsHan(inner, COMMENTED_STORY) && inner.includes('。') && (best === null || inner.length > best.length)) best = inner;
		open = html.indexOf('<!--', close + 3);
	}
	return best;
}
