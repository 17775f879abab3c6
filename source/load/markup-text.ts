// Markup read as text without a DOM: what load/html.ts's walk over linkedom's tree gives (a line
// per block element, scripts and styles left out), from one pass over the tags. A folder listing
// reads hundreds of fragments and pages for a title, a date and a meeting; building a tree for each
// was a third of its time. Where this reading could differ from the tree's — an entity it does not
// know, markup it does not follow — it says so (null), and the DOM reads it instead.

/** Elements that end a line before and after them: load/html.ts's BLOCK. */
const BLOCK = new Set(['p', 'div', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section', 'article', 'blockquote', 'center', 'figcaption', 'figure', 'dd', 'dt', 'ul', 'ol', 'header', 'footer']);
/** Elements whose content is no text: load/html.ts's SKIP (its `svg` is never matched there, so svg is read). */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'iframe']);
/** Elements whose content the DOM reads as text, not markup: left to it. */
const RAW_TEXT = new Set(['title', 'textarea', 'xmp']);
/** Elements with no content and no end tag: never on the stack of open elements. */
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** The entities news pages use; any other named one is left to the DOM. */
const NAMED: Record<string, string> = {
	nbsp: '\u00a0',
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	middot: '·',
	mdash: '—',
	ndash: '–',
	ldquo: '“',
	rdquo: '”',
	lsquo: '‘',
	rsquo: '’',
	hellip: '…',
	bull: '•',
	times: '×',
	copy: '©',
	reg: '®',
	emsp: '\u2003',
	ensp: '\u2002',
	thinsp: '\u2009',
};

/** Names the DOM reads without their semicolon too (HTML's legacy entities), of those known here. */
const LEGACY = /&(nbsp|amp|lt|gt|quot|copy|reg|times|middot)/gu;

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{0,31}));/gu;

