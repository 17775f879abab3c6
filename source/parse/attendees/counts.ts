// Attendance counts: 出席这次全会的市委委员42名、候补委员10名 / 列席238人 /
// 应出席代表2956人…出席2872人，缺席84人.
import type {Sentence} from './text.ts';
import {splitOutsideBrackets} from './items.ts';

export interface CountedGroup {
	name: string;
	count: number | null;
	part: 'attended' | 'observer';
	expected?: number;
	absent?: number;
	sections: number[];
}

/** The relative clause that opens the count list: 出席这次全会的(有). */
const ATTENDING_OF = /^.*?出席(?:这次|本次)?(?:全会|会议|大会|全体会议)?的(?:有)?[：]?/u;

export function readCounts(sentences: readonly Sentence[], allText: string): CountedGroup[] {
	const groups: CountedGroup[] = [];
	let lastExpected: CountedGroup | null = null;
	for (const sentence of sentences) {
		if (!/出席|列席|缺席/u.test(sentence.text)) continue;
		const body = sentence.text.replace(/[。；]$/u, '');
		for (const raw of splitOutsideBrackets(body, '，').flatMap(part => splitOutsideBrackets(part, '、'))) {
			const stripped = raw.replace(ATTENDING_OF, '');
			const plain = /^([^\d，、]{2,30}?)(\d+)(?:名|人)$/u.exec(stripped);
			const verbal = /(应出席|出席|缺席|列席)([^\d，、]{0,20}?)(\d+)(?:名|人)$/u.exec(stripped);
			if (verbal) {
				const [, verb, group, digits] = verbal;
				const count = Number(digits);
				if (verb === '应出席') {
					lastExpected = {name: group || '代表', count: null, part: 'attended', expected: count, sections: [sentence.section]};
					groups.push(lastExpected);
				} else if (verb === '出席' && !group && lastExpected) lastExpected.count = count;
				else if (verb === '缺席' && !group && lastExpected) lastExpected.absent = count;
				else if (verb === '列席') groups.push({name: group || '列席人员', count, part: 'observer', sections: [sentence.section]});
				else if (verb === '出席' && group) groups.push({name: group, count, part: 'attended', sections: [sentence.section]});
			} else if (plain && stripped !== raw) {
				groups.push({name: plain[1], count: Number(plain[2]), part: 'attended', sections: [sentence.section]});
			} else if (plain && groups.length > 0 && !/^(?:近|约|逾|超过)/u.test(plain[1])) {
				// Later groups of the same list: 出席…的有中央委员199人，候补中央委员159人.
				const previous = groups[groups.length - 1];
				if (previous.sections.includes(sentence.section)) groups.push({name: plain[1], count: Number(plain[2]), part: previous.part, sections: [sentence.section]});
			}
		}
	}
	for (const group of groups) group.name = fullerName(group.name, allText);
	return groups;
}

/**
 * 应出席代表2956人 names the group only by its noun; the lede names it in full
 * (近3000名全国人大代表…出席大会), and the full name is the one a reader knows.
 */
function fullerName(name: string, allText: string): string {
	if (name.length > 2) return name;
	const match = new RegExp(`\\d+(?:多)?名(\\p{Script=Han}{1,8}?${name})`, 'u').exec(allText);
	return match ? match[1] : name;
}
