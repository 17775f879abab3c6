// What y, Y, |, e, v and s act on: the focused list item's text, taken from the model (never the
// sanitized view: a pipe or a clipboard gets the report exactly as written).
//
//   section          its text — the same as `plenum section N`
//   measure          every item of its group as a numbered list ("1. …"), since a list is read
//                    and reused whole; the group name and sections go in the citation
//   person, body,    every sentence where the name or formulation occurs, one a line, as
//   term             "§N<TAB>sentence" (the caption and bylines as "caption<TAB>…"), so
//                    `cut -f2` takes the sentences and `sort | uniq -c` counts sections
//   whole report     the title, then every section, a blank line apart
//
// Every text ends in exactly one newline, as `plenum section N` prints it: piping a section
// to `wc -m` in the browser counts what `plenum section N | wc -m` counts, and a copy is what
// `plenum section N | pbcopy` would copy.
import type {Measure, Report} from '../../model/report.ts';
import {measureGroups} from '../../model/measures.ts';
import type {Target} from './tabs.ts';
import {occurrencesOf} from '../../parse/lexicon/occurrences.ts';
import {sanitizeLine} from '../../text/sanitize.ts';

export type Scope = 'focused' | 'report';

export interface Focused {
	text: string;
	/**
	 * For prompts and messages: "§3", "主要目标 (3 items)", "马卫光", "the whole report" — shown,
	 * so its controls are placeholders already and its width is the width drawn.
	 */
	label: string;
	/** The sections the text comes from, for the citation; empty for the whole report. */
	sections: number[];
	/** The measure group, for the citation. */
	group: string | null;
	/** A file name without extension, for save and the editor's temporary file. */
	stem: string;
}

const withNewline = (text: string) => (text === '' ? '' : text.replace(/\n*$/, '\n'));

/** The measure group (as `plenum measures` groups them) that holds the measure at `index`. */
export function groupOf(measures: Measure[], index: number): {group: string; items: Measure[]} | null {
	const measure = measures[index];
	if (!measure) return null;
	return measureGroups(measures).find(g => g.items.includes(measure)) ?? null;
}

// A sentence ends at 。！？ (with any closing quotes after it) or at a line break.
const SENTENCE = /[^。！？!?\n]+[。！？!?]*[”’」』）)]*/g;

/** The sentences of `text` that contain any of `needles`, each once; `names`: a person's, not inside a doctrine's name. */
export function sentencesWith(text: string, needles: string[], names = false): string[] {
	return (text.match(SENTENCE) ?? []).map(s => s.trim()).filter(s => s !== '' && occurrencesOf(s, needles, {names}).length > 0);
}

function occurrences(report: Report, needles: string[], names = false): {text: string; sections: number[]} {
	const lines: string[] = [];
	const sections: number[] = [];
	const meta = [report.meta.caption ? `caption\t${report.meta.caption.replace(/\n+/g, ' ')}` : '', ...report.meta.bylines.map(b => `${b.role}\t${b.name}`)];
	for (const line of meta) if (line && needles.some(n => n && line.includes(n))) lines.push(line);
	for (const s of report.sections) {
		const found = sentencesWith(s.text, needles, names);
		if (found.length > 0) sections.push(s.id);
		for (const sentence of found) lines.push(`§${s.id}\t${sentence}`);
	}
	return {text: lines.join('\n'), sections};
}

function stemOf(report: Report, name: string): string {
	const date = report.meta.date ? `${report.meta.date}-` : '';
	// No separators, no controls (C0, C1, bidi): a file name that spoofs nothing.
	const safe = name.replace(/[\s/\\:*?"<>|\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069“”]+/g, '-').replace(/^-+|-+$/g, '');
	return `${date}${safe || 'plenum'}`.slice(0, 80);
}

export function wholeReport(report: Report): Focused {
	const title = report.meta.title || report.meta.meeting || '';
	const parts = [title, ...report.sections.map(s => s.text)].filter(Boolean);
	return {text: withNewline(parts.join('\n\n')), label: 'the whole report', sections: [], group: null, stem: stemOf(report, 'report')};
}

/** The text for `target` (or the whole report when `scope` says so or nothing is focused). */
export function focusedText(report: Report, target: Target | null, scope: Scope = 'focused'): Focused {
	if (scope === 'report' || target === null) return wholeReport(report);
	switch (target.kind) {
		case 'section': {
			const s = report.sections.find(x => x.id === target.id);
			return {text: withNewline(s?.text ?? ''), label: `§${target.id}`, sections: s ? [s.id] : [], group: null, stem: stemOf(report, `section-${target.id}`)};
		}
		case 'measure': {
			const g = groupOf(report.measures, target.index);
			if (!g) return {text: '', label: 'this measure', sections: [], group: null, stem: stemOf(report, 'measures')};
			const text = g.items.map(m => `${m.ordinal}. ${m.text}`).join('\n');
			const sections = [...new Set(g.items.map(m => m.section))];
			const count = `${g.items.length} item${g.items.length === 1 ? '' : 's'}`;
			return {text: withNewline(text), label: `${sanitizeLine(g.group)} (${count})`, sections, group: g.group, stem: stemOf(report, `measures-${g.group}`)};
		}
		case 'person': {
			const p = report.people[target.index];
			const found = occurrences(report, [p.name, p.asWritten ?? ''], true);
			return {text: withNewline(found.text), label: sanitizeLine(p.name), sections: found.sections, group: null, stem: stemOf(report, p.name)};
		}
		case 'body': {
			const b = report.bodies[target.index];
			const found = occurrences(report, [b.name]);
			return {text: withNewline(found.text), label: sanitizeLine(b.name), sections: found.sections, group: null, stem: stemOf(report, b.name)};
		}
		case 'term': {
			const t = report.terms[target.index];
			const found = occurrences(report, [t.text]);
			return {text: withNewline(found.text), label: `“${sanitizeLine(t.text)}”`, sections: found.sections, group: null, stem: stemOf(report, `term-${t.text}`)};
		}
	}
}

/** "— 《title》, date, source, §3 (group)": what `Y` adds below the copied text. */
export function citation(report: Report, focused: Focused): string {
	const {title, date, source, meeting, url} = report.meta;
	const where = focused.sections.map(s => `§${s}`).join(' ') + (focused.group ? ` (${focused.group})` : '');
	const parts = [title || meeting ? `《${title || meeting}》` : '', date ?? '', source ?? '', where.trim(), url ?? ''].filter(Boolean);
	return `— ${parts.join(', ')}`;
}

export function withCitation(report: Report, focused: Focused): string {
	return `${focused.text}${citation(report, focused)}\n`;
}

/** Characters as `wc -m` counts them in a UTF-8 locale: code points. */
export function characterCount(text: string): number {
	let count = 0;
	for (const _ of text) count++;
	return count;
}
