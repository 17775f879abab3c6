// Attendance counts: 出席这次全会的市委委员42名、候补委员10名 / 列席238人 /
// 应出席代表2956人…出席2872人，缺席84人 / 委员42名出席会议.
import type {Sentence} from './text.ts';
import {countedGroup, MEMBERS_WITH_LEADERS, splitOutsideBrackets} from './lists.ts';
import {isCollective, isGroupOrTitle, MEETING_OBJECT} from './titles.ts';
import {plausibleName} from './names.ts';
import {HAN} from '../../text/han.ts';
import {NUMERALS} from '../lexicon/numerals.ts';

const MEETING_NAME = new RegExp(`^(${HAN}{2,20}?)(?:第[${NUMERALS}]+次)?(?:全体会议|会议)$`, 'u');
const ALL_HAN = new RegExp(`^${HAN}+$`, 'u');

export interface CountedGroup {
	name: string;
	count: number | null;
	part: 'attended' | 'observer';
	expected?: number;
	absent?: number;
	sections: number[];
}

/** The relative clause that opens a count list: 出席这次全会的(有) / 列席会议的有 / 参加此次大会的 (723), 参加此次党代会的 (987). */
// The meeting may be named in full: 出席政协应城市第九届委员会第一次会议的委员共237名 (358).
const LIST_OPENING = new RegExp(`^.*?(出席|列席|参加)(?:${MEETING_OBJECT}|[^，。；、]{2,40}?(?:会议|大会|全会|党代会))?的(?:有|是)?[：]?`, 'u');
/** A verb closing a count list: 市委委员42名出席会议. */
const LIST_CLOSING = new RegExp(`(出席|列席|参加)了?${MEETING_OBJECT}?$`, 'u');
/** A vote's result (选举产生, 选出, 当选): those it names are counted as elected, not as present. */
const ELECTED = /选举(?:产生|出)|选出|当选/u;
/** A count of those present (出席…307名, 实到326人), unlike the roll (应出席, 应到). */
const PRESENT_COUNT = /(?:(?<!应)出席|实到|到会)[^，。]*\d+(?:名|人)/u;
/**
 * A count the verb itself qualifies: 应出席代表2956人, 出席2872人, 缺席84人, 列席238人. The roll may be
 * what the committee has: 政协吉安市第五届委员会现有委员380名,实到369名 (jxjaw.cn), …第八届文登市委员会共有委员241名,
 * 实到226名 (1256).
 */
const VERB_COUNT = /(应出席|应到会?|现有|共有|实到会?|实际出席|出席|到会|缺席|请假|列席)([^\d，、]{0,20}?)(\d+)(?:名|人)$/u;
// 出席今天预备会议的代表有806人 (110): 有 between the group and its count.
const GROUP_COUNT = /^([^\d，、]{2,30}?)有?(\d+)(?:名|人)$/u;
const APPROXIMATE = /^(?:近|约|逾|超过|共|计)|(?:共|共计|合计|等|约)$/u;
/** A congress or conference named right before a count of its deputies or members. */
const ORGAN_BEFORE = /((?:全国|省|自治区|市|州|县|区)(?:人大|政协))$/u;

/**
 * 主席团会议应到176人: a body's sitting counted against its roll counts that body's members
 * (主席团成员; a standing committee's are its 组成人员, a committee's its 委员). Anything else
 * stays unnamed.
 */
function membersOf(meeting: string): string {
	const match = MEETING_NAME.exec(meeting);
	if (!match || !isCollective(match[1])) return '';
	if (/(?:常委会|常务委员会)$/u.test(match[1])) return `${match[1]}组成人员`;
	return /委员会$/u.test(match[1]) ? `${match[1]}委员` : `${match[1]}成员`;
}

// The first sitting a report names: a people's congress in session (第十八届人民代表大会第三次会议,
// 118; 十四届全国人大二次会议, shared 13), or a standing committee's (常务委员会第…次会议).
const FIRST_SITTING = new RegExp(`人民代表大会第[${NUMERALS}\\d]+次会议|人大[${NUMERALS}]+次会议|(?:常务委员会|常委会)第[${NUMERALS}\\d]+次`, 'u');

