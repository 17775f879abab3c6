// Items that share a frame rather than an opener: 宏观政策要稳、产业政策要准、微观政策要活 — each
// names a different subject of the same kind (…政策) and says what it must do (要…). Found among
// 、-parts, clauses and sentences; at least three in a row, with distinct subjects.
import type {Section} from '../../model/report.ts';
import {clauses, enumeration, sentences, type Piece} from './clauses.ts';
import {inSection, tidy, type List, type Span} from './spans.ts';
import {chineseNumber} from '../lexicon/numerals.ts';
import {endingName} from './group.ts';
import {HAN_BASIC} from '../../text/han.ts';
import {FEWEST} from './labelled.ts';

// Up to six characters of qualifier, the two-character head noun, then 要 (not 要求).
const FRAME = new RegExp(String.raw`^([${HAN_BASIC}]{1,6}?)([${HAN_BASIC}]{2})要(?![求素点])`);
const CLOSING_HEAD = new RegExp(String.raw`的[${HAN_BASIC}]{0,4}?(?:思路|要求|原则|方针)$`);

interface Framed {
	subject: string;
	frame: string;
}

// The verb that introduces an in-clause list (要坚持宏观政策要稳、…) is not part of its first item.
const INTRODUCING = /^(?:要|必须)?(?:坚持|落实|把握|贯彻|按照|做到)/;

function introduced(text: string, piece: Piece): Piece {
	const verb = INTRODUCING.exec(text.slice(piece.start, piece.end))?.[0].length ?? 0;
	return {...piece, start: piece.start + verb};
}

function frameOf(text: string, piece: Piece): Framed | null {
	const match = FRAME.exec(text.slice(piece.start, Math.min(piece.end, piece.start + 12)));
	return match ? {subject: match[1], frame: match[2] + '要'} : null;
}

function runs(text: string, pieces: Piece[]): Piece[][] {
	// Fewer pieces than a list has make no run: their frames are not read.
	if (pieces.length < FEWEST) return [];
	const frames = pieces.map(p => frameOf(text, p));
	const out: Piece[][] = [];
	let i = 0;
	while (i < pieces.length) {
		const frame = frames[i]?.frame;
		let j = i + 1;
		const subjects = new Set([frames[i]?.subject]);
		while (frame && j < pieces.length && frames[j]?.frame === frame && !subjects.has(frames[j]?.subject)) subjects.add(frames[j++]?.subject);
		if (frame && j - i >= FEWEST) out.push(pieces.slice(i, j));
		i = j;
	}
	return out;
}

function list(section: Section, frame: string, spans: (Span | null)[]): List {
	const items = inSection(section.id, spans);
	return {group: `${chineseNumber(items.length)}大${frame.slice(0, -1)}`, type: 'requirement', items};
}

export function frameRuns(section: Section): List[] {
	const text = section.text;
	const lists: List[] = [];
	const all = sentences(text);
	for (const run of runs(text, all)) {
		lists.push(
			list(
				section,
				frameOf(text, run[0])?.frame ?? '',
				run.map(s => tidy(text, s.start, s.end)),
			),
		);
	}
	for (const sentence of all) {
		const parts = clauses(text, sentence);
		for (const run of runs(text, parts))
			lists.push(
				list(
					section,
					frameOf(text, run[0])?.frame ?? '',
					run.map(p => tidy(text, p.start, p.end)),
				),
			);
		for (const clause of parts) {
			const listed = enumeration(text, clause);
			if (listed.length < FEWEST) continue;
			listed[0] = introduced(text, listed[0]);
			for (const run of runs(text, listed)) {
				const spans = run.map(p => tidy(text, p.start, p.end));
				const last = spans[spans.length - 1];
				const head = last ? CLOSING_HEAD.exec(text.slice(last.start, last.end)) : null;
				if (last && head) spans[spans.length - 1] = {start: last.start, end: last.end - head[0].length};
				const framed = list(section, frameOf(text, run[0])?.frame ?? '', spans);
				// …的总体思路 / …的原则: a list its head calls a line of thinking is a principle.
				lists.push({...framed, type: head && !head[0].endsWith('要求') ? 'principle' : framed.type, inClause: true});
			}
		}
	}
	return lists;
}

/**
 * A sentence made only of clauses that open and close alike: 这是A的必然要求，是B的必然要求，是C的
 * 必然要求. The shared closing phrase names the list (三个必然要求); the first clause may carry a
 * short subject (这是, 也是) before the shared opening.
 */
export function closingFrames(section: Section): List[] {
	const text = section.text;
	const lists: List[] = [];
	for (const sentence of sentences(text)) {
		const parts = clauses(text, sentence);
		if (parts.length < FEWEST) continue;
		const words = parts.map(p => text.slice(p.start, p.end));
		const name = endingName(words);
		if (!name) continue;
		const opening = words[1][0];
		const at = words[0].indexOf(opening);
		if (at < 0 || !words.slice(2).every(w => w[0] === opening) || !/^(?:这|也|这也|更)?$/.test(words[0].slice(0, at))) continue;
		lists.push({
			group: name,
			type: 'other',
			items: inSection(
				section.id,
				parts.map(p => tidy(text, p.start, p.end)),
			),
		});
	}
	return lists;
}
