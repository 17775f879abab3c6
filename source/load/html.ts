// Saved news pages → the article's paragraphs. Readability finds the article among the site's
// navigation; paragraphs come from block elements, <br> and full-width indents.
import {parseHTML} from 'linkedom';
import {Readability} from '@mozilla/readability';

const BLOCK = new Set(['P', 'DIV', 'BR', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'TABLE', 'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'CENTER', 'FIGCAPTION', 'FIGURE', 'DD', 'DT', 'UL', 'OL', 'HEADER', 'FOOTER']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'svg']);

interface DomNode {
	nodeType: number;
	nodeName: string;
	textContent: string | null;
	childNodes: ArrayLike<DomNode>;
}

function textOf(root: DomNode): string {
	const out: string[] = [];
	const walk = (node: DomNode) => {
		if (node.nodeType === 3) {
			out.push((node.textContent ?? '').replace(/[\r\n\t]+/g, ' '));
			return;
		}
		if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
		const name = node.nodeName.toUpperCase();
		if (SKIP.has(name)) return;
		const block = BLOCK.has(name);
		if (block) out.push('\n');
		for (const child of Array.from(node.childNodes)) walk(child);
		if (block) out.push('\n');
	};
	walk(root);
	return tidy(out.join(''));
}

function tidy(text: string): string {
	return text
		.replace(/\u00a0/g, ' ')
		.split('\n')
		.map(line => line.replace(/^[ \t]+|[ \t]+$/g, ''))
		.filter(line => line.length > 0)
		.join('\n');
}

/** A fragment's markup to text: each block becomes a line, the rest of the text stays. */
export function fragmentToText(html: string): string {
	const {document} = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
	return textOf(document.body as unknown as DomNode);
}

export interface Article {
	title: string | null;
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

/**
 * Scripts, styles and comments: nothing of them is text, and Readability drops them first. Taken
 * out before the page is parsed (as the HTML tokenizer reads them: a comment ends at -->, a script
 * or style at its end tag, whichever opens first), a news page is parsed and read twice as fast.
 */
const INVISIBLE = /<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

export function pageToArticle(html: string): Article {
	const page = html.replace(INVISIBLE, '');
	const {document} = parseHTML(page);
	const pageTitle = (document.querySelector('title')?.textContent ?? '').trim() || null;
	// Read before Readability, which changes the document it reads.
	const date = publishedDate(html, textOf(document.documentElement as unknown as DomNode));
	let article: {title?: string | null; content?: string | null} | null = null;
	try {
		article = new Readability(document as unknown as Document, {charThreshold: 200}).parse();
	} catch {
		article = null;
	}
	const text = article?.content ? fragmentToText(article.content) : textOf(parseHTML(page).document.body as unknown as DomNode);
	return {title: article?.title?.trim() || pageTitle, date, text};
}
