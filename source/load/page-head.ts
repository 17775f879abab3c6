// A saved page read without a DOM, for what a folder listing shows: its <title>, the date it says
// it was published, and its visible text, a line per block (load/markup-text.ts). The parser finds
// the headline, the date and the meeting in that text as it does in the article Readability cuts
// out of the page (load/html.ts), for a fraction of the cost: a listing reads the page's frame too,
// and the parser sets the frame's lines aside as it does for plain page text. Also here, shared with
// load/html.ts: what is invisible (scripts, styles, comments) and the publication date.
import {articleTitleOf} from './article-title.ts';
import {markupText, rawText, tidy, type MarkupElement} from './markup-text.ts';

/** What Readability is given at most (load/html.ts): far above any news page (hundreds of elements, ten deep). */
export const ARTICLE_BUDGET = {elements: 30_000, depth: 150};

const PUBLISHED_META = /<meta[^>]+(?:property|name|itemprop)=["'](?:article:published_time|publishdate|pubdate|datePublished|PubDate)["'][^>]*content=["'](\d{4})-(\d{1,2})-(\d{1,2})/i;
/** Read from the page's visible text only: side lists carry other items' dates in attributes. */
const PUBLISHED_TEXT = /(?:发布时间|发布日期|发表时间)[：:]\s*(\d{4})[年\-/.](\d{1,2})[月\-/.](\d{1,2})/;

/** A time stamp with the time of day (2011年10月25日21:58, 2018-01-15 09:38:53): a site's clock shows a weekday instead. */
const STAMP_TEXT = /(\d{4})[年\-/.](\d{1,2})[月\-/.](\d{1,2})日?\s*\d{1,2}:\d{2}/;

/** When the page itself was published: the year and month a day-only dateline lacks. */
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

/** Elements Readability scores as paragraphs; a div is one when no block sits in it. */
const SCORED = new Set(['section', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'pre']);
const DIV_BLOCKS = new Set(['blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul']);
/** Readability's weights of a candidate's tag and of its class and id. */
const TAG_WEIGHT: Record<string, number> = {div: 5, pre: 3, td: 3, blockquote: 3, address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3, h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5};
const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/iu;
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/iu;
const COMMAS = /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/gu;

function classWeight(html: string, element: MarkupElement): number {
	const tag = html.slice(element.tag[0], element.tag[1]);
	let weight = 0;
	for (const name of ['class', 'id']) {
		const value = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'iu').exec(tag);
		const text = value ? (value[1] ?? value[2] ?? value[3]) : '';
		if (NEGATIVE.test(text)) weight -= 25;
		if (POSITIVE.test(text)) weight += 25;
	}
	return weight;
}

/**
 * The element that holds the article, found as Readability finds it (each paragraph of 25 characters
 * or more scores by its commas and length, for its parent in full and for its ancestors less, up to
 * five; a candidate's score is cut by the share of its text in links), without its passes of
 * cleaning: the frame around the story stays outside it, its own headline inside.
 */
