// Saved news pages → the article's paragraphs. Readability finds the article among the site's
// navigation; paragraphs come from block elements, <br> and full-width indents.
//
// Hostile pages: the walks here are loops, not recursion (10,000 nested <div> overflowed the
// stack), and Readability, whose time grows with the square of the nesting (a 559 KB page of
// unclosed <div><span> ran for over ten minutes), only reads pages within a budget of elements and
// depth; beyond it the page's whole text is read, as for a page without an article.
import {parseHTML} from 'linkedom';
import {Readability} from '@mozilla/readability';
import {commentedStory} from './commented.ts';
import {tidy} from './markup-text.ts';
import {ARTICLE_BUDGET, headingBefore, publishedDate, withoutInvisible} from './page-head.ts';
import {articleTitleOf} from './article-title.ts';

export {ARTICLE_BUDGET, publishedDate, withoutInvisible} from './page-head.ts';

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

export function pageToArticle(html: string): Article {
	const page = withoutInvisible(html);
	const {document} = parseHTML(page);
	const pageTitle = (document.querySelector('title')?.textContent ?? '').trim() || null;
	// A government CMS names the article in a meta tag (<meta name="ArticleTitle" content="…">, 513-515):
	// the headline alone, where the <title> adds the site or holds pasted markup.
	const articleTitle = articleTitleOf(page);
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
	const commented = commentedStory(html, shown);
	const text = commented === null ? shown : fragmentToText(commented);
	return {title: articleTitle ?? (article?.title?.trim() || pageTitle || headingBefore(page, text, fragmentToText)), fallback, date, text};
}
