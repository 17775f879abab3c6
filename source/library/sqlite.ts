// The library's index on disk: SQLite through better-sqlite3, with the postings of every character
// bigram (postings.ts: a segment per batch of files, a row per bigram, so a word is counted without
// reading text) and, per segment alike, the sections of each pinyin-initials token
// (initials-postings.ts). WAL and one transaction per batch of files:
// a kill leaves the last committed batch, and the next run goes on from there.
import type BetterSqlite3 from 'better-sqlite3';
import {rmSync} from 'node:fs';
import type {ReportRecord, SkippedRecord} from './record.ts';
import {foldChanges, folderBy, type Fold} from './fold.ts';
import {initialsPostingsOf, sectionsIn, segmentSections} from './initials-postings.ts';
import {numberOfSection, postingsOf, reportOfSection, sectionId, type PostingsReader} from './postings.ts';
import type {CountRow, FileState, LibraryStore, PersonRow, ReportBytes, ReportRow, SectionRow, SkippedRow} from './store.ts';

/** Bumped whenever the tables change. */
export const SCHEMA_VERSION = 3;

type Database = BetterSqlite3.Database;
type DatabaseClass = typeof BetterSqlite3;

let loaded: Promise<DatabaseClass | Error> | null = null;

/** better-sqlite3, or why it cannot load (not installed, built for another Node, no binary). */
export function loadSqlite(): Promise<DatabaseClass | Error> {
	loaded ??= (async () => {
		try {
			const module = (await import('better-sqlite3')) as {default: DatabaseClass};
			// The binding loads on first use: open a database now, so a missing binary shows here.
			new module.default(':memory:').close();
			return module.default;
		} catch (error) {
			return error instanceof Error ? error : new Error(String(error));
		}
	})();
	return loaded;
}

const TABLES = `
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE files(path TEXT PRIMARY KEY, size INTEGER, mtime REAL, hash TEXT, status TEXT, reason TEXT);
CREATE TABLE reports(id INTEGER PRIMARY KEY AUTOINCREMENT, path TEXT UNIQUE, hash TEXT, date TEXT, title TEXT, meeting TEXT, series TEXT, chars INTEGER, sections INTEGER, bytes INTEGER, model BLOB);
CREATE TABLE sections(id INTEGER PRIMARY KEY, report INTEGER, n INTEGER);
CREATE INDEX sections_report ON sections(report);
CREATE TABLE texts(id INTEGER PRIMARY KEY, text TEXT);
CREATE TABLE folded(id INTEGER PRIMARY KEY, folded TEXT);
CREATE TABLE segments(seg INTEGER PRIMARY KEY, sections BLOB);
CREATE TABLE postings(seg INTEGER, gram INTEGER, data BLOB, PRIMARY KEY(seg, gram)) WITHOUT ROWID;
CREATE TABLE initials(seg INTEGER, token INTEGER, data BLOB, PRIMARY KEY(seg, token)) WITHOUT ROWID;
CREATE TABLE people(report INTEGER, name TEXT, part TEXT, roles TEXT, also TEXT, as_ TEXT, sections TEXT);
CREATE INDEX people_report ON people(report);
CREATE TABLE folds(code INTEGER PRIMARY KEY, folded INTEGER) WITHOUT ROWID;
`;

export type OpenResult = {store: SqliteStore; rebuilt: string | null};

/** Why an index on disk cannot be used as it is, or null when it can. */
function staleness(db: Database, parser: string): string | null {
	const version = db.pragma('user_version', {simple: true}) as number;
	if (version === 0) {
		const tables = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'").pluck().get() as number;
		return tables > 0 ? 'the cache holds a database plenum did not make (or made before it numbered its indexes)' : null;
	}
	if (version !== SCHEMA_VERSION) return `the index was made by another version of plenum (schema ${version}, now ${SCHEMA_VERSION})`;
	const row = db.prepare("SELECT value FROM meta WHERE key = 'parser'").get() as {value: string} | undefined;
	if (row?.value !== parser) return 'the parser has changed since the index was made';
	return null;
}

function removeDatabase(path: string): void {
	for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, {force: true});
}

/**
 * Opens (creating it when needed) the index at `path`. With `write`, an index from another
 * schema or parser is removed and made anew, and `rebuilt` says why; read-only, it is refused.
 * `mapped` (read-only only, the default) maps the file rather than reading its pages.
 */