function articleElement(html: string, raw: string, elements: MarkupElement[]): MarkupElement | null {
	// As load/html.ts gives Readability no page past its budget: such a page is read whole.
	if (elements.length > ARTICLE_BUDGET.elements) return null;
	const depths = new Map<MarkupElement | null, number>([[null, 0]]);
	for (const element of elements) {
		const depth = depths.get(element.parent)! + 1;
		if (depth > ARTICLE_BUDGET.depth) return null;
		depths.set(element, depth);
	}
	const hasBlock = new Set<MarkupElement>();
	for (const element of elements) if (element.parent && DIV_BLOCKS.has(element.name)) hasBlock.add(element.parent);
	const text = (element: MarkupElement) => raw.slice(element.start, element.end).replace(/\s+/gu, ' ').trim();
	const scores = new Map<MarkupElement, number>();
	for (const element of elements) {
		if (!SCORED.has(element.name) && !(element.name === 'div' && !hasBlock.has(element))) continue;
		const inner = text(element);
		if (inner.length < 25) continue;
		const score = 1 + (inner.match(COMMAS)?.length ?? 0) + Math.min(Math.floor(inner.length / 100), 3);
		let ancestor = element.parent;
		for (let level = 0; ancestor && ancestor.parent && level < 5; level++, ancestor = ancestor.parent) {
			const base = scores.get(ancestor) ?? (TAG_WEIGHT[ancestor.name] ?? 0) + classWeight(html, ancestor);
			scores.set(ancestor, base + score / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
		}
	}
	const links = new Map<MarkupElement, number>();
	for (const element of elements) {
		if (element.name !== 'a') continue;
		const length = text(element).length;
		for (let ancestor = element.parent; ancestor; ancestor = ancestor.parent) if (scores.has(ancestor)) links.set(ancestor, (links.get(ancestor) ?? 0) + length);
	}
	let best: MarkupElement | null = null;
	let bestScore = -Infinity;
	for (const [element, score] of scores) {
		// The text's length as it stands (spaces not squashed): no copy of each candidate's text.
		const length = element.end - element.start;
		const final = score * (1 - (length > 0 ? (links.get(element) ?? 0) / length : 0));
		if (final > bestScore) [best, bestScore] = [element, final];
	}
	return best;
}

const HEADING = /<h([1-4])(?:\s[^>]*)?>([\s\S]*?)<\/h\1>/giu;

/**
 * A template page with no <title> (a PHP view, 225) still heads its story: the last heading
 * (<h1>–<h4>) before the story's first words, when it reads as a headline. `headingText` reads a
 * heading's markup.
 */
export function headingBefore(page: string, text: string, headingText: (html: string) => string): string | null {
	const opening = text
		.split('\n')
		.find(line => line.length >= 20)
		?.slice(0, 12);
	const at = opening ? page.indexOf(opening) : -1;
	if (at < 0) return null;
	let found: string | null = null;
	for (const match of page.slice(0, at).matchAll(HEADING)) {
		const heading = headingText(match[2]).replace(/\s+/gu, ' ').trim();
		if (heading.length >= 6 && heading.length <= 80) found = heading;
	}
	return found;
}

/** What Readability takes out of the article it found: controls, embedded objects, asides and footers. */
const DROPPED = new Set(['button', 'select', 'textarea', 'object', 'embed', 'aside', 'footer']);

/** The article element's text, without what Readability drops from it. */
function articleText(raw: string, article: MarkupElement, elements: MarkupElement[]): string {
	let text = '';
	let at = article.start;
	for (const element of elements) {
		if (!DROPPED.has(element.name) || element.start < at || element.end > article.end) continue;
		text += raw.slice(at, element.start) + '\n';
		at = element.end;
	}
	return tidy(text + raw.slice(at, article.end));
}

export interface PageHead {
	/** The page's own <title>, spaces squashed; null when it has none. */
	title: string | null;
	/** The date the page says it was published, YYYY-MM-DD. */
	date: string | null;
	/** The visible text of the page, its navigation and side lists included. */
	text: string;
}

const TITLE = /<title(?:\s[^>]*)?>([\s\S]*?)<\/title\s*>/iu;

/** A saved page's title, date and visible text, read in one pass over its tags. */
export function pageHead(html: string): PageHead {
	const page = withoutInvisible(html);
	const titled = TITLE.exec(page)?.[1];
	const title = articleTitleOf(page) ?? (titled ? (markupText(titled, {page: true}) ?? '').replace(/\s+/gu, ' ').trim() || null : null);
	const elements: MarkupElement[] = [];
	const raw = rawText(page, true, elements) ?? '';
	const all = tidy(raw);
	const article = articleElement(page, raw, elements);
	const text = article ? articleText(raw, article, elements) : all;
	// A page with no <title> is headed by the heading above its story, as load/html.ts reads it.
	const headline = title ?? headingBefore(page, text, heading => markupText(heading, {page: true}) ?? '');
	// As load/html.ts reads it: the <title> is part of the text a date is looked for in.
	return {title: headline, date: publishedDate(html, `${title ?? ''}\n${all}`), text};
}