const PRESIDIUM_SITTING = new RegExp(`主席[团團](?:召开|举行)?第[${NUMERALS}\\d]+次会议`, 'u');
/** How far into the text the meeting is named: the headline and the opening paragraph. */
const HEAD = 300;

/**
 * What an unnamed roll counts (会议应到204人，实到189人, 118): at a people's congress in session, its
 * deputies, as a report that names them says (出席2872人 are the 全国人大代表, shared 13); else those present.
 */
function unnamedRoll(allText: string): string {
	// A congress's presidium meeting counts the presidium (…十二届一次会议主席团召开第一次会议。会议应到人数86人,
	// 507; 区六届人大六次会议主席团第三次会议 … 会议应到37人, 967).
	if (PRESIDIUM_SITTING.test(allText.slice(0, HEAD))) return '主席团成员';
	const sitting = FIRST_SITTING.exec(allText)?.[0] ?? '';
	// At a standing committee's sitting (政协…委员会常务委员会第十九次会议 / 会议应到120人, 263; 132) the
	// roll is the committee's members.
	return /^人/u.test(sitting) ? '代表' : /(?:常务委员会|常委会)第/u.test(sitting) ? '常委会组成人员' : '出席人员';
}

/**
 * Those named as the ones at the meeting (与会的): 与会的25名政治局委員 (190), 与会的70名人大代表 (392),
 * 与会的政协委员 (168) — a group, with its count when one is given.
 */
const PRESENT_GROUP = new RegExp(`与会的(?:(\\d+)(?:名|位))?(${HAN}{2,10})`, 'gu');

/**
 * Deputies or members said to gather for the session, as its opening tells: 来自县内的162名代表汇聚一堂 (2073),
 * 300多名人大代表汇聚一堂 (949), 来自全市各行各业、各条战线的市人大代表肩负重托、齐聚一堂 (629), 市政協委員陸續步入會場
 * (11). The labels count them as attending; a count made approximate (多, 余) is no count. What a meeting is
 * called is no gathering: 会议…是广大政协委员齐聚一堂…的大会 (167).
 */
const GATHERED = new RegExp(`(?:(\\d+)(余|多)?名)?((?:(?![的名])${HAN}){0,8}?(?:代表|委员))们?[^，。；]{0,12}?(?:(?:汇聚|齐聚|会聚|聚集)一堂|步入会场)`, 'gu');
const MAY_GATHER = /一堂|步入会场/u;

function gatheredGroups(sentence: Sentence): CountedGroup[] {
	if (!MAY_GATHER.test(sentence.text)) return [];
	return [...sentence.text.matchAll(GATHERED)]
		.filter(match => !match[3].startsWith('是'))
		.map(match => ({name: match[3], count: match[1] && !match[2] ? Number(match[1]) : null, part: 'attended', sections: [sentence.section]}));
}

/**
 * The deputies gathered, unless a count of the sitting names them already (政协委员齐聚一堂 … 实到委员139名, 1661;
 * 甘肃政协委员们齐聚一堂 … 委员468名, 732): one group, by the count's name.
 */
const sameDelegates = (a: string, b: string) => a.endsWith(b) || b.endsWith(a);
const gatheredApart = (gathered: CountedGroup[], counted: CountedGroup[]) => gathered.filter(g => !counted.some(c => sameDelegates(c.name, g.name)));

function presentGroups(sentence: Sentence): CountedGroup[] {
	if (!sentence.text.includes('与会的')) return [];
	const found: CountedGroup[] = [];
	for (const match of sentence.text.matchAll(PRESENT_GROUP)) {
		// The group noun runs to where the verb of the clause begins: 人大代表以等额选举…
		let name = match[2];
		while (name.length > 2 && !isGroupOrTitle(name)) name = name.slice(0, -1);
		// 与会的全国人大常委譚耀宗 (295): a title before a name names one person, not a group.
		const after = sentence.text.slice(match.index + match[0].length - match[2].length + name.length);
		const titled = [3, 2].some(n => plausibleName(after.slice(0, n), 'title') && !isGroupOrTitle(after.slice(0, n)));
		if (isGroupOrTitle(name) && !titled) found.push({name, count: match[1] ? Number(match[1]) : null, part: 'attended', sections: [sentence.section]});
	}
	return found;
}

