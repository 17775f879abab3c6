// Where a report's text comes from: a file, a directory entry or stdin, as bytes; then decoded
// and, for web pages and marked-up fragments, reduced to the article's paragraphs.
import {fstatSync} from 'node:fs';
import {commentedStory} from './commented.ts';
import {decode} from './decode.ts';
import {readRecord} from './records.ts';
import {linkDay} from '../text/url-date.ts';

export {LoadError, readBytes, readStdin, DEFAULT_MAX_BYTES, formatSize, parseSize} from './read.ts';

export type Shape = 'text' | 'html' | 'fragment' | 'sql-row' | 'json' | 'front-matter' | 'xml-record' | 'csv-row' | 'feed';

export interface LoadedText {
	/** The report's text, paragraphs separated by newlines: what the parser reads. */
	text: string;
	/** The file path, or '-' for stdin. */
	name: string;
	encoding: string;
	shape: Shape;
	/** The page's <title> or Readability's title, for HTML pages. */
	pageTitle: string | null;
	/** The date an HTML page says it was published, YYYY-MM-DD. */
	pageDate: string | null;
	bytes: number;
	/**
	 * What the user should know about how it was read, each to follow the file's name: lines in
	 * UTF-8 and in GB18030 read each in its own encoding; a page too large or too deeply nested for
	 * article extraction, read whole as text.
	 */
	warnings: string[];
}

/**
 * A feed's root element, after an XML declaration and comments; or one <item> or <entry> cut from a
 * feed (an RSS item from RTHK, 267; an Atom entry from TDM, 268), whose fields say the same. Asked
 * here, so that plain text never loads the feed reader or the DOM libraries it uses.
 */
const FEED_ROOT = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF|item|entry)[\s>]/u;

function isFeed(text: string): boolean {
	return FEED_ROOT.test(text);
}

/** A whole page (doctype, html, head, body) rather than a fragment of inline markup. */
export function isHtmlPage(text: string): boolean {
	if (/^\s*(<!doctype html|<html[\s>])/i.test(text)) return true;
	const head = text.slice(0, 20000);
	// A page's source quoted in a Markdown code block (```html <body>…, 519) does not make the Markdown a page.
	return /<body[\s>]/i.test(head.includes('```') ? withoutCodeBlocks(head) : head);
}

/** Markdown without its fenced code blocks (an unclosed one runs to the end). */
function withoutCodeBlocks(text: string): string {
	return text.replace(/^```[^\n]*\n[\s\S]*?(?:^```[^\n]*$|(?![\s\S]))/gmu, '');
}

/**
 * Text with inline markup (<p>, <br>, <strong>), as digests and feeds carry it; also headings,
 * pictures and a misspelt </br> (<h1>…</h1><img …><h3>…</br>, a code string's page, 151).
 */
export function hasInlineMarkup(text: string): boolean {
	return /<\/?(p|br|div|strong|span|h[1-6]|img)(\s[^>]*)?\/?>/i.test(text);
}

/** More paragraphs divided by tags than by lines: a body written in HTML, not Markdown with a tag in it. */
function markupThroughout(text: string): boolean {
	const blocks = text.match(/<(?:p|div|br)(?:\s[^>]*)?\/?>/gi)?.length ?? 0;
	const lines = text.split('\n').filter(line => line.trim()).length;
	return blocks >= 3 && blocks > lines;
}

/**
 * Markup kept with its tags escaped, as some CMS fields store an item's HTML (&lt;p&gt;&lt;span style=&quot;…&quot;&gt;5月19日，…,
 * a ministry's meeting in a SQL row, 1921; &lt;p style=&quot;…&quot;&gt;\n	中共中央总书记…, a CMS's content table, 238).
 */
const ESCAPED_MARKUP = /&lt;\/?(?:p|br|div|span|strong)(?:\s|\/|&gt;)/iu;

/**
 * A field's markup with its escaped tags made tags again (the entities read once), or the field as it is.
 * No DOM is built for that: it reads the markup once the tags are back.
 */
async function unescapedMarkup(content: string, options: TextOptions): Promise<string> {
	if (hasInlineMarkup(content) || !ESCAPED_MARKUP.test(content)) return content;
	return (await loadMarkup()).entitiesDecoded(content) ?? fragmentText(content, options);
}

const MARKDOWN_HEADING = /^#{1,6}\s+\S/mu;

const TAG = /<[a-zA-Z/!]/u;

/**
 * A post's plain lines above and below its markup keep their lines: a headline, then the author's
 * name, then the story in <p>s (秋智乡人代会胜利召开,全票选举乡长及人大主席! / 美友127206483 / <p>…, 1221)
 * are a headline and a byline, not one run of words as HTML would join them; so are a forum's guest
 * banner, its close button and its edit notice above a post (马上注册… / x / 本帖最后由…编辑 <br />…, 1171).
 */
function plainEdges(text: string): {above: string[]; markup: string; below: string[]} {
	const lines = text.split('\n');
	let first = 0;
	while (first < lines.length && !TAG.test(lines[first])) first++;
	let end = lines.length;
	while (end > first && !TAG.test(lines[end - 1])) end--;
	if (first === 0 && end === lines.length) return {above: [], markup: text, below: []};
	return {above: lines.slice(0, first), markup: lines.slice(first, end).join('\n'), below: lines.slice(end)};
}

