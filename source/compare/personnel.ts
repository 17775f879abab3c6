// Names that a report's personnel decisions and lectures carry, for the people the attendee readers
// leave out. A standing committee's closing report appoints, removes and expels in long clauses
// (任命郝鹏为…、孙绍骋为…；免去夏光的…职务; 撤销赵金云、魏博平…委员资格), and those names are how its
// personnel news reads; the comparison counts them as people mentioned.
import type {Person, Report} from '../model/report.ts';

// A name: two to four Han characters, or a transcribed name with a middle dot (帕巴拉·格列朗杰).
const NAME = '\\p{Script=Han}{2,4}(?:·\\p{Script=Han}{2,6})?';
const NAMES = `${NAME}(?:、${NAME})*`;
const COMRADE = '(?:同志)?';

/** Each pattern's first group is a name, or names joined by 、. */
const DECISIONS = [
	// 免去何卫东的…职务, 免去齐扎拉第十四届…职务, 免去胡晓犁、欧阳昌琼的…职务
	new RegExp(`免去(${NAMES})${COMRADE}(?:的|第)`, 'gu'),
	// 撤销李微微、李健第十四届全国政协委员资格
	new RegExp(`撤销(${NAMES})${COMRADE}第`, 'gu'),
	// 接受噶玛泽登同志请辞…, 接受龚六堂辞去…
	new RegExp(`接受(${NAMES})${COMRADE}(?:请辞|辞去)`, 'gu'),
	// 梁晔不再担任…, 郝明金同志不再兼任…
	new RegExp(`(?:^|[，；。、])(${NAME})${COMRADE}不再(?:担任|兼任)`, 'gmu'),
	// a lecture: 史耀斌作了题为《…》, 首席专家王巍应邀作题为“…”
	new RegExp(`(?:^|[，。]|专家|教授|研究员|院士)(${NAME})(?:应邀)?作了?题为`, 'gmu'),
];
// 任命郝鹏为…、孙绍骋为…: every 为 of one appointment clause follows a name.
const APPOINTMENT = /任命[^；。]*/gu;
const APPOINTED = new RegExp(`(?:^任命|、)(${NAME})${COMRADE}为`, 'gu');

// Words that end a clause's subject rather than a name (会议决定任命…, 其委员资格).
const NOT_NAME = /^(会议|决定|其|本人|全体|有关|上述)/u;
// What a greedy name can swallow before its verb (王民同志不再担任, 王巍应邀作).
const AFTER_NAME = /(同志|应邀)$/u;

/** The names in one text's decisions and lectures. */
export function decisionNames(text: string): Set<string> {
	const names = new Set<string>();
	const add = (group: string) => {
		for (const written of group.split('、')) {
			const name = written.replace(AFTER_NAME, '');
			if ([...name].length >= 2 && !NOT_NAME.test(name)) names.add(name);
		}
	};
	for (const pattern of DECISIONS) for (const match of text.matchAll(pattern)) add(match[1]);
	for (const clause of text.matchAll(APPOINTMENT)) for (const match of clause[0].matchAll(APPOINTED)) add(match[1]);
	return names;
}

/** The report's people, with the names its decisions and lectures carry that the readers did not list. */
export function peopleWithDecisions(report: Report): Person[] {
	const known = new Set(report.people.map(p => p.name));
	const extra: Person[] = [];
	for (const section of report.sections) {
		for (const name of decisionNames(section.text)) {
			if (known.has(name)) continue;
			known.add(name);
			extra.push({name, roles: [], part: 'mentioned', also: [], sections: [section.id], rules: ['mentioned: a personnel decision or a lecture']});
		}
	}
	return [...report.people, ...extra];
}