/**
 * The sitting is the meeting itself, not part of the group's name: 自治区十三届人大二次会议主席团成员63人
 * (264) counts 主席团成员, as 大会主席团成员 (451, shared 13) does.
 */
function withoutSitting(name: string): string {
	const match = /^.+次(?:会议|大会)(?!的)(.{2,})$/u.exec(name);
	return match && isGroupOrTitle(match[1]) ? match[1] : name;
}

/**
 * A group counted just before, then counted present (by the same noun, if named): its first count was
 * the roll. True when it is read so.
 */
function countedAsRoll(group: CountedGroup | null, present: number, noun: string | null = null): boolean {
	if (!group || group.count === null || group.expected !== undefined || present > group.count || (noun !== null && !group.name.endsWith(noun))) return false;
	Object.assign(group, {name: noun ?? group.name, expected: group.count, count: present});
	return true;
}

export function readCounts(sentences: readonly Sentence[], allText: string): CountedGroup[] {
	const groups: CountedGroup[] = [];
	let expecting: CountedGroup | null = null;
	// A roll joins the groups once, when the first count against it is read.
	const listed = new Set<CountedGroup>();
	const enlist = (group: CountedGroup) => {
		if (listed.has(group)) return;
		listed.add(group);
		groups.push(group);
	};
	const gathered: CountedGroup[] = [];
	for (const sentence of sentences) {
		for (const present of presentGroups(sentence)) groups.push(present);
		gathered.push(...gatheredGroups(sentence));
		if (!/出席|列席|缺席|到会|实到|现有/u.test(sentence.text)) continue;
		let mode: CountedGroup['part'] = /列席/u.test(sentence.text) && !/出席/u.test(sentence.text) ? 'observer' : 'attended';
		const segments = splitOutsideBrackets(sentence.text.replace(/[。；]$/u, ''), '，').flatMap(part => splitOutsideBrackets(part, '、'));
		// 大会主席团成员62名，出席60名 (451): a group counted, then a bare count present, is a roll.
		let lastCounted: CountedGroup | null = null;
		// 其中蒙古族代表24名，妇女代表2名，列席代表8名 (659): after 其中, counts break down the group just
		// counted; only those sitting in are a group of their own.
		let breakdown = false;
		for (const [at, raw] of segments.entries()) {
			if (/^其中/u.test(raw)) breakdown = true;
			if (breakdown && !/列席/u.test(raw)) continue;
			// Those a vote elected are counted, not present: 选举出十二届山西省纪律检查委员会委员45名 (985),
			// 差额选举产生了…候补委员9名和出席省第十三次党代会代表40名 (914); unless a count present follows, when
			// they are the roll (全区选举产生区第四次党代会代表315名,出席预备会议的代表307名, 591).
			if (ELECTED.test(raw) && !segments.slice(at + 1).some(next => PRESENT_COUNT.test(next))) continue;
			let segment = raw;
			const opening = LIST_OPENING.exec(segment);
			if (opening) {
				mode = opening[1] === '列席' ? 'observer' : 'attended';
				segment = segment.slice(opening[0].length);
				// 本次会议应出席的市委委员35人，实到34人 (180): who should attend is the roll, as in
				// 应出席代表2956人; the count present follows it.
				const roll = /应$/u.test(opening[0].slice(0, opening[0].lastIndexOf(opening[1]))) ? GROUP_COUNT.exec(segment) : null;
				if (roll && !APPROXIMATE.test(roll[1])) {
					expecting = {name: roll[1], count: null, part: 'attended', expected: Number(roll[2]), sections: [sentence.section]};
					enlist(expecting);
					continue;
				}
			}
			// 出席…的委员共237名: after the relative clause, 共 totals the group named, not several.
			if (opening) segment = segment.replace(/^([^\d，、]{2,30}?)共(?=\d)/u, '$1');
			const closing = LIST_CLOSING.exec(segment);
			if (closing) segment = segment.slice(0, closing.index);
			// A closing verb says how the groups before it took part, whatever the sentence began with.
			const closingPart: CountedGroup['part'] = closing ? (closing[1] === '列席' ? 'observer' : 'attended') : mode;
			// 列席会议的11人: the relative clause is the group's only name; so is the verb after a count alone
			// (…70名代表出席會議,42人列席會議, 1094).
			const countAlone = /^(\d+)(?:名|人)$/u.exec(segment);
			if (countAlone && (opening ? opening[1] : closing?.[1]) === '列席') {
				groups.push({name: '列席人员', count: Number(countAlone[1]), part: 'observer', sections: [sentence.section]});
				continue;
			}
			const bare = opening && countAlone;
			const counted = lastCounted;
			lastCounted = null;
			// …主席团成员63人，出席本次会议的62人 (264) / 大会主席团成员62名，出席60名 (451).
			const present = bare ? bare[1] : opening ? null : /^(?:出席|实到|到会)(\d+)(?:名|人)$/u.exec(segment)?.[1];
			if (present && countedAsRoll(counted, Number(present))) continue;
			// 州十三届人大常委会现有组成人员40人,出席本次会议的有37人 (536): those present against the roll.
			if (bare && opening?.[1] === '出席' && expecting?.count === null && Number(bare[1]) <= (expecting.expected ?? Infinity)) {
				expecting.count = Number(bare[1]);
				enlist(expecting);
				continue;
			}
			// 59名镇人大代表及38名列席人员共97人 (275): groups each counted, then their total, which counts no group.
			const summed = summedGroups(segment, closingPart, sentence.section);
			if (summed) {
				groups.push(...summed);
				continue;
			}
			const verbal = VERB_COUNT.exec(segment);
			const plain = GROUP_COUNT.exec(segment);
			if (verbal) {
				const [, verb, written, digits] = verbal;
				// 实际到会的委员281名, 因病请假的委员61名 (695): the clause's 的 is not part of the group.
				// 会议应到人数86人 (507): 人数, the number, names no group.
				const after = written.replace(/^的/u, '').replace(/^人数$/u, '');
				// 中央纪律检查委员会委员应到133人: the group stands before the verb.
				const before = segment.slice(0, verbal.index);
				// 十四届全国人大现有代表2956人: the organ just before the verb says whose deputies they are.
				// 州十三届人大常委会现有组成人员40人 (536): a standing committee's members, named with it.
				const organ = after && /^(?:代表|委员)$/u.test(after) ? ORGAN_BEFORE.exec(before)?.[1] : after === '组成人员' && /常委会$/u.test(before) ? before : undefined;
				// 應到主席團成員63名,主席團實到55名 (96): the roll's group named again, shorter, before the verb.
				// 应出席会议的正式代表66名，实到代表58名 (659); 应到委员342人…实际到会的委员281名 (695): or after it.
				const again: boolean = expecting !== null && !verb.startsWith('应') && verb !== '列席' && (after ? expecting.name.endsWith(after) : before.length > 0 && expecting.name.startsWith(before));
				const group: string = again ? '' : organ ? organ + after : after || (isGroupOrTitle(before) ? before : membersOf(before));
				const count = Number(digits);
				const held = verb === '现有' || verb === '共有';
				if (verb.startsWith('应') || held) {
					expecting = {name: group || unnamedRoll(allText), count: null, part: 'attended', expected: count, sections: [sentence.section]};
					// 现有代表2956人 is the roll, a group at the meeting only once a count present follows.
					if (!held) enlist(expecting);
				} else if (verb === '缺席' || verb === '请假') {
					if (expecting && !group) expecting.absent = count;
				} else if (verb === '列席') groups.push({name: observersNamed(group), count, part: 'observer', sections: [sentence.section]});
				else if (expecting && !group) {
					expecting.count = count;
					enlist(expecting);
					if (!expecting.sections.includes(sentence.section)) expecting.sections.push(sentence.section);
				} else if (group) groups.push({name: group, count, part: 'attended', sections: [sentence.section]});
			} else if (plain && expecting?.count === null && expecting.name.endsWith(plain[1]) && !closing) {
				// 现有组成人员170人，出席会议的组成人员155人: the same group counted against its roll.
				expecting.count = Number(plain[2]);
				enlist(expecting);
			} else if (plain && opening && countedAsRoll(counted, Number(plain[2]), plain[1])) {
				// 全区选举产生区第四次党代会代表315名,出席预备会议的代表307名 (591): those elected are the roll.
			} else if (plain && !APPROXIMATE.test(plain[1])) {
				// 秘書長張緒勝及委員52人 (1301): the members' count; formulas.ts reads the leaders from the same words.
				const joint = MEMBERS_WITH_LEADERS.exec(segment);
				const members = joint && isGroupOrTitle(joint[1]) && !isGroupOrTitle(segment.slice(0, joint.index)) ? joint[1] : plain[1];
				const group: CountedGroup = {name: withoutSitting(members), count: Number(plain[2]), part: closingPart, sections: [sentence.section]};
				groups.push(group);
				if (!closing) lastCounted = group;
			}
		}
	}
	// One search of the whole text per noun and count, however many times the noun is counted.
	const fuller = new Map<string, string>();
	for (const group of groups) {
		const key = `${group.name} ${group.count ?? ''}`;
		let name = fuller.get(key);
		if (name === undefined) fuller.set(key, (name = fullerName(group.name, group.count, allText)));
		group.name = name;
	}
	return [...groups, ...gatheredApart(gathered, groups)];
}