export interface TextOptions {
	/**
	 * Read for a folder listing (app/head.ts): a page without a DOM (load/page-head.ts), and a
	 * fragment without one where that reads it as the DOM does (load/markup-text.ts).
	 */
	listing?: boolean;
}

// The DOM modules' promises, kept: every import() resolves the module again, and a Markdown report
// reads each line carrying a tag on its own — those look-ups were 1.4 % of a corpus parse.
let htmlModule: Promise<typeof import('./html.ts')> | null = null;
let markupModule: Promise<typeof import('./markup-text.ts')> | null = null;
const loadHtml = () => (htmlModule ??= import('./html.ts'));
const loadMarkup = () => (markupModule ??= import('./markup-text.ts'));

/** A fragment's markup as text: without a DOM for a listing when that reading is sure, else through one. */
async function fragmentText(html: string, {listing = false}: TextOptions): Promise<string> {
	const quick = listing ? (await loadMarkup()).fragmentText(html) : null;
	return quick ?? (await loadHtml()).fragmentToText(html);
}

/** The DOM libraries load only for markup: plain-text reports never pay for them. */
export async function textFromBytes(bytes: Uint8Array, name: string, encoding?: string, options: TextOptions = {}): Promise<LoadedText> {
	const decoded = await decode(bytes, encoding);
	const warnings = decoded.mixed ? ['mixes UTF-8 and GB18030 lines; each line was read in its own encoding (--encoding reads it in one)'] : [];
	const base = {name, encoding: decoded.encoding, bytes: bytes.length, warnings};
	const record = readRecord(decoded.text);
	if (record) {
		const content = await unescapedMarkup(record.content, options);
		// Markdown after front matter keeps its lines (a tag or two of inline HTML is no reason to
		// reflow it, 77); a database field's HTML is markup through and through, and so is a site
		// generator's HTML post (a .html file with front matter, or paragraphs only tags divide, 190).
		const markup = hasInlineMarkup(content) && (record.kind !== 'front-matter' || /\.html?$/i.test(name) || markupThroughout(content));
		const body = markup ? await fragmentText(content, options) : content;
		// The record's title heads the text as a page's headline would, unless the text opens with it.
		const titled =
			record.title &&
			!body
				.trimStart()
				.replace(/^#+\s*/u, '')
				.startsWith(record.title)
				? `${record.title}\n${body}`
				: body;
		return {...base, text: titled, shape: record.kind, pageTitle: record.title, pageDate: record.date ?? linkDay(record.content)};
	}
	// A feed whose items cannot be read (cut short, malformed) is read as markup instead, so its text is kept.
	const feed = isFeed(decoded.text) ? (await import('./feed.ts')).feedToText(decoded.text) : null;
	if (feed?.text) return {...base, text: feed.text, shape: 'feed', pageTitle: null, pageDate: feed.date};
	if (isHtmlPage(decoded.text) && options.listing) {
		const page = (await import('./page-head.ts')).pageHead(decoded.text);
		const commented = commentedStory(decoded.text, page.text);
		const text = commented === null ? page.text : await fragmentText(commented, options);
		return {...base, text, shape: 'html', pageTitle: page.title, pageDate: page.date};
	}
	if (isHtmlPage(decoded.text)) {
		const {pageToArticle} = await loadHtml();
		const article = pageToArticle(decoded.text);
		if (article.fallback) warnings.push(`is read whole as text, without looking for the article: ${article.fallback}`);
		return {...base, text: article.text, shape: 'html', pageTitle: article.title, pageDate: article.date};
	}
	if (hasInlineMarkup(decoded.text)) {
		// Markdown carrying HTML in its paragraphs keeps its lines, the headings that part a
		// digest's stories among them (### 全国政协十四届四次会议在京开幕 / <p>…</p>, 233); each line's
		// markup is read on its own.
		let text: string;
		if (MARKDOWN_HEADING.test(decoded.text)) {
			// A code block quoting a page's HTML source (```html, 519) is markup from end to end: its lines read as nothing.
			const lines: string[] = [];
			let quoting = false;
			for (const line of decoded.text.split('\n')) {
				if (/^```/u.test(line)) {
					quoting = !quoting && /^```\s*html?\s*$/iu.test(line);
					lines.push(quoting || line.trim() === '```' ? '' : line);
				} else if (quoting) lines.push('');
				else lines.push(hasInlineMarkup(line) ? await fragmentText(line, options) : line);
			}
			text = lines.join('\n');
		} else {
			const {above, markup, below} = plainEdges(decoded.text);
			const shown = await fragmentText(markup, options);
			const commented = commentedStory(markup, shown);
			text = commented === null ? [...above, shown, ...below].join('\n') : await fragmentText(commented, options);
		}
		// A fragment's own links and pictures (src, href) date it when nothing else does.
		return {...base, text, shape: 'fragment', pageTitle: null, pageDate: linkDay(decoded.text)};
	}
	return {...base, text: decoded.text, shape: 'text', pageTitle: null, pageDate: null};
}

/** Whether stdin carries a report (a pipe or a redirected file) rather than a terminal or nothing. */
export function stdinCarriesData(): boolean {
	try {
		const stat = fstatSync(0);
		return stat.isFIFO() || stat.isFile() || stat.isSocket();
	} catch {
		return false;
	}
}
