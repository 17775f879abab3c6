// The loaded text → paragraphs with their offsets. Reports mark paragraphs by newlines, by a
// full-width indent (　　) in the middle of a line, or — in feeds that lost their newlines — by a
// run of two or more spaces (ASCII, no-break, em or ideographic). A text with no marks at all
// is cut where a sentence opens with a lead phrase (。全会强调，), as its paragraphs would be.
import {LEAD_SUBJECTS, LEAD_VERBS} from './lexicon/leads.ts';

export interface Paragraph {
	/** Trimmed text, exactly as written inside. */
	text: string;
	/** Offset of `text` in the loaded text. */
	offset: number;
}

const BREAK = /\r\n|\r|\n|[ \u00a0]*\u3000{2,}|[ \u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|\t+/g;

export function splitParagraphs(text: string): Paragraph[] {
	const out: Paragraph[] = [];
	let start = 0;
	const push = (end: number) => {
		const raw = text.slice(start, end);
		const lead = raw.length - raw.replace(/^[\s\u3000\ufeff]+/, '').length;
		const body = raw
			.trim()
			.replace(/^[\u3000\ufeff]+|[\u3000]+$/g, '')
			.trim();
		if (body) out.push({text: body, offset: start + lead + Math.max(0, raw.slice(lead).indexOf(body))});
	};
	for (const match of text.matchAll(BREAK)) {
		push(match.index);
		start = match.index + match[0].length;
	}
	push(text.length);
	return out.flatMap(splitRunOn);
}

/** Longer than any paragraph a report writes: text whose paragraph marks were lost. */
const RUN_ON = 1500;
const SENTENCE_LEAD = new RegExp(`(?<=[。！？])(?=(?:${LEAD_SUBJECTS.join('|')})(?:${LEAD_VERBS.join('|')})[，：,:])`, 'g');

function splitRunOn(paragraph: Paragraph): Paragraph[] {
	if (paragraph.text.length <= RUN_ON) return [paragraph];
	const cuts = [0, ...Array.from(paragraph.text.matchAll(SENTENCE_LEAD), m => m.index), paragraph.text.length];
	const pieces: Paragraph[] = [];
	for (let i = 0; i + 1 < cuts.length; i++) {
		if (cuts[i + 1] > cuts[i]) pieces.push({text: paragraph.text.slice(cuts[i], cuts[i + 1]), offset: paragraph.offset + cuts[i]});
	}
	return pieces;
}
