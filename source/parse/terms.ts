// Quoted formulations: every distinct string between “…” or 「…」, in order of first appearance,
// with how often and in which sections it occurs.
import type {Section, Term} from '../model/report.ts';

const QUOTED = /“([^“”\n]{1,60})”|「([^「」\n]{1,60})」/g;

export function extractTerms(sections: Section[], title = ''): Term[] {
	const byText = new Map<string, Term>();
	const add = (text: string, section: number | null) => {
		let term = byText.get(text);
		if (!term) byText.set(text, (term = {text, count: 0, sections: []}));
		term.count++;
		if (section !== null && !term.sections.includes(section)) term.sections.push(section);
	};
	for (const m of title.matchAll(QUOTED)) add(m[1] ?? m[2], null);
	for (const section of sections) for (const m of section.text.matchAll(QUOTED)) add(m[1] ?? m[2], section.id);
	return [...byText.values()];
}
