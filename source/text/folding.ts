// Rules read simplified characters; reports may be written in traditional ones, and spam mirrors
// print a reading after characters (會(huì)議, 區(qū)). The parser runs on a folded copy of the text —
// traditional characters folded one code unit for one (source/text/han-fold.ts), readings, stray
// commas and a forum's jammer left out — and every string it extracts is read back from the
// original text at the place it was found, so the model keeps the characters as written, readings
// and all.
import {foldHan, type CharConverter} from './han-fold.ts';

export interface Folding {
	/** The text the rules read. */
	folded: string;
	/** A string the rules produced from `folded`, in the original's characters. */
	unfold(text: string): string;
	/** The original offset of a folded offset (the folded text's length maps to the original's). */
	toOriginal(offset: number): number;
	/** The original end of a folded span ending at `end`: a reading after its last character goes with it. */
	endToOriginal(end: number): number;
	/** Where a forum's jammer was left out, in the original: it may open or close a line no span holds. */
	jammer: readonly {start: number; end: number}[];
}

/**
 * A reading printed after a character: (huì), (qū). A tone-marked syllable in brackets right after a
 * character is never a report's own words, so even one or two are read without (縣領(lǐng)導(dǎo)杜光旻, 112).
 * Some mirrors leave a space before the closing bracket: 全會(huì )議 (923, 87).
 */
const GLOSS = /(?<=[\u3400-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7} ?\)/gu;

/** What every reading has: a bracket and a tone-marked syllable's start. */
const MAY_GLOSS = /\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])/u;

/**
 * A comma a mirror printed before another mark: 副主席尹志軍、楊林,、王曉輝,、程玉梅 (371), 黨組書記,、主席章松
 * (371), 講話精神,;審議了 (371), also 203, 508, 527. The rules read the mark the report wrote.
 */
// After a word, as a reading is: a comma that opens a span is kept, so no span loses it.
const STRAY = /(?<=[\u3400-\u9fff\p{L}\p{N}）)])[,，](?=[、,，;；。])/gu;
const MAY_STRAY = /[,，][、,，;；。]/u;

/**
 * A forum's jammer: Discuz boards print a run of random one- and two-character tokens at a line
 * break to spoil copying (- l( T5 l4 c( Z5 |( k- a: P. ?孫偉當選…, 1032; 督导组到会指导。! [6 D5 H: x+ K" c' U' T,
 * 329; also 95, 711, 2004, 2016, 2018, on five sites). It opens or closes a line, and mixes letters with
 * marks as no run of page numbers or initials does (`isJammer`); the rules read the line without it.
 */
const JAMMER = /(?<=^|\n)[ \t]*(?:[!-~]{1,2} {1,2}){5,}[!-~]{1,2}(?![!-~])|(?<![!-~])(?:[!-~]{1,2} {1,2}){5,}[!-~]{1,2}[ \t]*(?=\r?\n|$)/g;
const MAY_JAM = /(?:[!-~]{1,2} {1,2}){5}/;
const isJammer = (run: string): boolean => (run.match(/[A-Za-z]/g)?.length ?? 0) >= 2 && (run.match(/[^\sA-Za-z0-9]/g)?.length ?? 0) >= 2;

/** Whether a text prints readings after its characters, as a mirror does. */
export const hasReadings = (text: string): boolean => MAY_GLOSS.test(text) && new RegExp(GLOSS.source, 'u').test(text);

/** A name as it is said, without the readings a mirror printed in it (雷永發(fā) → 雷永發). */
export const withoutReadings = (text: string): string => text.replace(GLOSS, '');

const identity = (text: string): Folding => ({folded: text, unfold: t => t, toOriginal: o => o, endToOriginal: o => o, jammer: []});

