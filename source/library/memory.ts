// The library held in memory for one run: where better-sqlite3 cannot load, or the cache folder
// cannot be written. It keeps the same postings as the index on disk (postings.ts); what they cannot
// answer scans every section. Answers are the same as from the index.
import type {ReportRecord, SkippedRecord} from './record.ts';
import {libraryFolder, type Fold} from './fold.ts';
import {postingsOf, sectionId, type PostingsReader} from './postings.ts';
import type {CountRow, FileState, LibraryStore, PersonRow, ReportBytes, ReportRow, SectionRow, SkippedRow} from './store.ts';

interface Held {
	row: ReportRow;
	model: Uint8Array;
	texts: string[];
}

export class MemoryStore implements LibraryStore {
	readonly kind = 'memory';
	readonly location = null;
	private readonly held = new Map<string, Held>();
	private readonly skips = new Map<string, string>();
	private readonly states = new Map<string, FileState>();
	private sectionRows: (SectionRow & {text: string})[] = [];
	private peopleRows: PersonRow[] = [];
	/** Every write's postings, by bigram; a forgotten report's stay, as in the index on disk. */
	private readonly grams = new Map<number, Uint8Array[]>();
	private nextId = 1;

	folder(): Promise<Fold> {
		return libraryFolder();
	}

	files(): Map<string, FileState> {
		return new Map(this.states);
	}

	write(records: readonly (ReportRecord | SkippedRecord)[], touched: readonly FileState[], removed: readonly string[]): void {
		const gone = new Set([...removed, ...records.map(r => r.path)]);
		const dropped = new Set<number>();
		for (const path of gone) {
			const held = this.held.get(path);
			if (held) dropped.add(held.row.id);
			this.held.delete(path);
			this.skips.delete(path);
		}
		for (const path of removed) this.states.delete(path);
		if (dropped.size > 0) {
			this.sectionRows = this.sectionRows.filter(s => !dropped.has(s.report));
			this.peopleRows = this.peopleRows.filter(p => !dropped.has(p.report));
		}
		for (const f of touched) this.states.set(f.path, f);
		const posted: {id: number; folded: string}[] = [];
		for (const r of records) {
			this.states.set(r.path, {path: r.path, size: r.size, mtimeMs: r.mtimeMs, hash: r.hash});
			if (r.kind === 'skipped') {
				this.skips.set(r.path, r.reason);
				continue;
			}
			const id = this.nextId++;
			const row: ReportRow = {id, path: r.path, hash: r.hash, date: r.date, title: r.title, meeting: r.meeting, series: r.series, chars: r.chars, sections: r.sections.length, bytes: r.size};
			this.held.set(r.path, {row, model: r.model, texts: r.sections.map(s => s.text)});
			for (const s of r.sections) {
				const section = {id: sectionId(id, s.n), report: id, n: s.n, folded: s.folded, text: s.text};
				this.sectionRows.push(section);
				posted.push(section);
			}
			for (const p of r.people) this.peopleRows.push({...p, report: id});
		}
		for (const row of postingsOf(posted)) {
			const data = row.data.slice();
			const list = this.grams.get(row.gram);
			if (list) list.push(data);
			else this.grams.set(row.gram, [data]);
		}
	}

	reports(): ReportRow[] {
		return [...this.held.values()].map(h => h.row);
	}

	reportIds(): Set<number> {
		return new Set(this.reports().map(r => r.id));
	}

	reportsOf(ids: readonly number[]): ReportRow[] {
		const wanted = new Set(ids);
		return this.reports().filter(r => wanted.has(r.id));
	}

	sharedReports(): ReportBytes[] {
		// Rows held in memory cost nothing to read: copiesOf finds the copies among all of them.
		return this.reports();
	}

	dateSpan(): {first: string; last: string} | null {
		const dates = this.reports()
			.map(r => r.date)
			.filter((d): d is string => Boolean(d))
			.sort();
		return dates.length > 0 ? {first: dates[0], last: dates.at(-1)!} : null;
	}

	skipped(): SkippedRow[] {
		return [...this.skips].map(([path, reason]) => ({path, reason})).sort((a, b) => a.path.localeCompare(b.path));
	}

	postings(): PostingsReader {
		return {blobs: gram => this.grams.get(gram) ?? [], size: gram => (this.grams.get(gram) ?? []).reduce((n, b) => n + b.length, 0)};
	}

	*folded(ids: readonly number[]): Iterable<SectionRow> {
		const wanted = new Set(ids);
		for (const s of this.sectionRows) if (wanted.has(s.id)) yield s;
	}

	*candidates(literal?: string): Iterable<SectionRow> {
		// No index of initials: every section is a candidate, narrowed by a cheap test when there is one.
		for (const s of this.sectionRows) if (!literal || s.folded.includes(literal)) yield s;
	}

	*count(word: string): Iterable<CountRow> {
		for (const s of this.sectionRows) {
			let count = 0;
			for (let at = s.folded.indexOf(word); at >= 0; at = s.folded.indexOf(word, at + word.length)) count++;
			if (count > 0) yield {id: s.id, report: s.report, n: s.n, count};
		}
	}

	texts(ids: readonly number[]): Map<number, string> {
		const wanted = new Set(ids);
		return new Map(this.sectionRows.filter(s => wanted.has(s.id)).map(s => [s.id, s.text]));
	}

	private byId(report: number): Held {
		for (const h of this.held.values()) if (h.row.id === report) return h;
		throw new Error(`no report ${report}`);
	}

	model(report: number): Uint8Array {
		return this.byId(report).model;
	}

	sectionTexts(report: number): string[] {
		return this.byId(report).texts;
	}

	people(): PersonRow[] {
		return this.peopleRows;
	}

	close(): void {}
}
