// What comparing two reports yields: the contract of `plenum diff --json`, which other tools and
// tests read. Fields may be added; the ones the issue lists are kept as they are.
import type {BodyPart, PersonPart} from '../model/report.ts';

export interface ReportRef {
	path: string | null;
	title: string;
	date: string | null;
	meeting: string | null;
}

export interface TermCount {
	term: string;
	count: number;
	/** Sections (ids) of the report that has it. */
	sections: number[];
}

export interface KeptTerm {
	term: string;
	old: number;
	new: number;
}

/** A formulation whose wording changed by a few characters between corresponding sentences. */
export interface ChangedFormulation {
	old: string;
	new: string;
	/** The sections the two phrases sit in. */
	oldSection: number;
	newSection: number;
}

export interface PersonState {
	roles: string[];
	part: PersonPart;
}

export interface PersonEntry extends PersonState {
	name: string;
	sections: number[];
}

export interface BodyState {
	count: number | null;
	part: BodyPart;
}

export interface BodyEntry extends BodyState {
	name: string;
	sections: number[];
}

export interface Changed<T> {
	name: string;
	old: T;
	new: T;
}

export interface MeasureItemChange {
	old: string;
	new: string;
}

export interface MeasureGroupEntry {
	group: string;
	items: string[];
	section: number;
}

export interface MeasureGroupChange {
	/** The newer report's name for the group. */
	group: string;
	oldGroup: string;
	oldSection: number;
	newSection: number;
	added: string[];
	removed: string[];
	/** Items that correspond but were reworded. */
	changed: MeasureItemChange[];
}

export type SentenceOp = 'same' | 'changed' | 'added' | 'removed' | 'moved';

export interface SentenceRef {
	section: number;
	text: string;
}

/** One run of a character-level redline: kept, only in the old sentence, or only in the new. */
export interface DiffPart {
	type: 'same' | 'removed' | 'added';
	text: string;
}

export interface SentenceEntry {
	op: SentenceOp;
	old: SentenceRef | null;
	new: SentenceRef | null;
	/** For changed sentences (and moved ones that also changed): the redline, old → new. */
	parts?: DiffPart[];
	/** Set on a changed sentence that also moved. */
	moved?: boolean;
	/** Character-bigram similarity of a paired sentence, 0–1. */
	similarity?: number;
}

export interface Comparison {
	old: ReportRef;
	new: ReportRef;
	terms: {added: TermCount[]; removed: TermCount[]; kept: KeptTerm[]; changed: ChangedFormulation[]};
	people: {added: PersonEntry[]; removed: PersonEntry[]; changed: Changed<PersonState>[]};
	bodies: {added: BodyEntry[]; removed: BodyEntry[]; changed: Changed<BodyState>[]};
	measures: {added: MeasureGroupEntry[]; removed: MeasureGroupEntry[]; changed: MeasureGroupChange[]};
	sentences: SentenceEntry[];
	summary: {same: number; changed: number; moved: number; added: number; removed: number; similarity: number};
	/** The sides read in simplified characters, readings left out, because the two were written differently. */
	readInSimplified?: ('old' | 'new')[];
}