/** Folding of one original text; identity when nothing in it folds. */
export function foldingOf(original: string, convert: CharConverter | undefined): Folding {
	const jammed = MAY_JAM.test(original) ? [...original.matchAll(JAMMER)].filter(m => isJammer(m[0])) : [];
	// Most texts have no reading: a pattern that starts with its bracket finds that fast, where the
	// reading's own, which starts with a look-behind, is tried at every character.
	const found = [...(MAY_GLOSS.test(original) ? original.matchAll(GLOSS) : []), ...(MAY_STRAY.test(original) ? original.matchAll(STRAY) : []), ...jammed].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
	// A jammer's own marks may look like a stray comma (p, u): what one cut holds is no other's.
	const cut: RegExpExecArray[] = [];
	let cutTo = 0;
	for (const m of found)
		if (m.index >= cutTo) {
			cut.push(m);
			cutTo = m.index + m[0].length;
		}
	if (!convert && cut.length === 0) return identity(original);
	const jammedRuns = new Set(jammed);
	const jammer = cut.filter(m => jammedRuns.has(m)).map(m => ({start: m.index, end: m.index + m[0].length}));
	// Readings out, keeping for each folded offset its offset in the original.
	let stripped = original;
	let map: Int32Array | null = null;
	if (cut.length > 0) {
		const parts: string[] = [];
		map = new Int32Array(original.length + 1);
		let from = 0;
		let length = 0;
		for (const gloss of cut) {
			const at = gloss.index ?? 0;
			parts.push(original.slice(from, at));
			for (let i = from; i < at; i++) map[length++] = i;
			from = at + gloss[0].length;
		}
		parts.push(original.slice(from));
		for (let i = from; i < original.length; i++) map[length++] = i;
		map[length] = original.length;
		stripped = parts.join('');
	}
	const folded = convert ? foldHan(stripped, convert) : stripped;
	if (folded === original) return identity(original);
	const toOriginal = (offset: number) => (map ? map[Math.max(0, Math.min(offset, folded.length))] : offset);
	const endToOriginal = (end: number) => (end <= 0 ? toOriginal(0) : toOriginal(end - 1) + 1 + (map && end < folded.length ? trailingGloss(original, toOriginal(end - 1) + 1, toOriginal(end)) : 0));
	// Where the text has no copy of a string (a name with its layout space removed), each
	// character is read back as it is first written otherwise in this text: found where it is
	// asked for, since few strings need it and they hold few characters.
	const asWritten = new Map<string, string>();
	const charAsWritten = (char: string): string => {
		let out = asWritten.get(char);
		if (out === undefined) {
			out = char;
			for (let i = folded.indexOf(char); i >= 0; i = folded.indexOf(char, i + 1)) {
				const at = toOriginal(i);
				if (original.charAt(at) !== char) {
					out = original.charAt(at);
					break;
				}
			}
			asWritten.set(char, out);
		}
		return out;
	};
	const cache = new Map<string, string>();
	const unfold = (text: string): string => {
		let out = cache.get(text);
		if (out !== undefined) return out;
		const at = text.length > 0 ? folded.indexOf(text) : -1;
		if (at >= 0) out = original.slice(toOriginal(at), endToOriginal(at + text.length));
		else if (text.includes('\n')) out = text.split('\n').map(unfold).join('\n');
		else out = Array.from(text, char => (char.length === 1 ? charAsWritten(char) : char)).join('');
		cache.set(text, out);
		return out;
	};
	return {folded, unfold, toOriginal, endToOriginal, jammer};
}

/** The reading between the end of a span's last character and the next character, if any. */
function trailingGloss(original: string, from: number, next: number): number {
	if (next <= from || original.charAt(from) !== '(') return 0;
	// Only the reading: a stray comma after it (周勝會(huì),、, 508) is no part of the span.
	const close = original.indexOf(')', from);
	return close >= 0 && close < next ? close + 1 - from : 0;
}

/** Every string in a value, read back through `unfold`; numbers, booleans and nulls as they are. */
export function unfoldAll<T>(value: T, unfold: (text: string) => string): T {
	if (typeof value === 'string') return unfold(value) as T;
	if (Array.isArray(value)) return value.map(item => unfoldAll(item, unfold)) as T;
	if (value && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const key of Object.keys(value)) out[key] = unfoldAll((value as Record<string, unknown>)[key], unfold);
		return out as T;
	}
	return value;
}
