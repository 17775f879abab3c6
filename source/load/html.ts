// Saved news pages → the article's paragraphs. Readability finds the article among the site's
// navigation; paragraphs come from block elements, <br> and full-width indents.
//
// Hostile pages: the walks here are loops, not recursion (10,000 nested <div> overflowed the
// stack), and Readability, whose time grows with the square of the nesting (a 559 KB page of
// unclosed <div><span> ran for over ten minutes), only reads pages within a budget of elements and
// depth; beyond it the page's whole text is read, as for a page without an article.
import {parseHTML} from 'linkedom';
import {Readability} from '@mozilla/readability';

const BLOCK = new Set(['P', 'DIV', 'BR', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'TABLE', 'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'CENTER', 'FIGCAPTION', 'FIGURE', 'DD', 'DT', 'UL', 'OL', 'HEADER', 'FOOTER']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'svg']);

// Children are walked by their sibling links: linkedom keeps them in a linked list, where the
// i-th child is i steps away, and indexing every child of a flat page of 30,000 paragraphs took
// two minutes.
interface DomNode {
	nodeType: number;
	nodeName: string;
	textContent: string | null;
	firstChild: DomNode | null;
	nextSibling: DomNode | null;
}

/** A node's children, first to last. */
function childrenOf(node: DomNode): DomNode[] {
	const out: DomNode[] = [];
	for (let child = node.firstChild; child; child = child.nextSibling) out.push(child);
	return out;
}

/** A block's end, on the walk's stack: a line break goes out when its children are done. */
const BLOCK_END = null;

function textOf(root: DomNode): string {
	const out: string[] = [];
	const stack: (DomNode | typeof BLOCK_END)[] = [root];
	while (stack.length > 0) {
		const node = stack.pop();
		if (node === BLOCK_END || node === undefined) {
			out.push('\n');
			continue;
		}
		if (node.nodeType === 3) {
			out.push((node.textContent ?? '').replace(/[\r\n\t]+/g, ' '));
			continue;
		}
		if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
		const name = node.nodeName.toUpperCase();
		if (SKIP.has(name)) continue;
		const block = BLOCK.has(name);
		if (block) {
			out.push('\n');
			stack.push(BLOCK_END);
		}
		const children = childrenOf(node);
		for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
	}
	return tidy(out.join(''));
}

/** What Readability is given at most: far above any news page (hundreds of elements, ten deep). */
export const ARTICLE_BUDGET = {elements: 30_000, depth: 150};

interface ElementNode {
	firstElementChild: ElementNode | null;
	nextElementSibling: ElementNode | null;
}

/** The page's elements and how deep they nest, counted without recursion, stopping past the budget. */
function measure(root: ElementNode): {elements: number; depth: number} {
	let elements = 0;
	let depth = 0;
	const stack: [ElementNode, number][] = [[root, 1]];
	while (stack.length > 0) {
		const [node, level] = stack.pop()!;
		elements++;
		depth = Math.max(depth, level);
		if (elements > ARTICLE_BUDGET.elements || depth > ARTICLE_BUDGET.depth) break;
		for (let child = node.firstElementChild; child; child = child.nextElementSibling) stack.push([child, level + 1]);
	}
	return {elements, depth};
}

function tidy(text: string): string {
	return text
		.replace(/\u00a0/g, ' ')
		.split('\n')
		.map(line => line.replace(/^[ \t]+|[ \t]+$/g, ''))
		.filter(line => line.length > 0)
		.join('\n');
}

/**
 * A feed or XML record keeps its markup in character data (<description><![CDATA[<p>…</p>]]>, 213),
 * which an HTML parser reads as a comment and drops: the data is opened into markup first, its
 * brackets dropped one by one so that data cut short is kept too.
 */
const CDATA = /<!\[CDATA\[|\]\]>/gu;

/** A fragment's markup to text: each block becomes a line, the rest of the text stays. */
export function fragmentToText(html: string): string {
	const {document} = parseHTML(`<!doctype html><html><body>${html.replace(CDATA, '')}</body></html>`);
	return textOf(document.body as unknown as DomNode);
}

export interface Article {
	title: string | null;
	/** Why the article was not looked for (the page is past the budget), or null. */
	fallback: string | null;
	/** The date the page says it was published (发布时间, or a publication meta tag), YYYY-MM-DD. */
	date: string | null;
	text: string;
}

const PUBLISHED_META = /<meta[^>]+(?:property|name|itemprop)=["'](?:article:published_time|publishdate|pubdate|datePublished|PubDate)["'][^>]*content=["'](\d{4})-(\d{1,2})-(\d{1,2})/i;
/** Read from the page's visible text only: side lists carry other items' dates in attributes. */
const PUBLISHED_TEXT = /(?:发布时间|发布日期|发表时间)[：:]\s*(\d{4})[年\-/.](\d{1,2})[月\-/.](\d{1,2})/;

/** When the page itself was published: the year and month a day-only dateline lacks. */
/** A time stamp with the time of day (2011年10月25日21:58, 2018-01-15 09:38:53): a site's clock shows a weekday instead. */
const STAMP_TEXT = /(\d{4})[年\-/.](\d{1,2})[月\-/.](\d{1,2})日?\s*\d{1,2}:\d{2}/;

export function publishedDate(html: string, visibleText: string): string | null {
	const m = PUBLISHED_META.exec(html) ?? PUBLISHED_TEXT.exec(visibleText) ?? STAMP_TEXT.exec(visibleText);
	return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : null;
}

/** Where a comment, a script or a style may open. */
const INVISIBLE_OPENS = /<!--|<(script|style)\b/gi;

/**
 * Scripts, styles and comments: nothing of them is text, and Readability drops them first. Taken
 * out before the page is parsed (as the HTML tokenizer reads them: a comment ends at -->, a script
 * or style at its end tag, whichever opens first), a news page is parsed and read twice as fast.
 * One pass, in time linear in the page: an opening never closed is left as it is, and once one
 * kind has found no end, no later opening of that kind looks again (a pattern that looked for
 * each anew read 400 KB of unclosed <style a=b in 14 s).
 */
export function withoutInvisible(html: string): string {
	let out = '';
	let at = 0;
	const unclosed = new Set<string>();
	INVISIBLE_OPENS.lastIndex = 0;
	for (let open = INVISIBLE_OPENS.exec(html); open; open = INVISIBLE_OPENS.exec(html)) {
		const kind = open[1]?.toLowerCase() ?? 'comment';
		if (unclosed.has(kind)) continue;
		let end = -1;
		if (kind === 'comment') {
			const close = html.indexOf('-->', open.index + 4);
			if (close >= 0) end = close + 3;
		} else if (!unclosed.has('>')) {
			const tagEnd = html.indexOf('>', INVISIBLE_OPENS.lastIndex);
			if (tagEnd < 0) unclosed.add('>');
			else {
				const closing = new RegExp(`</${kind}\\s*>`, 'gi');
				closing.lastIndex = tagEnd + 1;
				const close = closing.exec(html);
				if (close) end = close.index + close[0].length;
			}
		}
		if (end < 0) {
			unclosed.add(kind);
			continue;
		}
		out += html.slice(at, open.index);
		at = end;
		INVISIBLE_OPENS.lastIndex = end;
	}
	return out + html.slice(at);
}

export function pageToArticle(html: string): Article {
	const page = withoutInvisible(html);
	const {document} = parseHTML(page);
	const pageTitle = (document.querySelector('title')?.textContent ?? '').trim() || null;
	// Read before Readability, which changes the document it reads.
	const date = publishedDate(html, textOf(document.documentElement as unknown as DomNode));
	let article: {title?: string | null; content?: string | null} | null = null;
	const size = measure(document.documentElement as unknown as ElementNode);
	const within = size.elements <= ARTICLE_BUDGET.elements && size.depth <= ARTICLE_BUDGET.depth;
	if (within) {
		try {
			article = new Readability(document as unknown as Document, {charThreshold: 200, maxElemsToParse: ARTICLE_BUDGET.elements}).parse();
		} catch {
			article = null;
		}
	}
	const fallback = within ? null : size.depth > ARTICLE_BUDGET.depth ? `its markup nests more than ${ARTICLE_BUDGET.depth} deep` : `it has more than ${ARTICLE_BUDGET.elements.toLocaleString('en')} elements`;
	// Readability changed the document it read: the page's text comes from a fresh parse then.
	const shown = article?.content ? fragmentToText(article.content) : textOf((within ? parseHTML(page).document : document).body as unknown as DomNode);
	const text = shownOrCommented(html, shown);
	return {title: article?.title?.trim() || pageTitle || headingBefore(page, text), fallback, date, text};
}

/** Fewer Han characters than this on show, and the page shows no story. */
const SHOWN_STORY = 100;
/** A comment holding at least this many Han characters, in sentences, holds prose. */
const COMMENTED_STORY = 200;

const hanCount = (text: string): number => text.match(/\p{Script=Han}/gu)?.length ?? 0;

/**
 * What a page shows, or the story a comment keeps: a template that shows nothing but its form
 * fields may keep the story in a comment, left there for a script to fill in (a PHP view of a
 * fire-safety site, 327). When the page shows no story, the longest comment of prose is read as it.
 */
export function shownOrCommented(html: string, shown: string): string {
	return hanCount(shown) < SHOWN_STORY ? (storyInComment(html) ?? shown) : shown;
}

function storyInComment(html: string): string | null {
	let best: string | null = null;
	// One pass: a comment never closed ends the search (a pattern would rescan the rest for each).
	for (let open = html.indexOf('<!--'); open >= 0;) {
		const close = html.indexOf('-->', open + 4);
		if (close < 0) break;
		const inner = html.slice(open + 4, close);
		if (hanCount(inner) >= COMMENTED_STORY && inner.includes('。') && (best === null || inner.length > best.length)) best = inner;
		open = html.indexOf('<!--', close + 3);
	}
	return best === null ? null : fragmentToText(best);
}

const HEADING = /<h([1-4])(?:\s[^>]*)?>([\s\S]*?)<\/h\1>/giu;

/**
 * A template page with no <title> (a PHP view, 225) still heads its story: the last heading
 * (<h1>–<h4>) before the story's first words, when it reads as a headline.
 */
function headingBefore(page: string, text: string): string | null {
	const opening = text
		.split('\n')
		.find(line => line.length >= 20)
		?.slice(0, 12);
	const at = opening ? page.indexOf(opening) : -1;
	if (at < 0) return null;
	let found: string | null = null;
	for (const match of page.slice(0, at).matchAll(HEADING)) {
		const heading = fragmentToText(match[2]).replace(/\s+/gu, ' ').trim();
		if (heading.length >= 6 && heading.length <= 80) found = heading;
	}
	return found;
}
