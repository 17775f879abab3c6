// The previous report of the same series: same body and kind of meeting, nearest earlier date.
// A series is what stays when the numbers go: 中国共产党第二十届中央纪律检查委员会第三次全体会议
// and …第二次全体会议 are both 中国共产党中央纪律检查委员会全体会议.
import {bigrams, dice} from '../text/bigrams.ts';

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
	/《[^》]*》/g,
	/公报|在京|在北京|举行|召开/g,
	/[\s\p{P}\p{S}]/gu,
];

function strip(name: string): string {
	let key = name;
	for (const pattern of DROP) key = key.replace(pattern, '');
	return key;
}

export function seriesKey(entry: Pick<SeriesEntry, 'title' | 'meeting'>): string {
	return strip(entry.meeting || entry.title);
}

/** The meeting's name and the title, each without numbers: a report is named both ways. */
function seriesKeys(entry: Pick<SeriesEntry, 'title' | 'meeting'>): string[] {
	return [...new Set([entry.meeting, entry.title].filter(name => name).map(name => strip(name!)))].filter(key => key.length > 1);
}

/**
 * How alike two keys must be to name one series when they differ (a Politburo readout whose title
 * also names the document it reviewed). The Central Committee and the CCDI stay apart: their
 * plenums' keys, 中国共产党中央委员会全体会议 and 中国共产党中央纪律检查委员会全体会议, score 0.8.
 */
const ALIKE = 0.85;

export function sameSeries(a: Pick<SeriesEntry, 'title' | 'meeting'>, b: Pick<SeriesEntry, 'title' | 'meeting'>): boolean {
	const bs = seriesKeys(b);
	return seriesKeys(a).some(ka => bs.some(kb => ka === kb || dice(bigrams(ka), bigrams(kb)) >= ALIKE));
}

export function previousInSeries(entries: SeriesEntry[], target: SeriesEntry): SeriesEntry | null {
	if (!target.date) return null;
	const earlier = entries.filter(e => e.path !== target.path && e.date !== null && e.date < target.date! && sameSeries(e, target));
	return earlier.sort((a, b) => b.date!.localeCompare(a.date!))[0] ?? null;
}
