// Quoted formulations: every distinct string between “…” or 「…」, in order of first appearance,
// with how often and in which sections it occurs.
import type {Section, Term} from '../model/report.ts';
import {matchesOf} from './matches.ts';
import {HAN_LETTER} from '../text/han.ts';

// A quotation of any length inside one paragraph: 「…」 also marks whole statements quoted in
// Hong Kong and Taiwan reprints, and LABELING.md counts every quoted string (61). RTHK writes the
// corner brackets half width: ｢總體國家安全觀｣ (799).
const QUOTED = /“([^“”\n]{1,600})”|「([^「」\n]{1,600})」|｢([^｢｣\n]{1,600})｣/g;
/**
 * Straight quotes, where a crawl or an outlet wrote them for “”: “三个代表” as "三个代表" (145), "十五五" (77),
 * "稳定" and "Aa3" (588, Deutsche Welle). Read only in a paragraph whose straight quotes pair up.
 */
const STRAIGHT = /"([^"\n]{1,600})"/g;
// Words, not markup a page left (src="s3://…", 607): Han characters, or a short code such as a rating (Aa3).
const wordsQuoted = (text: string) => HAN_LETTER.test(text) || /^[\w+.-]{1,8}$/u.test(text);
const straightPairs = (text: string) => text.includes('"') && (text.match(/"/g)?.length ?? 0) % 2 === 0;

/** `head`: the headline and deck lines, where quoted words count too (【“两会”动态】, 51). */
export function extractTerms(sections: Section[], head: readonly string[] = []): Term[] {
	const byText = new Map<string, Term>();
	const add = (text: string, section: number | null) => {
		let term = byText.get(text);
		if (!term) byText.set(text, (term = {text, count: 0, sections: []}));
		term.count++;
		if (section !== null && !term.sections.includes(section)) term.sections.push(section);
	};
	for (const line of head) for (const m of matchesOf(QUOTED, line)) add(m[1] ?? m[2] ?? m[3], null);
	for (const section of sections) {
		for (const m of matchesOf(QUOTED, section.text)) add(m[1] ?? m[2] ?? m[3], section.id);
		if (straightPairs(section.text)) for (const m of matchesOf(STRAIGHT, section.text)) if (wordsQuoted(m[1])) add(m[1], section.id);
	}
	return [...byText.values()];
}