export async function openSqlite(Database: DatabaseClass, path: string, parser: string, write: boolean, mapped = true): Promise<OpenResult | {stale: string}> {
	let db = new Database(path, {readonly: !write, fileMustExist: !write});
	db.pragma('busy_timeout = 10000');
	// A reader reads through the OS's page cache directly rather than copying each page; the
	// indexer does not, since mapped pages it touches count in its memory. A command that asks
	// once does not either: unmapping what a query touched when the index closes cost more
	// (~20 ms of a search's at 10,000 reports) than copying those pages did.
	if (!write && mapped) db.pragma('mmap_size = 1073741824');
	const stale = staleness(db, parser);
	if (stale && !write) {
		db.close();
		return {stale};
	}
	if (stale) {
		db.close();
		removeDatabase(path);
		db = new Database(path);
		db.pragma('busy_timeout = 10000');
	}
	if (write) {
		db.pragma('journal_mode = WAL');
		db.pragma('synchronous = NORMAL');
		// better-sqlite3 builds SQLite with a 16 MB page cache; the indexer appends (ids and segments
		// only grow), so SQLite's own default of 2 MB does as well, and what the larger one filled
		// counted in the indexer's peak RSS (1,000 reports, five runs each: median 279 → 268 MB, CPU
		// alike). Queries on this connection after a build read through it too: few pages, once.
		db.pragma('cache_size = -2000');
		if ((db.pragma('user_version', {simple: true}) as number) === 0) {
			// How this plenum folds each character, so a query is folded alike without opencc.
			const changes = await foldChanges();
			db.transaction(() => {
				db.exec(TABLES);
				db.prepare("INSERT INTO meta(key, value) VALUES ('parser', ?)").run(parser);
				const putFold = db.prepare('INSERT INTO folds(code, folded) VALUES (?, ?)');
				for (const [code, folded] of changes) putFold.run(code, folded);
				db.pragma(`user_version = ${SCHEMA_VERSION}`);
			})();
		}
	}
	return {store: new SqliteStore(db, path), rebuilt: stale};
}

/** The columns of a ReportRow: all but the model, which a row's pages hold most of. */
const REPORT_COLUMNS = 'id, path, hash, date, title, meeting, series, chars, sections, bytes';

export class SqliteStore implements LibraryStore {
	readonly kind = 'sqlite';
	private cachedReports: ReportRow[] | null = null;
	private cachedIds: Set<number> | null = null;
	private cachedShared: ReportBytes[] | null = null;
	/** The rows queries have read, by id: a library kept open (the view, a process asking again) reads each once. */
	private readonly rowsRead = new Map<number, ReportRow>();

	constructor(
		private readonly db: Database,
		readonly location: string,
	) {}

	async folder(): Promise<Fold> {
		// Each character is looked up the first time it is folded: a query folds a few, where reading
		// the table whole (its thousands of rows, into a Map) cost a command at 10,000 reports ~6 ms.
		const get = this.db.prepare('SELECT folded FROM folds WHERE code = ?').pluck();
		const known = new Map<number, number>();
		const foldedOf = (code: number) => {
			let folded = known.get(code);
			if (folded === undefined) known.set(code, (folded = (get.get(code) as number | undefined) ?? code));
			return folded;
		};
		return folderBy(foldedOf);
	}

	files(): Map<string, FileState> {
		const rows = this.db.prepare('SELECT path, size, mtime AS mtimeMs, hash FROM files').all() as FileState[];
		return new Map(rows.map(r => [r.path, r]));
	}

