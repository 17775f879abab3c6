// Text helpers for comparing: one-for-one folding (so offsets survive), sentence splitting, and
// the character classes the redline cares about.

/** Full-width ASCII and the ideographic space to their narrow forms, Latin to lower case. */
export function fold(text: string): string {
	let out = '';
	for (let i = 0; i < text.length; i++) {
		let code = text.charCodeAt(i);
		if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
		else if (code === 0x3000) code = 0x20;
		if (code >= 0x41 && code <= 0x5a) code += 0x20;
		out += String.fromCharCode(code);
	}
	return out;
}

export function isHanChar(char: string): boolean {
	const code = char.charCodeAt(0);
	return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || code === 0x3007;
}

/** Han, Latin letters and digits: what carries meaning, as opposed to punctuation and spaces. */
export function isContentChar(char: string): boolean {
	return isHanChar(char) || /[\p{L}\p{N}]/u.test(char);
}

/** The text without punctuation or spaces, folded: what two sentences are compared by. */
export function contentOf(text: string): string {
	let out = '';
	for (const char of fold(text)) if (isContentChar(char)) out += char;
	return out;
}

/** Non-overlapping occurrences of `needle` in `haystack`. */
export function countOccurrences(haystack: string, needle: string): number {
	if (needle === '') return 0;
	let count = 0;
	for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
	return count;
}

export interface ComparedSentence {
	/** Position in the report's list of sentences. */
	index: number;
	section: number;
	/** Offset of the sentence in its section's text. */
	start: number;
	text: string;
	/** Folded, punctuation and spaces removed. */
	content: string;
}

const END = /[。！？!?；;]/;
const CLOSERS = /[”’」』）)》】 \t\u3000]/;

/** Sentences of every section, in document order; a sentence keeps its end mark and closing quotes. */
export function splitSentences(sections: {id: number; text: string}[]): ComparedSentence[] {
	const sentences: ComparedSentence[] = [];
	for (const section of sections) {
		const text = section.text;
		let start = 0;
		const push = (end: number) => {
			const raw = text.slice(start, end);
			const lead = raw.length - raw.trimStart().length;
			const trimmed = raw.trim();
			const content = contentOf(trimmed);
			if (content !== '') sentences.push({index: sentences.length, section: section.id, start: start + lead, text: trimmed, content});
			start = end;
		};
		for (let i = 0; i < text.length; i++) {
			if (!END.test(text[i]) && text[i] !== '\n') continue;
			let end = i + 1;
			while (end < text.length && CLOSERS.test(text[end]) && text[end] !== '\n') end++;
			push(end);
			i = end - 1;
		}
		if (start < text.length) push(text.length);
	}
	return sentences;
}
