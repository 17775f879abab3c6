// Where a name, a group or a quoted term occurs in a text: one answer for the parser (a person's
// sections), the reader's highlights, what copy, pipe and save take for a person, and the export.
// A person's name at the start of a doctrine's name (习近平新时代中国特色社会主义思想, 毛泽东思想,
// 邓小平理论) is that doctrine, not a mention of the person.

export interface Occurrence {
	start: number;
	end: number;
	/** Which of the needles this is. */
	needle: string;
}

/** What follows a name when the name begins a doctrine's name; traditional forms too. */
const DOCTRINE_AFTER_NAME = /^(?:新[时時]代中[国國]特色社[会會]主[义義]思想|(?:[强強][军軍]|[经經][济濟]|外交|生[态態]文明|法治|文化)思想|思想|理[论論]|主[义義])/u;

/** Whether the name ending at `nameEnd` begins a doctrine's name. */
export function isDoctrineAt(text: string, nameEnd: number): boolean {
	return DOCTRINE_AFTER_NAME.test(text.slice(nameEnd, nameEnd + 16));
}

const patterns = new Map<string, RegExp>();

function patternOf(needles: readonly string[]): RegExp {
	const key = needles.join('\u0000');
	let pattern = patterns.get(key);
	if (!pattern) {
		// Longest first, so a longer name is never read as a shorter one inside it; one pass over the
		// text for all the needles, however many (a long report names hundreds of people).
		const sorted = [...needles].sort((a, b) => b.length - a.length);
		pattern = new RegExp(sorted.map(needle => needle.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|'), 'gu');
		if (patterns.size > 256) patterns.clear();
		patterns.set(key, pattern);
	}
	return pattern;
}

/**
 * Every place in `text` where one of `needles` occurs, in order and never overlapping. With
 * `names`, a needle at the start of a doctrine's name is not counted.
 */
export function occurrencesOf(text: string, needles: readonly string[], options: {names?: boolean} = {}): Occurrence[] {
	return occurrenceFinder(needles, options)(text);
}

/**
 * occurrencesOf for one set of needles over many texts: the needles are sorted and compiled once,
 * not once a text (a long report asks for hundreds of names in each of thousands of sections).
 */
export function occurrenceFinder(needles: readonly string[], {names = false}: {names?: boolean} = {}): (text: string) => Occurrence[] {
	const wanted = [...new Set(needles.filter(Boolean))];
	if (wanted.length === 0) return () => [];
	const pattern = patternOf(wanted);
	return text => {
		const out: Occurrence[] = [];
		if (text.length === 0) return out;
		pattern.lastIndex = 0;
		for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
			const end = match.index + match[0].length;
			if (!(names && isDoctrineAt(text, end))) out.push({start: match.index, end, needle: match[0]});
			else pattern.lastIndex = match.index + 1;
		}
		return out;
	};
}
