// Reports kept as data rather than as pages: a row of a SQL dump, a JSON object or string from a
// crawler, a Markdown file with YAML front matter, a news corpus's XML record, a row of a CSV or TSV
// table. The record's fields say what a page's frame would: the longest text field is the report,
// a short one its title, a date field its date.

import {linkDay} from '../text/url-date.ts';
import {HAN, HAN_LETTER} from '../text/han.ts';

/** A record of prose: a Chinese character, then a sentence's end within 200 characters. */
const PROSE = new RegExp(`${HAN}[^。]{0,200}。`, 'u');

export interface Record {
	/** The report's text (HTML fragments are reduced to text by the loader). */
	content: string;
	/** The record's own title field, when it has one. */
	title: string | null;
	/** YYYY-MM-DD from a date field. */
	date: string | null;
	/** What kind of record it was, for --json's load information. */
	kind: 'sql-row' | 'json' | 'front-matter' | 'xml-record' | 'csv-row';
}

const DATE = /^\s*((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})/u;

/** The day in Beijing time (UTC+8) of an instant. */
const beijingDay = (ms: number): string => new Date(ms + 8 * 3600 * 1000).toISOString().slice(0, 10);

function isoOf(value: string | number): string | null {
	if (typeof value === 'number' || /^\d{10}(?:\d{3})?$/u.test(value)) {
		// Unix time in seconds or milliseconds, as CMS tables store it.
		const n = Number(value);
		const ms = n > 1e12 ? n : n * 1000;
		if (ms < Date.UTC(1990, 0, 1) || ms > Date.UTC(2100, 0, 1)) return null;
		return beijingDay(ms);
	}
	// A timestamp with its offset is read in Beijing time: a feed's 2024-07-17 16:00:00 +00:00 is the 18th (590).
	const zoned = ZONED.exec(value);
	if (zoned) {
		const ms = Date.parse(`${zoned[1]}T${zoned[2]}${zoned[3] === 'Z' ? 'Z' : zoned[3].replace(/^([+-]\d{2}):?(\d{2})$/u, '$1:$2')}`);
		if (!Number.isNaN(ms)) return beijingDay(ms);
	}
	const m = DATE.exec(value);
	return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : null;
}
const ZONED = /^\s*((?:19|20)\d{2}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})\s*$/u;

