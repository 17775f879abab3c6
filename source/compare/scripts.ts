// Two reports in different scripts: a Hong Kong or Taiwan reprint held against the mainland text,
// or a mirror that printed readings after its characters (經(jīng)濟(jì)). Compared character for character,
// every sentence would differ and every name (李高兴 / 李高興) would be added and removed. The
// traditional side is read in simplified characters, readings left out, before the comparison, and
// the comparison says so: what a reader then sees of that side is its simplified text.
import type {Report} from '../model/report.ts';
import {foldHan, loadConverter, looksTraditional, type CharConverter} from '../text/han-fold.ts';
import {hasReadings, withoutReadings} from '../text/folding.ts';

const textOf = (report: Report) => [report.meta.title, ...report.sections.slice(0, 40).map(s => s.text)].join('\n');

/** What of a report is not in plain simplified characters: traditional ones, or readings after characters. */
interface ScriptOf {
	traditional: boolean;
	readings: boolean;
}

function scriptOf(report: Report): ScriptOf {
	const text = textOf(report);
	return {traditional: looksTraditional(text), readings: hasReadings(text)};
}

/** Every string in a value, read through `read`; numbers, booleans and nulls as they are. */
function mapStrings<T>(value: T, read: (text: string) => string): T {
	if (typeof value === 'string') return read(value) as T;
	if (Array.isArray(value)) return value.map(v => mapStrings(v, read)) as T;
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, read)])) as T;
	return value;
}

/** The report read in simplified characters without readings: every string of its model, meta included. */
export function inSimplified(report: Report, convert: CharConverter): Report {
	const read = (text: string) => withoutReadings(foldHan(text, convert));
	// The path and dates are not words; the sections' offsets stay those of the text as read.
	return {...mapStrings(report, read), meta: {...mapStrings(report.meta, read), date: report.meta.date, time: report.meta.time}};
}

/** Which side is read in simplified characters, and the two reports as compared. */
export interface InOneScript {
	older: Report;
	newer: Report;
	/** The sides that were read in simplified characters (none when both are written alike). */
	folded: ('old' | 'new')[];
}

/**
 * The two reports in one script: when they are written differently (one traditional, or one with
 * readings, and the other not), the side that differs is read in simplified characters.
 */
export async function inOneScript(older: Report, newer: Report): Promise<InOneScript> {
	const [a, b] = [scriptOf(older), scriptOf(newer)];
	const differ = (side: ScriptOf, other: ScriptOf) => (side.traditional && !other.traditional) || (side.readings && !other.readings);
	const folded: ('old' | 'new')[] = [...(differ(a, b) ? (['old'] as const) : []), ...(differ(b, a) ? (['new'] as const) : [])];
	if (folded.length === 0) return {older, newer, folded};
	const convert = await loadConverter();
	return {
		older: folded.includes('old') ? inSimplified(older, convert) : older,
		newer: folded.includes('new') ? inSimplified(newer, convert) : newer,
		folded,
	};
}