/** 列席238人, 列席代表8名 (659): those sitting in, named as the report names them. */
function observersNamed(group: string): string {
	if (!group || group === '人员') return '列席人员';
	return group === '代表' ? '列席代表' : group;
}

/**
 * Groups each counted, joined by 及 or 和, then their total: 59名镇人大代表及38名列席人员共97人 (275). The
 * total is the sum, not a group (read so only when it is the sum); a group named 列席 sits in.
 */
function summedGroups(segment: string, mode: CountedGroup['part'], section: number): CountedGroup[] | null {
	const total = /共计?(\d+)(?:名|人)$/u.exec(segment);
	if (!total) return null;
	const parts = segment.slice(0, total.index).split(/以及|及|和/u);
	if (parts.length < 2) return null;
	const groups: CountedGroup[] = [];
	for (const part of parts) {
		const plain = GROUP_COUNT.exec(part);
		const counted = countedGroup(part) ?? (plain ? {name: plain[1], count: Number(plain[2])} : null);
		if (!counted || !isGroupOrTitle(counted.name)) return null;
		groups.push({...counted, part: /^列席/u.test(counted.name) ? 'observer' : mode, sections: [section]});
	}
	return groups.reduce((sum, group) => sum + (group.count ?? 0), 0) === Number(total[1]) ? groups : null;
}

/**
 * 应出席代表2956人 names the group only by its noun; the lede names it in full
 * (近3000名全国人大代表…出席大会), and the full name is the one a reader knows. Without a lede it
 * stays as written (应到委员293人，实到委员252人 → 委员).
 */
function fullerName(name: string, count: number | null, allText: string): string {
	if (name.length > 2 || !ALL_HAN.test(name)) return name;
	// A lede of fewer than half as many names some of them (22名港澳政协委员以视频形式参加会议 beside 实到348人,
	// 1931; 7名政协委员…发言 beside 实出席126人, 940), not the group counted.
	for (const lede of allText.matchAll(new RegExp(`(\\d+)(?:多)?名(${HAN}{1,8}?${name})`, 'gu'))) if (count === null || Number(lede[1]) * 2 >= count) return lede[2];
	return name;
}
