// The previous report of the same series: same body and kind of meeting, nearest earlier date.
// A series is what stays when the numbers go: 中国共产党第二十届中央纪律检查委员会第三次全体会议
// and …第二次全体会议 are both 中国共产党中央纪律检查委员会全体会议.
import {bigrams, dice} from './align.ts';

export interface SeriesEntry {
	path: string;
	title: string;
	date: string | null;
	meeting: string | null;
}

const NUMERAL = '[\\d〇零一二三四五六七八九十百两]+';
const DROP = [
	new RegExp(`第?${NUMERAL}届`, 'g'),
	new RegExp(`第?${NUMERAL}次`, 'g'),
	new RegExp(`${NUMERAL}年(${NUMERAL}月)?(${NUMERAL}日)?`, 'g'),
	new RegExp(`${NUMERAL}月${NUMERAL}日`, 'g'),
	/公报|在京|在北京|举行|召开/g,
	/[\s\p{P}\p{S}]/gu,
];

export function seriesKey(entry: Pick<SeriesEntry, 'title' | 'meeting'>): string {
	let key = entry.meeting || entry.title;
	for (const pattern of DROP) key = key.replace(pattern, '');
	return key;
}

/** How alike two series keys must be when no key matches exactly (a meeting named two ways). */
const ALIKE = 0.75;

export function previousInSeries(entries: SeriesEntry[], target: SeriesEntry): SeriesEntry | null {
	if (!target.date) return null;
	const key = seriesKey(target);
	const grams = bigrams(key);
	const earlier = entries.filter(e => e.path !== target.path && e.date !== null && e.date < target.date!);
	const same = earlier.filter(e => seriesKey(e) === key);
	const candidates = same.length > 0 ? same : earlier.filter(e => dice(bigrams(seriesKey(e)), grams) >= ALIKE);
	return candidates.sort((a, b) => b.date!.localeCompare(a.date!))[0] ?? null;
}
