// Report text cut into the sentences the formulas are read from.
import {HAN} from '../lexicon/han.ts';
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
	const out: Sentence[] = [];
	let opensParagraph = true;
	for (const block of fullWidth(text)
		.replace(DATELINE, '$1。')
		.split(/[\s\u3000]{2,}/u)) {
		for (const piece of block.split(/(?<=[。！？!?；])/u)) {
			const squashed = piece.replace(/[\s\u3000]+/gu, '');
			if (squashed.replace(/[。！？!?；]/gu, '')) out.push({section, text: squashed, opensParagraph});
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

// A name that begins a doctrine's name (毛泽东思想, 邓小平理论, 习近平新时代中国特色社会主义思想,
// 习近平强军思想) is part of that name, not a mention of the person.
const DOCTRINE_AFTER_NAME = /^(?:新时代中国特色社会主义思想|(?:强军|经济|外交|生态文明|法治|文化)思想|思想|理论|主义)/u;

export function isDoctrineAt(text: string, nameEnd: number): boolean {
	return DOCTRINE_AFTER_NAME.test(text.slice(nameEnd));
}
