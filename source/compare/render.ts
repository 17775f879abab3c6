// The comparison as a redline for a terminal or a pipe, and as Markdown. On a pipe (chalk level 0)
// deletions read [-like this-] and insertions {+like this+}, as `git diff --word-diff=plain` writes.
import type {ChalkInstance} from 'chalk';
import type {Comparison, DiffPart, ReportRef, SentenceEntry} from './types.ts';
import {displayWidth, padToWidth} from '../text/width.ts';

export type Style = Pick<ChalkInstance, 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'cyan' | 'strikethrough' | 'underline' | 'level'>;

const PART: Record<string, string> = {presided: 'presided', spoke: 'spoke', reported: 'reported', explained: 'explained', attended: 'attended', observer: 'sat in', mentioned: 'mentioned'};

export function refLine(ref: ReportRef): string {
	const title = ref.title || ref.meeting || ref.path || '(untitled)';
	return ref.date ? `${title} (${ref.date})` : title;
}

function removedText(text: string, style: Style): string {
	return style.level > 0 ? style.red.strikethrough(text) : `[-${text}-]`;
}

function addedText(text: string, style: Style): string {
	return style.level > 0 ? style.green.underline(text) : `{+${text}+}`;
}

export function inlineRedline(parts: DiffPart[], style: Style): string {
	return parts.map(p => (p.type === 'same' ? p.text : p.type === 'removed' ? removedText(p.text, style) : addedText(p.text, style))).join('');
}

/** A sentence's place: §3, or §3→§7 when it moved between sections. */
export function sentencePlace(s: SentenceEntry): string {
	if (s.old && s.new) return s.old.section === s.new.section ? `§${s.new.section}` : `§${s.old.section}→§${s.new.section}`;
	return `§${(s.new ?? s.old)!.section}`;
}

const MARK: Record<SentenceEntry['op'], string> = {same: ' ', changed: '~', added: '+', removed: '-', moved: '↕'};

export function sentenceLine(s: SentenceEntry, style: Style): string {
	const mark = MARK[s.op];
	const place = style.dim(sentencePlace(s).padEnd(8));
	if (s.op === 'changed') return `${style.yellow(s.moved ? '↕' : mark)} ${place}${inlineRedline(s.parts ?? [], style)}`;
	if (s.op === 'added') return `${style.green(mark)} ${place}${style.level > 0 ? style.green(s.new!.text) : `{+${s.new!.text}+}`}`;
	if (s.op === 'removed') return `${style.red(mark)} ${place}${style.level > 0 ? style.red(s.old!.text) : `[-${s.old!.text}-]`}`;
	if (s.op === 'moved') return `${style.cyan(mark)} ${place}${style.dim(s.new!.text)}`;
	return `${mark} ${place}${style.dim(s.new!.text)}`;
}

function list<T>(items: T[], show: (item: T) => string, limit = Infinity): string {
	const shown = items.slice(0, limit).map(show).join(' · ');
	return items.length > limit ? `${shown} · … ${items.length - limit} more` : shown;
}

export function isEmpty(c: Comparison): boolean {
	return (
		c.sentences.every(s => s.op === 'same') &&
		[
			c.terms.added,
			c.terms.removed,
			c.terms.changed,
			c.people.added,
			c.people.removed,
			c.people.changed,
			c.bodies.added,
			c.bodies.removed,
			c.bodies.changed,
			c.measures.added,
			c.measures.removed,
			c.measures.changed,
		].every(l => l.length === 0)
	);
}

export function summaryLine(c: Comparison): string {
	const s = c.summary;
	const read = c.readInSimplified?.length ? ` · ${c.readInSimplified.map(side => side.toUpperCase()).join(' and ')} read in simplified characters` : '';
	return `sentences: ${s.same} same · ${s.changed} changed · ${s.moved} moved · ${s.added} new · ${s.removed} dropped · similarity ${s.similarity.toFixed(2)}${read}`;
}

export interface RedlineOptions {
	/** Print unchanged sentences too, instead of counting them. */
	all?: boolean;
}