	write(records: readonly (ReportRecord | SkippedRecord)[], touched: readonly FileState[], removed: readonly string[]): void {
		const db = this.db;
		const dropReport = db.prepare('SELECT id FROM reports WHERE path = ?').pluck();
		const dropTexts = db.prepare('DELETE FROM texts WHERE id IN (SELECT id FROM sections WHERE report = ?)');
		const dropFolded = db.prepare('DELETE FROM folded WHERE id IN (SELECT id FROM sections WHERE report = ?)');
		const dropSections = db.prepare('DELETE FROM sections WHERE report = ?');
		const dropPeople = db.prepare('DELETE FROM people WHERE report = ?');
		const dropRow = db.prepare('DELETE FROM reports WHERE id = ?');
		const dropFile = db.prepare('DELETE FROM files WHERE path = ?');
		const putFile = db.prepare('INSERT OR REPLACE INTO files(path, size, mtime, hash, status, reason) VALUES (?, ?, ?, ?, ?, ?)');
		const touch = db.prepare('UPDATE files SET size = ?, mtime = ? WHERE path = ?');
		const putReport = db.prepare('INSERT INTO reports(path, hash, date, title, meeting, series, chars, sections, bytes, model) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
		const putSection = db.prepare('INSERT INTO sections(id, report, n) VALUES (?, ?, ?)');
		const putText = db.prepare('INSERT INTO texts(id, text) VALUES (?, ?)');
		const putFolded = db.prepare('INSERT INTO folded(id, folded) VALUES (?, ?)');
		const putSegment = db.prepare('INSERT INTO segments(sections) VALUES (?)');
		const putPostings = db.prepare('INSERT INTO postings(seg, gram, data) VALUES (?, ?, ?)');
		const putInitials = db.prepare('INSERT INTO initials(seg, token, data) VALUES (?, ?, ?)');
		const putPerson = db.prepare('INSERT INTO people(report, name, part, roles, also, as_, sections) VALUES (?, ?, ?, ?, ?, ?, ?)');
		// A report's postings (and initials) stay in their segment when it is forgotten: its id is never
		// given again (AUTOINCREMENT), and queries skip ids no report has.
		const forget = (path: string) => {
			const id = dropReport.get(path) as number | undefined;
			if (id === undefined) return;
			dropTexts.run(id);
			dropFolded.run(id);
			dropSections.run(id);
			dropPeople.run(id);
			dropRow.run(id);
		};
		const posted: {id: number; folded: string; initials: Uint16Array}[] = [];
		db.transaction(() => {
			for (const path of removed) {
				forget(path);
				dropFile.run(path);
			}
			for (const f of touched) touch.run(f.size, f.mtimeMs, f.path);
			for (const r of records) {
				forget(r.path);
				putFile.run(r.path, r.size, r.mtimeMs, r.hash, r.kind === 'report' ? 'report' : 'skipped', r.kind === 'skipped' ? r.reason : null);
				if (r.kind !== 'report') continue;
				const id = Number(putReport.run(r.path, r.hash, r.date, r.title, r.meeting, r.series, r.chars, r.sections.length, r.size, r.model).lastInsertRowid);
				for (const s of r.sections) {
					const sid = sectionId(id, s.n);
					putSection.run(sid, id, s.n);
					putText.run(sid, s.text);
					putFolded.run(sid, s.folded);
					posted.push({id: sid, folded: s.folded, initials: s.initials});
				}
				for (const p of r.people) putPerson.run(id, p.name, p.part, JSON.stringify(p.roles), JSON.stringify(p.also), p.as, JSON.stringify(p.sections));
			}
			if (posted.length === 0) return;
			const seg = putSegment.run(segmentSections(posted.map(s => s.id))).lastInsertRowid;
			for (const row of postingsOf(posted)) putPostings.run(seg, row.gram, row.data);
			for (const row of initialsPostingsOf(posted)) putInitials.run(seg, row.token, row.data);
		})();
		this.cachedReports = null;
		this.cachedIds = null;
		this.cachedShared = null;
		this.rowsRead.clear();
	}

	reports(): ReportRow[] {
		this.cachedReports ??= this.db.prepare(`SELECT ${REPORT_COLUMNS} FROM reports`).all() as ReportRow[];
		return this.cachedReports;
	}

	// The reports table's rows carry the models, a leaf page or more each: reading every row reads
	// most of its pages (7,500 at 10,000 reports, ~100 ms). A query reads the ids from the index of
	// paths, the rows of its own hits, the copies from the files' small rows, and the dates alone.

	reportIds(): Set<number> {
		this.cachedIds ??= new Set(this.cachedReports?.map(r => r.id) ?? (this.db.prepare('SELECT id FROM reports').pluck().all() as number[]));
		return this.cachedIds;
	}

	reportsOf(ids: readonly number[]): ReportRow[] {
		if (this.cachedReports) {
			const wanted = new Set(ids);
			return this.cachedReports.filter(r => wanted.has(r.id));
		}
		// Only the rows not read before: a common word's hits are most of the library, and reading
		// their rows each time it was asked again was most of a search's time (p95 77 ms at 10,000 reports).
		const unread = ids.filter(id => !this.rowsRead.has(id));
		if (unread.length > 0) {
			const rows = this.db.prepare(`SELECT ${REPORT_COLUMNS} FROM reports WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(unread)) as ReportRow[];
			for (const row of rows) this.rowsRead.set(row.id, row);
		}
		return ids.flatMap(id => this.rowsRead.get(id) ?? []);
	}

	sharedReports(): ReportBytes[] {
		// A report's file row holds its hash too (written with it, in one transaction); the join
		// goes through the index of paths.
		this.cachedShared ??= this.db
			.prepare(
				"SELECT r.id, f.path, f.hash FROM files AS f CROSS JOIN reports AS r ON r.path = f.path WHERE f.status = 'report' AND f.hash IN (SELECT hash FROM files WHERE status = 'report' GROUP BY hash HAVING count(*) > 1)",
			)
			.all() as ReportBytes[];
		return this.cachedShared;
	}

	dateSpan(): {first: string; last: string} | null {
		const span = this.db.prepare("SELECT min(date) AS first, max(date) AS last FROM reports WHERE date <> ''").get() as {first: string | null; last: string | null};
		return span.first !== null && span.last !== null ? {first: span.first, last: span.last} : null;
	}

	skipped(): SkippedRow[] {
		return this.db.prepare("SELECT path, reason FROM files WHERE status = 'skipped' ORDER BY path").all() as SkippedRow[];
	}

	postings(): PostingsReader {
		// The segments as they are now: a reader sees the same ones however many an indexer adds.
		const segments = this.db.prepare('SELECT seg FROM segments ORDER BY seg').pluck().all() as number[];
		const list = JSON.stringify(segments);
		// One statement per bigram; SQLite looks the rows up segment by segment.
		const rows = this.db.prepare('SELECT data FROM postings WHERE seg IN (SELECT value FROM json_each(?)) AND gram = ? ORDER BY seg').pluck();
		// A blob's length is in its row's header: SQLite reads no overflow page for it.
		const length = this.db.prepare('SELECT sum(length(data)) FROM postings WHERE seg IN (SELECT value FROM json_each(?)) AND gram = ?').pluck();
		return {
			blobs: gram => rows.all(list, gram) as Uint8Array[],
			size: gram => (length.get(list, gram) as number | null) ?? 0,
		};
	}

	*folded(ids: readonly number[]): Iterable<SectionRow> {
		const get = this.db.prepare('SELECT folded FROM folded WHERE id = ?').pluck();
		for (const id of ids) {
			const folded = get.get(id) as string | undefined;
			if (folded !== undefined) yield {id, report: reportOfSection(id), n: numberOfSection(id), folded};
		}
	}

	*candidates(literal?: string, initials?: readonly number[]): Iterable<SectionRow> {
		const columns = 'SELECT s.id, s.report, s.n, f.folded';
		if (initials) {
			// The tokens' rows list the sections, only theirs are read; a forgotten report's have no text.
			const rows = this.db.prepare('SELECT seg, data FROM initials WHERE token IN (SELECT value FROM json_each(?))').all(JSON.stringify(initials)) as {seg: number; data: Uint8Array}[];
			const segment = this.db.prepare('SELECT sections FROM segments WHERE seg = ?').pluck();
			yield* this.folded(sectionsIn(rows, seg => segment.get(seg) as Uint8Array));
		} else if (literal) {
			yield* this.db.prepare(`${columns} FROM folded AS f CROSS JOIN sections AS s ON s.id = f.id WHERE instr(f.folded, ?) > 0`).iterate(literal) as Iterable<SectionRow>;
		} else {
			yield* this.db.prepare(`${columns} FROM folded AS f CROSS JOIN sections AS s ON s.id = f.id`).iterate() as Iterable<SectionRow>;
		}
	}

	*count(word: string): Iterable<CountRow> {
		// SQLite's replace() skips past each match, as a leftmost non-overlapping count does; bytes
		// are counted, not characters, which would decode the whole text again.
		const counted = "SELECT s.id, s.report, s.n, (octet_length(f.folded) - octet_length(replace(f.folded, :word, ''))) / octet_length(:word) AS count";
		yield* this.db.prepare(`${counted} FROM folded AS f CROSS JOIN sections AS s ON s.id = f.id WHERE instr(f.folded, :word) > 0`).iterate({word}) as Iterable<CountRow>;
	}

	texts(ids: readonly number[]): Map<number, string> {
		// One statement for them all: a search's thousands of sections cost a call into SQLite each.
		const rows = this.db.prepare('SELECT id, text FROM texts WHERE id IN (SELECT value FROM json_each(?))').raw().all(JSON.stringify(ids)) as [number, string][];
		const found = new Map(rows);
		const out = new Map<number, string>();
		for (const id of ids) out.set(id, found.get(id) as string);
		return out;
	}

	model(report: number): Uint8Array {
		return this.db.prepare('SELECT model FROM reports WHERE id = ?').pluck().get(report) as Uint8Array;
	}

	sectionTexts(report: number): string[] {
		return this.db.prepare('SELECT t.text FROM sections AS s CROSS JOIN texts AS t ON t.id = s.id WHERE s.report = ? ORDER BY s.n').pluck().all(report) as string[];
	}

	people(): PersonRow[] {
		const rows = this.db.prepare('SELECT report, name, part, roles, also, as_, sections FROM people').all() as Record<string, string | number | null>[];
		return rows.map(r => ({
			report: r.report as number,
			name: r.name as string,
			part: r.part as PersonRow['part'],
			roles: JSON.parse(r.roles as string),
			also: JSON.parse(r.also as string),
			as: r.as_ as string | null,
			sections: JSON.parse(r.sections as string),
		}));
	}

	/** Writes the WAL back into the database file, so its size says what the index takes. */
	checkpoint(): void {
		this.db.pragma('wal_checkpoint(TRUNCATE)');
	}

	close(): void {
		this.db.close();
	}
}