/** A character reference the DOM would read otherwise (a C1 control, a surrogate, none at all). */
const unusual = (code: number) => code === 0 || (code >= 0x80 && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff;

/** Text with its entities decoded; null when one is not among those known here (unless `lenient`: left as written). */
function decoded(text: string, lenient: boolean): string | null {
	if (!text.includes('&')) return text;
	let unknown = false;
	const out = text.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
		if (name !== undefined) {
			const known = NAMED[name];
			if (known === undefined) unknown = true;
			return known ?? whole;
		}
		const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
		if (unusual(code)) {
			unknown = true;
			return whole;
		}
		return String.fromCodePoint(code);
	});
	// An ampersand left before a letter or # may be an entity without its semicolon, which the DOM
	// reads for a few legacy names (&nbsp&nbsp, &copy2020): read as the DOM does them when lenient,
	// otherwise not guessed.
	if (lenient) return out.replace(LEGACY, (_, name: string) => NAMED[name]);
	if (unknown || /&[a-zA-Z#]/u.test(text.replace(ENTITY, ''))) return null;
	return out;
}

/** Text with its entities decoded once, or null where one is not among those known here (the DOM reads it then). */
export const entitiesDecoded = (text: string): string | null => decoded(text, false);

/** Where a tag that opens at `at` ends (after its >), quotes in attribute values skipped; -1 if never. */
function tagEnd(html: string, at: number): number {
	let quote = '';
	for (let i = at + 1; i < html.length; i++) {
		const c = html[i];
		if (quote) {
			if (c === quote) quote = '';
		} else if (c === '>') return i + 1;
		else if ((c === '"' || c === "'") && /=\s*$/u.test(html.slice(Math.max(at, i - 8), i))) quote = c;
	}
	return -1;
}

const NAME = /[a-zA-Z][^\s/>]*/uy;

/** The tag name at `at` (lower case), or null where a < opens no tag. */
function nameAt(html: string, at: number): string | null {
	NAME.lastIndex = at;
	return NAME.exec(html)?.[0].toLowerCase() ?? null;
}

export interface MarkupTextOptions {
	/**
	 * Read nothing of <head> and <title>, a page's visible text, and leave an entity not known
	 * here as it is written rather than give up.
	 */
	page?: boolean;
}

/** What opening an element closes first (htmlparser2's openImpliesClose), where a block may end. */
const P = new Set(['p']);
const IMPLIES_CLOSE = new Map<string, Set<string>>([
	['tr', new Set(['tr', 'th', 'td'])],
	['li', new Set(['li'])],
	['dd', new Set(['dd', 'dt'])],
	['dt', new Set(['dd', 'dt'])],
	...[
		'p',
		'h1',
		'h2',
		'h3',
		'h4',
		'h5',
		'h6',
		'address',
		'article',
		'aside',
		'blockquote',
		'details',
		'div',
		'dl',
		'fieldset',
		'figcaption',
		'figure',
		'footer',
		'form',
		'header',
		'hr',
		'main',
		'nav',
		'ol',
		'pre',
		'section',
		'table',
		'ul',
	].map(name => [name, P] as [string, Set<string>]),
]);
/** Inside svg or math, <x/> closes itself; elements that lead out of them again. */
const FOREIGN = new Set(['svg', 'math']);
const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

function inForeign(open: readonly MarkupElement[]): boolean {
	for (let i = open.length - 1; i >= 0; i--) {
		if (FOREIGN.has(open[i].name)) return true;
		if (INTEGRATION.has(open[i].name)) return false;
	}
	return false;
}

/** An element as the pass over the tags met it: where its text starts and ends in the raw text. */
export interface MarkupElement {
	name: string;
	/** Where its start tag is in the markup: [<, after >). */
	tag: [number, number];
	parent: MarkupElement | null;
	start: number;
	/** -1 while it is open. */
	end: number;
}

/**
 * The text of a fragment or page, a line per block, as load/html.ts `fragmentToText` reads it; null
 * where this reading cannot promise that (an unknown entity, a tag never closed by a >).
 */
export function markupText(html: string, options: MarkupTextOptions = {}): string | null {
	const raw = rawText(html, options.page ?? false);
	return raw === null ? null : tidy(raw);
}

/** load/html.ts's CDATA: a feed's or record's markup kept in character data is opened first. */
const CDATA = /<!\[CDATA\[|\]\]>/gu;

/** What load/html.ts `fragmentToText` makes of a fragment, or null where this reading is not sure of it. */
export function fragmentText(html: string): string | null {
	return markupText(html.replace(CDATA, ''));
}

/**
 * The text before it is tidied (blocks marked by line feeds, spaces as they are), and, in
 * `elements`, every element with where its text is in it.
 */
export function rawText(html: string, page: boolean, elements?: MarkupElement[]): string | null {
	const out: string[] = [];
	let length = 0;
	const emit = (text: string) => {
		out.push(text);
		length += text.length;
	};
	const open: MarkupElement[] = [];
	const shut = (element: MarkupElement) => {
		element.end = length;
		if (BLOCK.has(element.name)) emit('\n');
	};
	let at = 0;
	while (at < html.length) {
		const lt = html.indexOf('<', at);
		const text = html.slice(at, lt < 0 ? html.length : lt);
		if (text) {
			const plain = decoded(text, page);
			if (plain === null) return null;
			emit(plain.replace(/[\r\n\t]+/gu, ' '));
		}
		if (lt < 0) break;
		const next = html[lt + 1];
		if (next === '!' || next === '?') {
			// A comment, or a doctype or processing instruction (a bogus comment): never text.
			const close = html.startsWith('<!--', lt) ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt);
			if (close < 0) break;
			at = close + (html.startsWith('<!--', lt) ? 3 : 1);
			continue;
		}
		const closing = next === '/';
		const name = nameAt(html, lt + (closing ? 2 : 1));
		if (name === null && closing) {
			// </> is nothing, and </ before anything but a letter opens a comment to the next >.
			const close = html.indexOf('>', lt + 2);
			if (close < 0) break;
			at = close + 1;
			continue;
		}
		if (name === null) {
			emit('<');
			at = lt + 1;
			continue;
		}
		const end = tagEnd(html, lt);
		if (end < 0) return null;
		at = end;
		if (closing) {
			let index = open.length - 1;
			while (index >= 0 && open[index].name !== name) index--;
			if (index >= 0) for (const element of open.splice(index).reverse()) shut(element);
			else if (name === 'p' || name === 'br') emit('\n'); // the DOM makes an empty <p> or a <br> of these
			continue;
		}
		if (!page && RAW_TEXT.has(name)) return null;
		if (HIDDEN.has(name) || (page && (name === 'head' || name === 'title'))) {
			// Its content up to its end tag is skipped, as the walk skips the element.
			const close = new RegExp(`</${name}[\\s/>]`, 'giu');
			close.lastIndex = end;
			const found = close.exec(html);
			if (!found) break;
			const after = tagEnd(html, found.index);
			if (after < 0) return null;
			at = after;
			continue;
		}
		const implied = IMPLIES_CLOSE.get(name);
		while (implied && open.length > 0 && implied.has(open[open.length - 1].name)) shut(open.pop()!);
		if (BLOCK.has(name)) emit('\n');
		// A tag written <x/> closes itself only inside svg or math (HTML reads it as <x>).
		if (VOID.has(name)) continue;
		const element: MarkupElement = {name, tag: [lt, end], parent: open[open.length - 1] ?? null, start: length, end: -1};
		elements?.push(element);
		if (html[end - 2] === '/' && inForeign(open)) shut(element);
		else open.push(element);
	}
	for (const element of open.reverse()) shut(element);
	return out.join('');
}

/** Text from markup, tidied: no-break spaces as spaces, each line trimmed, empty lines dropped. */
export function tidy(text: string): string {
	return text
		.replace(/\u00a0/g, ' ')
		.split('\n')
		.map(line => line.replace(/^[ \t]+|[ \t]+$/g, ''))
		.filter(line => line.length > 0)
		.join('\n');
}