/** The whole redline, for a terminal (styled) or a pipe (plain). */
export function formatRedline(c: Comparison, style: Style, options: RedlineOptions = {}): string {
	const out: string[] = [];
	const heading = (text: string, count?: number) => out.push('', style.bold(count === undefined ? text : `${text} (${count})`));
	out.push(`${style.dim('old')} ${refLine(c.old)}`, `${style.dim('new')} ${refLine(c.new)}`, style.dim(summaryLine(c)));
	if (isEmpty(c)) {
		out.push('', 'No differences.');
		return out.join('\n');
	}

	if (c.terms.changed.length > 0) {
		heading('Formulations changed', c.terms.changed.length);
		const width = Math.max(...c.terms.changed.map(f => displayWidth(f.old)));
		for (const f of c.terms.changed) {
			const places = style.dim(f.oldSection === f.newSection ? `§${f.newSection}` : `§${f.oldSection}→§${f.newSection}`);
			out.push(`  ${padToWidth(f.old, width)} → ${f.new}  ${places}`);
		}
	}
	if (c.terms.added.length + c.terms.removed.length + c.terms.kept.length > 0) {
		heading('Terms');
		if (c.terms.added.length) out.push(`  ${style.green('new')}      ${list(c.terms.added, t => `“${t.term}” ${t.count}`)}`);
		if (c.terms.removed.length) out.push(`  ${style.red('dropped')}  ${list(c.terms.removed, t => `“${t.term}” ${t.count}`)}`);
		if (c.terms.kept.length) out.push(`  ${style.dim('kept')}     ${list(c.terms.kept, t => (t.old === t.new ? `“${t.term}” ${t.new}` : `“${t.term}” ${t.old}→${t.new}`))}`);
	}
	const people = c.people.added.length + c.people.removed.length + c.people.changed.length;
	if (people > 0) {
		heading('People', people);
		const roles = (r: string[]) => (r.length ? r.join('、') + ' ' : '');
		if (c.people.added.length) out.push(`  ${style.green('+')} ${list(c.people.added, p => `${roles(p.roles)}${p.name} ${style.dim(PART[p.part] ?? p.part)}`)}`);
		if (c.people.removed.length) out.push(`  ${style.red('-')} ${list(c.people.removed, p => `${roles(p.roles)}${p.name} ${style.dim(PART[p.part] ?? p.part)}`)}`);
		for (const p of c.people.changed) {
			const part = p.old.part === p.new.part ? '' : ` ${PART[p.old.part] ?? p.old.part} → ${PART[p.new.part] ?? p.new.part}`;
			const role = p.old.roles.join('、') === p.new.roles.join('、') ? '' : ` ${p.old.roles.join('、') || '—'} → ${p.new.roles.join('、') || '—'}`;
			out.push(`  ${style.yellow('~')} ${p.name}${role}${part}`);
		}
	}
	const bodies = c.bodies.added.length + c.bodies.removed.length + c.bodies.changed.length;
	if (bodies > 0) {
		heading('Bodies', bodies);
		const count = (n: number | null) => (n === null ? '' : ` ${n}`);
		for (const b of c.bodies.changed) {
			const part = b.old.part === b.new.part ? '' : ` (${PART[b.old.part]} → ${PART[b.new.part]})`;
			out.push(`  ${style.yellow('~')} ${b.name}${b.old.count === b.new.count ? count(b.new.count) : ` ${b.old.count ?? '—'} → ${b.new.count ?? '—'}`}${part}`);
		}
		for (const b of c.bodies.added) out.push(`  ${style.green('+')} ${b.name}${count(b.count)} ${style.dim(PART[b.part])}`);
		for (const b of c.bodies.removed) out.push(`  ${style.red('-')} ${b.name}${count(b.count)} ${style.dim(PART[b.part])}`);
	}
	const measures = c.measures.added.length + c.measures.removed.length + c.measures.changed.length;
	if (measures > 0) {
		heading('Measures', measures);
		for (const g of c.measures.changed) {
			const name = g.oldGroup === g.group ? g.group : `${g.oldGroup} → ${g.group}`;
			out.push(`  ${style.yellow('~')} ${name} ${style.dim(`§${g.oldSection}→§${g.newSection}: ${g.added.length} new, ${g.removed.length} dropped, ${g.changed.length} reworded`)}`);
			for (const item of g.added) out.push(`      ${style.green('+')} ${item}`);
			for (const item of g.removed) out.push(`      ${style.red('-')} ${item}`);
			for (const item of g.changed) out.push(`      ${style.yellow('~')} ${item.old} → ${item.new}`);
		}
		for (const g of c.measures.added) out.push(`  ${style.green('+')} ${g.group} ${style.dim(`§${g.section}, ${g.items.length} items`)}`);
		for (const g of c.measures.removed) out.push(`  ${style.red('-')} ${g.group} ${style.dim(`§${g.section}, ${g.items.length} items`)}`);
	}

	heading('Text');
	let unchanged = 0;
	const flush = () => {
		if (unchanged > 0) out.push(style.dim(`  ⋯ ${unchanged} unchanged`));
		unchanged = 0;
	};
	for (const s of c.sentences) {
		if (s.op === 'same' && !options.all) {
			unchanged++;
			continue;
		}
		flush();
		out.push(sentenceLine(s, style));
	}
	flush();
	return out.join('\n');
}