/** Visible length: markup does not make a field the report. */
/** A field's text without its tags. */
const withoutTags = (s: string) => s.replace(/<[^>]*>/gu, '');
const visible = (s: string) => withoutTags(s).replace(/&[a-z]+;|&#\d+;/giu, ' ').length;

/**
 * How much a field reads like a meeting report: a dump row or a JSON array holds other items too
 * (an essay, a product notice), and the report is the one that speaks of meetings.
 */
const GENRE_WORDS = /会议|會議|全会|全會|出席|主持|列席|强调|強調|指出|审议|審議|书记|書記|委员|委員|常委会|常委會|政协|政協|人大/gu;
export function reportLikeness(text: string): number {
	let hits = 0;
	for (const _ of text.matchAll(GENRE_WORDS)) hits++;
	return hits;
}

/**
 * Whether a later row is an earlier one's report pasted again with a little put around it (a demo's story
 * under another heading, its table's attributes rewritten, 1538): the earlier row's text, markup left out,
 * inside the later one's and most of it. A summary row before the whole story is not most of it.
 */
function copyOf(later: string, earlier: string): boolean {
	const [outer, inner] = [withoutTags(later), withoutTags(earlier)];
	return inner.length >= 0.8 * outer.length && outer.includes(inner);
}

/** The record most like a report, and of those the longest; a later copy of one is not another. */
function mostReportLike(records: Record[]): Record | null {
	let best: Record | null = null;
	for (const record of records) {
		if (!best) best = record;
		else {
			if (copyOf(record.content, best.content)) continue;
			const [a, b] = [reportLikeness(record.content), reportLikeness(best.content)];
			if (a > b || (a === b && visible(record.content) > visible(best.content))) best = record;
		}
	}
	return best;
}

/** A headline: one line of Chinese, short, not a date or a link. */
function isTitleLike(s: string): boolean {
	const t = s.trim();
	return t.length >= 4 && t.length <= 100 && !/[\n<>]/u.test(t) && HAN_LETTER.test(t) && !DATE.test(t) && !/^https?:/u.test(t);
}

/** The record's fields in order → content, title and date. */
function fromFields(fields: (string | number | null)[], kind: Record['kind'], named: Map<string, string> = new Map(), shortest = 200): Record | null {
	const strings = fields.map((f, i) => ({f, i})).filter((x): x is {f: string; i: number} => typeof x.f === 'string');
	const content = strings.reduce<{f: string; i: number} | null>((best, x) => (!best || visible(x.f) > visible(best.f) ? x : best), null);
	if (!content || visible(content.f) < shortest || !HAN_LETTER.test(content.f)) return null;
	const titled = named.get('title');
	// A title field before the text (most tables), or else the first after it: (4413, 2, '…text…', '2023-05-20 13:23:20',
	// …, '青海全面推行河湖长制工作领导小组会议召开…', '中国人民共和国生态环境部', '') (1923, and 1904, 1905, 1921).
	const title = titled && isTitleLike(titled) ? titled : (strings.find(x => x.i < content.i && isTitleLike(x.f)) ?? strings.find(x => x.i > content.i && isTitleLike(x.f)))?.f;
	const dated = named.get('date');
	const date = (dated ? isoOf(dated) : null) ?? fields.map(f => (f === null ? null : isoOf(f))).find(Boolean) ?? null;
	return {content: content.f, title: title?.trim() ?? null, date, kind};
}

// SQL: (1,'title','content…',…) tuples, MySQL's backslash escapes or standard SQL's doubled quotes.
// A dump's statements insert or replace (MySQL's REPLACE INTO, as CMS install data writes them: 165, 166).
const STATEMENT = String.raw`(?:INSERT|REPLACE)(?:\s+IGNORE)?\s+INTO\s+[^(]+?(?:\([^)]*\)\s*)?VALUES\s*\(`;
const SQL_START = new RegExp(String.raw`^\s*(?:${STATEMENT}|\()`, 'iu');
// A tuple cut from the middle of a multi-row INSERT keeps the comma after it, before the next statement
// (…, 24),\nINSERT INTO `cms_news_content` …, 238).
const NEXT_STATEMENT = new RegExp(String.raw`^\s*[;,]?\s*${STATEMENT}`, 'iu');
const SQL_ESCAPES: {[key: string]: string} = {n: '\n', r: '\r', t: '\t', '0': '\0', b: '\b', Z: '\x1a'};

// What a dump writes before its first row: comments (-- Dumping data for table…, -- filename: …), MySQL's
// conditional comments (/*!40000 ALTER TABLE … */;), LOCK TABLES, SET and BEGIN (a mysqldump, 1538; an import
// script's header, 1513). Only what a dump writes, so prose that merely opens with two dashes stays prose.
const DUMP_PREAMBLE = /^(?:\s*(?:--[^\n]*|\/\*[\s\S]*?\*\/\s*;?|(?:LOCK\s+TABLES|SET|BEGIN|START\s+TRANSACTION|USE)\b[^;\n]*;))+\s*(?=(?:INSERT|REPLACE)\s)/iu;

/** A SQL dump's text from its first row on, or null when `text` is no dump with a preamble. */
function afterDumpPreamble(text: string): string | null {
	const preamble = DUMP_PREAMBLE.exec(text);
	return preamble ? text.slice(preamble[0].length) : null;
}

/** The tuples of a SQL text, each as its list of fields; null when it is not SQL. */
function sqlTuples(text: string): (string | number | null)[][] | null {
	const start = SQL_START.exec(text);
	if (!start) return null;
	const tuples: (string | number | null)[][] = [];
	let i = start.index + start[0].length;
	let fields: (string | number | null)[] = [];
	while (i < text.length) {
		const c = text[i];
		if (c === "'") {
			let value = '';
			for (i++; i < text.length; i++) {
				const d = text[i];
				if (d === '\\' && i + 1 < text.length) value += SQL_ESCAPES[text[++i]] ?? text[i];
				else if (d === "'" && text[i + 1] === "'") value += text[++i];
				else if (d === "'") break;
				else value += d;
			}
			if (i >= text.length) return null;
			fields.push(value);
			i++;
		} else if (c === ',' || /\s/u.test(c)) i++;
		else if (c === '(') {
			// A subquery in place of a value ((SELECT id FROM … WHERE filename = '…'), 1513): a field the
			// record cannot read, skipped to its closing parenthesis, quotes inside it kept whole.
			let depth = 0;
			for (; i < text.length; i++) {
				const d = text[i];
				if (d === "'") {
					const close = text.indexOf("'", i + 1);
					i = close < 0 ? text.length : close;
				} else if (d === '(') depth++;
				else if (d === ')' && --depth === 0) break;
			}
			if (i >= text.length) return null;
			fields.push(null);
			i++;
		} else if (c === ')') {
			tuples.push(fields);
			fields = [];
			// The statement's next tuple, or the dump's next statement (a CMS writes one item's title
			// and its text in rows of different tables).
			// A statement naming its columns may run to 500 characters and more before its VALUES (937).
			const rest = text.slice(i + 1, i + 2000);
			const next = /^\s*,\s*\(/u.exec(rest) ?? NEXT_STATEMENT.exec(rest);
			if (!next) break;
			i += 1 + next[0].length;
		} else {
			const bare = /^[^,)\s]+/u.exec(text.slice(i))?.[0] ?? '';
			if (!bare) return null;
			fields.push(/^null$/iu.test(bare) ? null : /^-?\d+(?:\.\d+)?$/u.test(bare) ? Number(bare) : bare);
			i += bare.length;
		}
	}
	return tuples.length > 0 ? tuples : null;
}

/**
 * The title in the item row a text row belongs to: CMS tables keep an item (id, kind, title, …) and
 * its text in another table whose row names the item's id (165: ('794','1129',…) → ('1129','article',
 * '上官吉庆主持召开市政府常务会议',…); 166 likewise; a first item's id may be one digit: (2, 2, '&lt;p…') →
 * (2, 19, '中央深改组开会 12项改革方案新鲜出炉',…), 238). The item's own title is the headline; the text
 * row's short fields are a deck.
 */
function titleOfItem(textRow: (string | number | null)[], tuples: (string | number | null)[][]): string | null {
	const ids = new Set(
		textRow
			.slice(0, 2)
			.filter(f => f !== null && /^[1-9]\d*$/u.test(String(f)))
			.map(String),
	);
	for (const tuple of tuples) {
		if (tuple === textRow || !ids.has(String(tuple[0]))) continue;
		const title = tuple.find((f): f is string => typeof f === 'string' && isTitleLike(f));
		if (title) return title.trim();
	}
	return null;
}

const TITLE_KEY = /^(?:title|headline|name|标题|題名|题目)$/iu;
const DATE_KEY = /^(?:date|time|pub_?date|pub_?time|publish(?:ed)?(?:_?(?:at|date|time))?|created(?:_?(?:at|time))?|发布时间|日期|时间)$/iu;

/**
 * A single object holds one item: a short report (a brief of two sentences) is still the report, where
 * among many objects only a long text field is trusted to be one.
 */
const SHORT_REPORT = 40;

/** A JSON object's fields, depth first; the object holding the longest text wins in an array. */
function jsonRecord(value: unknown): Record | null {
	if (typeof value === 'string') return fromFields([value], 'json');
	const objects: {[key: string]: unknown}[] = [];
	const walk = (v: unknown, depth: number) => {
		if (depth > 20 || !v || typeof v !== 'object') return;
		if (Array.isArray(v)) v.forEach(x => walk(x, depth + 1));
		else {
			objects.push(v as {[key: string]: unknown});
			Object.values(v).forEach(x => walk(x, depth + 1));
		}
	};
	walk(value, 0);
	const records: Record[] = [];
	for (const object of objects) {
		// A crawler may keep the story as its paragraphs, an array of strings ("content": ["…", "…"], 825).
		const entries = Object.entries(object)
			.map(([key, v]): [string, unknown] => [key, Array.isArray(v) && v.length > 0 && v.every(x => typeof x === 'string') ? v.join('\n') : v])
			.filter(([, v]) => typeof v === 'string' || typeof v === 'number') as [string, string | number][];
		const named = new Map<string, string>();
		for (const [key, v] of entries) {
			if (TITLE_KEY.test(key) && !named.has('title')) named.set('title', String(v));
			if (DATE_KEY.test(key) && !named.has('date')) named.set('date', String(v));
		}
		const record = fromFields(
			entries.map(([, v]) => v),
			'json',
			named,
			objects.length === 1 ? SHORT_REPORT : undefined,
		);
		if (record) records.push(record);
	}
	return mostReportLike(records);
}

/**
 * A site generator's summary divider (Hugo, Jekyll, WordPress: <!--more-->) on a line of its own.
 * It is set after a fixed length of text, often inside a sentence or a word (学校党委坚 / 持以…;
 * hrbeu posts, 902 and two pairs' reports; 207): the line it splits mid-sentence is one line again.
 */
const SUMMARY_DIVIDER = /([^\s。！？；：”」）!?;:)])[ \t]*\r?\n[ \t]*<!--\s*more\s*-->[ \t]*\r?\n(?=\S)/gu;

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/u;

