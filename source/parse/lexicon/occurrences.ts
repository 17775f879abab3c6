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

/** The page of a set of words' first code units where none starts: never written. */
const NO_FIRSTS = new Uint32Array(0x100 >>> 5);

/**
 * Words by their first code unit, longest first, so a longer name is never read as a shorter one
 * inside it. What an alternation of them all (longest first) would match, found without one: each
 * report brings its own names, and compiling their alternation, once interpreted and once to machine
 * code, was most of the time this took in a corpus parse. A bit per code unit says at once that no
 * word starts at a character, as for most characters of a text, before the map is asked.
 */
export class WordsByFirstUnit {
	private readonly byFirst = new Map<number, string[]>();
	/**
	 * The bits in pages of 256 code units, a page made only where some word starts: one set of all
	 * 65,536 (8 KB, outside V8's heap) was made for every set of words, three or more a report,
	 * and making it was ~1 % of a corpus parse. Pages no word starts in share one empty page.
	 */
	private readonly pages: Uint32Array[] = new Array<Uint32Array>(0x100).fill(NO_FIRSTS);

	constructor(words: Iterable<string>) {
		for (const word of [...words].filter(Boolean).sort((a, b) => b.length - a.length)) {
			const first = word.charCodeAt(0);
			const those = this.byFirst.get(first);
			if (those) those.push(word);
			else this.byFirst.set(first, [word]);
			let page = this.pages[first >>> 8];
			if (page === NO_FIRSTS) page = this.pages[first >>> 8] = new Uint32Array(0x100 >>> 5);
			page[(first >>> 5) & 7] |= 1 << (first & 31);
		}
	}

	/** Whether some word starts with the code unit `unit`. */
	starts(unit: number): boolean {
		return ((this.pages[unit >>> 8][(unit >>> 5) & 7] >>> (unit & 31)) & 1) === 1;
	}

	/** The words starting with the code unit `unit`, longest first; undefined when none does. */
	at(unit: number): readonly string[] | undefined {
		return this.starts(unit) ? this.byFirst.get(unit) : undefined;
	}
}

/**
 * Every place in `text` where one of `needles` occurs, in order and never overlapping. With
 * `names`, a needle at the start of a doctrine's name is not counted.
 */
export function occurrencesOf(text: string, needles: readonly string[], options: {names?: boolean} = {}): Occurrence[] {
	return occurrenceFinder(needles, options)(text);
}

/**
 * occurrencesOf for one set of needles over many texts: the needles are sorted and indexed once,
 * not once a text (a long report asks for hundreds of names in each of thousands of sections).
 */
export function occurrenceFinder(needles: readonly string[], {names = false}: {names?: boolean} = {}): (text: string) => Occurrence[] {
	const wanted = [...new Set(needles.filter(Boolean))];
	if (wanted.length === 0) return () => [];
	const byFirst = new WordsByFirstUnit(wanted);
	return text => {
		const out: Occurrence[] = [];
		for (let at = 0; at < text.length;) {
			const those = byFirst.at(text.charCodeAt(at));
			let needle: string | undefined;
			if (those)
				for (const candidate of those)
					if (text.startsWith(candidate, at)) {
						needle = candidate;
						break;
					}
			if (needle === undefined) {
				at++;
				continue;
			}
			const end = at + needle.length;
			// A name opening a doctrine's name is passed over, and the search goes on from the next character.
			if (names && isDoctrineAt(text, end)) at++;
			else {
				out.push({start: at, end, needle});
				at = end;
			}
		}
		return out;
	};
}