const md = (text: string) => text.replace(/([\\`*_[\]<>~|])/g, '\\$1');

function mdRedline(parts: DiffPart[]): string {
	return parts.map(p => (p.type === 'same' ? md(p.text) : p.type === 'removed' ? `~~${md(p.text)}~~` : `**${md(p.text)}**`)).join('');
}

/** The redline as Markdown: deletions ~~struck~~, insertions **bold**. */
export function formatRedlineMarkdown(c: Comparison, options: RedlineOptions = {}): string {
	const out: string[] = [`# ${md(refLine(c.old))} → ${md(refLine(c.new))}`, '', summaryLine(c)];
	if (isEmpty(c)) return [...out, '', 'No differences.', ''].join('\n');
	if (c.terms.changed.length) {
		out.push('', '## Formulations changed', '', '| old | new | sections |', '| --- | --- | --- |');
		for (const f of c.terms.changed) out.push(`| ${md(f.old)} | ${md(f.new)} | §${f.oldSection} → §${f.newSection} |`);
	}
	if (c.terms.added.length + c.terms.removed.length + c.terms.kept.length) {
		out.push('', '## Terms', '');
		if (c.terms.added.length) out.push(`- **New:** ${c.terms.added.map(t => `“${md(t.term)}” ${t.count}`).join(', ')}`);
		if (c.terms.removed.length) out.push(`- **Dropped:** ${c.terms.removed.map(t => `“${md(t.term)}” ${t.count}`).join(', ')}`);
		if (c.terms.kept.length) out.push(`- **Kept:** ${c.terms.kept.map(t => `“${md(t.term)}” ${t.old}→${t.new}`).join(', ')}`);
	}
	if (c.people.added.length + c.people.removed.length + c.people.changed.length) {
		out.push('', '## People', '');
		if (c.people.added.length) out.push(`- **New:** ${c.people.added.map(p => md(p.name)).join('、')}`);
		if (c.people.removed.length) out.push(`- **Gone:** ${c.people.removed.map(p => md(p.name)).join('、')}`);
		for (const p of c.people.changed) out.push(`- **${md(p.name)}:** ${p.old.roles.join('、') || '—'} (${p.old.part}) → ${p.new.roles.join('、') || '—'} (${p.new.part})`);
	}
	if (c.bodies.added.length + c.bodies.removed.length + c.bodies.changed.length) {
		out.push('', '## Bodies', '');
		for (const b of c.bodies.changed) out.push(`- ${md(b.name)}: ${b.old.count ?? '—'} → ${b.new.count ?? '—'}`);
		for (const b of c.bodies.added) out.push(`- New: ${md(b.name)} ${b.count ?? ''}`.trimEnd());
		for (const b of c.bodies.removed) out.push(`- Gone: ${md(b.name)} ${b.count ?? ''}`.trimEnd());
	}
	if (c.measures.added.length + c.measures.removed.length + c.measures.changed.length) {
		out.push('', '## Measures', '');
		for (const g of c.measures.changed) {
			out.push(`- **${md(g.oldGroup === g.group ? g.group : `${g.oldGroup} → ${g.group}`)}**`);
			for (const item of g.added) out.push(`  - new: ${md(item)}`);
			for (const item of g.removed) out.push(`  - dropped: ~~${md(item)}~~`);
			for (const item of g.changed) out.push(`  - reworded: ${md(item.old)} → ${md(item.new)}`);
		}
		for (const g of c.measures.added) out.push(`- New group **${md(g.group)}** (§${g.section}): ${g.items.map(md).join('；')}`);
		for (const g of c.measures.removed) out.push(`- Dropped group **${md(g.group)}** (§${g.section}): ${g.items.map(md).join('；')}`);
	}
	out.push('', '## Text', '');
	let unchanged = 0;
	for (const s of c.sentences) {
		if (s.op === 'same' && !options.all) {
			unchanged++;
			continue;
		}
		if (unchanged) out.push(`- *… ${unchanged} unchanged*`);
		unchanged = 0;
		const place = sentencePlace(s);
		if (s.op === 'changed') out.push(`- ${place}${s.moved ? ' (moved)' : ''}: ${mdRedline(s.parts ?? [])}`);
		else if (s.op === 'added') out.push(`- ${place} new: **${md(s.new!.text)}**`);
		else if (s.op === 'removed') out.push(`- ${place} dropped: ~~${md(s.old!.text)}~~`);
		else if (s.op === 'moved') out.push(`- ${place} moved: ${md(s.new!.text)}`);
		else out.push(`- ${place}: ${md(s.new!.text)}`);
	}
	if (unchanged) out.push(`- *… ${unchanged} unchanged*`);
	return out.join('\n') + '\n';
}