function frontMatter(text: string): Record | null {
	const m = FRONT_MATTER.exec(text);
	if (!m) return null;
	const fields = new Map<string, string>();
	for (const line of m[1].split(/\r?\n/u)) {
		const kv = /^([\w\u4e00-\u9fff-]+)\s*:\s*(.*)$/u.exec(line);
		if (kv) fields.set(kv[1].toLowerCase(), kv[2].trim().replace(/^(["'])(.*)\1$/u, '$2'));
	}
	const title = [...fields].find(([k]) => TITLE_KEY.test(k))?.[1] ?? null;
	const date = [...fields].find(([k]) => DATE_KEY.test(k))?.[1] ?? null;
	const content = text.slice(m[0].length).replace(SUMMARY_DIVIDER, '$1');
	return {content, title: title || null, date: date ? isoOf(date) : null, kind: 'front-matter'};
}

/**
 * A news corpus's XML record (SogouCS, SogouCA: <doc><url>…</url><docno>…</docno><contenttitle>…
 * </contenttitle><content>…</content></doc>, 775), one or many to a file: the story, its headline,
 * and its address, which dates it. The corpus parts paragraphs with U+E40C.
 */
const DOC = /<doc>([\s\S]*?)<\/doc>/gu;
const docField = (doc: string, name: string) => new RegExp(`<${name}>([\\s\\S]*?)</${name}>`, 'u').exec(doc)?.[1] ?? '';

function xmlRecord(text: string): Record | null {
	const records = [...text.matchAll(DOC)].map(([, doc]): Record => ({
		content: docField(doc, 'content').replace(/\ue40c/gu, '\n'),
		title: docField(doc, 'contenttitle').trim() || null,
		date: linkDay(docField(doc, 'url').trim()),
		kind: 'xml-record',
	}));
	return mostReportLike(records.filter(r => r.content.trim() !== ''));
}

/**
 * A sample record in XML kept inside another file — a template's script string, a code file — with
 * its fields named as a data set names them (<SampleTitle>…</SampleTitle><publishDate>…</publishDate>
 * <SampleContent>…</SampleContent>, a contest page's Vue component, 1041): the story is the
 * content field that holds prose, its title and date the record's own fields beside it.
 */
const NAMED_CONTENT = /<(\w+Content)>([\s\S]*?)<\/\1>/gu;
const NAMED_TITLE = /<(\w*Title)>([^<]*)<\/\1>/giu;
const NAMED_DATE = /<(\w*Date)>([^<]*)<\/\1>/giu;

function embeddedXmlRecord(text: string): Record | null {
	const records = [...text.matchAll(NAMED_CONTENT)].map((m): Record => {
		const before = text.slice(Math.max(0, m.index - 600), m.index);
		const last = (field: RegExp) => [...before.matchAll(field)].pop()?.[2].trim() ?? '';
		return {
			content: m[2].replace(/<!--[\s\S]*?-->/gu, '').replace(/^[ \t]+/gmu, ''),
			title: last(NAMED_TITLE) || null,
			date: isoOf(last(NAMED_DATE)),
			kind: 'xml-record',
		};
	});
	return mostReportLike(records.filter(r => PROSE.test(r.content)));
}

/**
 * One row of a CSV or TSV table: a headline table's line (headline,1988-07-13,1988-07, 792-794)
 * or a story's row. A field that is a date, and nothing else, says it is data: the longest Chinese
 * field is the report, and a short one (a headline row) is its title as well.
 */
const ROW_DATE = /^\s*(?:19|20)\d{2}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?\s*$/u;

/** A CSV line's fields: quoted ones ("…", a quote inside doubled) unquoted (826, 827: a deleted-post archive's rows). */
function csvFields(line: string): string[] {
	return Array.from(line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/gu), m => (m[1] === undefined ? m[2] : m[1].replace(/""/gu, '"')));
}

function rowRecord(text: string): Record | null {
	const line = text.replace(/\r?\n$/u, '');
	if (line.includes('\n')) return null;
	const fields = line.includes('\t') ? line.split('\t') : csvFields(line);
	if (fields.length < 2 || fields.length > 12 || !fields.some(f => ROW_DATE.test(f))) return null;
	const content = fields.filter(f => HAN_LETTER.test(f)).reduce<string | null>((best, f) => (!best || f.length > best.length ? f : best), null);
	if (!content) return null;
	const short = isTitleLike(content) && content.length <= 100;
	return {content, title: short ? content.trim() : (fields.find(f => f !== content && isTitleLike(f))?.trim() ?? null), date: isoOf(fields.find(f => ROW_DATE.test(f))!), kind: 'csv-row'};
}

/** The record a text is, or null for a text that is a page or plain prose. */
export function readRecord(text: string): Record | null {
	const head = text.trimStart().slice(0, 1);
	if (head === '<' && /^\s*<doc>\s*<url>/u.test(text)) return xmlRecord(text);
	if (text.includes('Content>')) {
		const embedded = embeddedXmlRecord(text);
		if (embedded) return embedded;
	}
	if (head === '{' || head === '[' || head === '"') {
		try {
			// An object cut whole from an array keeps the comma after it (  {…},  938, 941: a paper's records).
			return jsonRecord(JSON.parse(text.replace(/([}\]])\s*,\s*$/u, '$1')));
		} catch {
			// Not JSON after all: read as text.
		}
	}
	// The preamble's pattern is anchored and gives up at the first character of any other text.
	const dump = afterDumpPreamble(text);
	if (head === '(' || dump !== null || /^\s*(?:INSERT|REPLACE)\s/iu.test(text)) {
		const tuples = sqlTuples(dump ?? text);
		if (tuples) {
			const rows = tuples.map(t => ({tuple: t, record: fromFields(t, 'sql-row')})).filter((r): r is {tuple: typeof r.tuple; record: Record} => r.record !== null);
			const record = mostReportLike(rows.map(r => r.record));
			if (record) {
				const row = rows.find(r => r.record === record)!;
				return {...record, title: titleOfItem(row.tuple, tuples) ?? record.title};
			}
		}
	}
	if (head === '-') return frontMatter(text);
	return text.length < 20000 ? rowRecord(text) : null;
}
