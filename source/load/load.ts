// Where a report's text comes from: a file, a directory entry or stdin, as bytes; then decoded
// and, for web pages and marked-up fragments, reduced to the article's paragraphs.
import {fstatSync, readFileSync, statSync} from 'node:fs';
import {isatty} from 'node:tty';
import {decode} from './decode.ts';
import {readRecord} from './records.ts';
import {linkDate} from '../text/url-date.ts';

/** A fragment's own links and pictures (src, href) date it when nothing else does. */
function dateOfLinks(markup: string): string | null {
	const day = linkDate(markup);
	return day ? `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}` : null;
}

export type Shape = 'text' | 'html' | 'fragment' | 'sql-row' | 'json' | 'front-matter';

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
}

export class LoadError extends Error {
	constructor(
		message: string,
		readonly exitCode: number,
	) {
		super(message);
	}
}

/** A whole page (doctype, html, head, body) rather than a fragment of inline markup. */
export function isHtmlPage(text: string): boolean {
	return /^\s*(<!doctype html|<html[\s>])/i.test(text) || /<body[\s>]/i.test(text.slice(0, 20000));
}

/** Text with inline markup (<p>, <br>, <strong>), as digests and feeds carry it. */
export function hasInlineMarkup(text: string): boolean {
	return /<(p|br|div|strong|span)(\s[^>]*)?\/?>/i.test(text);
}

/** The DOM libraries load only for markup: plain-text reports never pay for them. */
export async function textFromBytes(bytes: Uint8Array, name: string, encoding?: string): Promise<LoadedText> {
	const decoded = await decode(bytes, encoding);
	const base = {name, encoding: decoded.encoding, bytes: bytes.length};
	const record = readRecord(decoded.text);
	if (record) {
		// Markdown after front matter keeps its lines (a tag or two of inline HTML is no reason to
		// reflow it); a database field's HTML is markup through and through.
		const markup = record.kind !== 'front-matter' && hasInlineMarkup(record.content);
		const body = markup ? (await import('./html.ts')).fragmentToText(record.content) : record.content;
		// The record's title heads the text as a page's headline would, unless the text opens with it.
		const titled =
			record.title &&
			!body
				.trimStart()
				.replace(/^#+\s*/u, '')
				.startsWith(record.title)
				? `${record.title}\n${body}`
				: body;
		return {...base, text: titled, shape: record.kind, pageTitle: record.title, pageDate: record.date ?? dateOfLinks(record.content)};
	}
	if (isHtmlPage(decoded.text)) {
		const {pageToArticle} = await import('./html.ts');
		const article = pageToArticle(decoded.text);
		return {...base, text: article.text, shape: 'html', pageTitle: article.title, pageDate: article.date};
	}
	if (hasInlineMarkup(decoded.text)) {
		const {fragmentToText} = await import('./html.ts');
		return {...base, text: fragmentToText(decoded.text), shape: 'fragment', pageTitle: null, pageDate: dateOfLinks(decoded.text)};
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

export function readBytes(path: string): Uint8Array {
	if (path === '-') {
		// A terminal has no report to give, and reading it whole fails (EAGAIN) or waits forever.
		if (isatty(0)) throw new LoadError('- reads a report from stdin, but stdin is a terminal (try: cat report.txt | plenum -)', 2);
		return readFileSync(0);
	}
	let stat;
	try {
		stat = statSync(path);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EACCES') throw new LoadError(`${path}: permission denied`, 3);
		throw new LoadError(`${path}: no such file`, 2);
	}
	if (stat.isDirectory()) throw new LoadError(`${path} is a directory`, 2);
	try {
		return readFileSync(path);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new LoadError(code === 'EACCES' ? `${path}: permission denied` : `${path}: cannot be read (${code ?? 'error'})`, 3);
	}
}
