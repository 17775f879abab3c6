// Report text cut into the sentences the formulas are read from.
import {HAN} from '../../text/han.ts';
import {WordsByFirstUnit} from '../lexicon/occurrences.ts';
import {DATELINE_OUTLETS} from '../lexicon/datelines.ts';

export interface Sentence {
	/** Section id, or 0 for the headline block in the metadata. */
	section: number;
	text: string;
	/** The sentence opens its paragraph, where speaker-led paragraphs (袁家军指出，) begin. */
	opensParagraph: boolean;
}

/** Half-width punctuation (the bundled report writes `,` and `:`) read as its full-width twin. */
export function fullWidth(text: string): string {
	return text.replace(/,/g, '，').replace(/:/g, '：').replace(/;/g, '；');
}

/** A dateline (新华社北京1月8日电) ends where the story begins, whatever space follows it. */
const DATELINE = new RegExp(`((?:${DATELINE_OUTLETS.join('|')})${HAN}{0,8}?(?:\\d{1,2}月)?\\d{1,2}日电)[\\s\\u3000]*`, 'gu');

/**
 * Splits on sentence ends and on runs of two or more spaces, which some scraped pages use as
 * paragraph breaks; single spaces inside a sentence are layout (`省 领导`) and are dropped.
 */
export function sentencesOf(text: string, section: number): Sentence[] {
	return joinSubjectRuns(splitSentences(text, section));
}

/** A presence verb closing a sentence: 等应邀出席开幕会。, 列席会议。 */
const CLOSING_PRESENCE = /(?:出席|参加|列席|旁听|到会)[^，。；]{0,12}[。！]?$/u;
const ANY_VERB = /出席|参加|列席|旁听|主持|讲话|到会|就[座坐]/u;

/**
 * 市政协退休厅级领导干部代表，住河池的全国政协委员；市直…各单位领导；武警…领导等应邀出席开幕会 (45):
 * groups set apart by ； before the one verb they share are one subject, read as one sentence.
 */
function joinSubjectRuns(sentences: Sentence[]): Sentence[] {
	const out: Sentence[] = [];
	let run: Sentence[] = [];
	for (const sentence of sentences) {
		const open = sentence.text.endsWith('；') && !ANY_VERB.test(sentence.text) && sentence.text.length <= 120;
		if (open && (run.length === 0 || run[run.length - 1].section === sentence.section)) {
			run.push(sentence);
			continue;
		}
		if (run.length > 0 && run[0].section === sentence.section && CLOSING_PRESENCE.test(sentence.text)) {
			out.push({...run[0], text: [...run.map(r => r.text.replace(/；$/u, '，')), sentence.text].join('')});
		} else out.push(...run, sentence);
		run = [];
	}
	out.push(...run);
	return out;
}

/** Any character but a sentence's end: a piece holding only sentence ends is no sentence. */
const NOT_AN_END = /[^。！？!?；]/u;

function splitSentences(text: string, section: number): Sentence[] {
	const out: Sentence[] = [];
	let opensParagraph = true;
	for (const block of fullWidth(text)
		.replace(DATELINE, '$1。')
		.split(/[\s\u3000]{2,}/u)) {
		for (const piece of block.split(/(?<=[。！？!?；])/u)) {
			const squashed = piece.replace(/[\s\u3000]+/gu, '');
			if (NOT_AN_END.test(squashed)) out.push({section, text: squashed, opensParagraph});
			opensParagraph = false;
		}
		opensParagraph = true;
	}
	return out;
}

/**
 * A headline or deck line (`袁家军讲话 王浩黄建发等出席 黄莉新主持`): its spaces separate
 * clauses, so they become commas.
 */
export function headlineSentences(line: string): Sentence[] {
	const text = fullWidth(line)
		.trim()
		.replace(/[\s\u3000]+/gu, '，');
	return text ? [{section: 0, text, opensParagraph: true}] : [];
}

export {isDoctrineAt} from '../lexicon/occurrences.ts';

/** Whether `at` falls inside a book's or document's title (《…》): what is named there is not done here. */
export function insideBookTitle(text: string, at: number): boolean {
	return text.lastIndexOf('《', at) > text.lastIndexOf('》', at);
}

/**
 * Whether a text holds the first code unit of any of `words`: a gate that readers asking every
 * sentence for a few words pass before their searches, since most sentences hold none.
 */
export function firstUnitGate(words: readonly string[]): (text: string) => boolean {
	const firsts = new WordsByFirstUnit(words);
	return text => {
		for (let at = 0; at < text.length; at++) if (firsts.starts(text.charCodeAt(at))) return true;
		return false;
	};
}
