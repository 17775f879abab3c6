// Units that brief the meeting in person: 会议听取了县教育局关于…的汇报 (105), 听取了区消防救援大队
// 关于…的汇报 (131), 听取了市人大常委会联工委关于…的说明 (130), 有关街道、区直部门(单位)汇报了相关
// 工作情况 (43). A department giving an oral briefing (汇报) or an explanation (说明) is at the
// meeting, and is labelled an attending body. A written report (人民政府关于…的报告, 55) and a
// year's work reported by party groups (听取…党组汇报工作, 80) say nothing of who sat in the room.
import type {Sentence} from './text.ts';
import {matchesOf} from '../matches.ts';

export interface BriefingUnit {
	name: string;
	section: number;
}

/** How the name of a department, office or unit ends. */
const UNIT_END = '(?:局|委|工委|办|办公室|中心|大队|支队|部门|部|单位|\\(单位\\)|（单位）|街道|开发区|园区|管委会|公司|集团|法院|检察院|厅|处|站|所)';

/** 听取(了)X关于…的汇报 / 说明: X names the unit, from the verb to 关于. */
const HEARD = new RegExp(`听取(?:和审议)?了?([^，。；：、“”《》]{2,24}?${UNIT_END})关于[^。；]{1,150}?的(?:工作)?(?:汇报|说明)`, 'gu');

/** X汇报了… at the start of a clause: the units themselves brief. */
const BRIEFED = new RegExp(`(?:^|[，。；])((?:有关|相关|各)?[^，。；：“”《》]{2,24}?${UNIT_END})(?:分别|先后|依次)?汇报了`, 'gu');

export function briefingUnits(sentences: readonly Sentence[]): BriefingUnit[] {
	const units: BriefingUnit[] = [];
	for (const sentence of sentences) {
		if (!sentence.text.includes('汇报') && !sentence.text.includes('说明')) continue;
		for (const pattern of [HEARD, BRIEFED]) for (const match of matchesOf(pattern, sentence.text)) units.push({name: match[1], section: sentence.section});
	}
	return units;
}
