// The formulas that say who did what at the meeting: 主持, 讲话, 受…委托作的工作报告,
// 就《…》作了说明, 出席, 列席, 参加, 在主席台就座; and the lists they govern.
import type {BodyPart, PersonPart} from '../../model/report.ts';
import {insideBookTitle, type Sentence} from './text.ts';
import {nameEndingAt, plausibleName} from './names.ts';
import {readListItem, splitOutsideBrackets, type ListContext, type ListedPerson} from './lists.ts';
import {endsWithTitle, isGroupOrTitle, MEETING_OBJECT} from './titles.ts';
import {matchesOf} from '../matches.ts';

/** `acted`: relayed, read out or announced something at the meeting — present, but no group does it. */
type Act = 'presided' | 'spoke' | 'reported' | 'explained' | 'attended' | 'observer' | 'acted';

interface Formula {
	/** What `attendees --explain` calls the formula. */
	name: string;
	act: Act;
	pattern: RegExp;
	/** One person does this (主持, 讲话, 报告, 说明); a list is not expected. */
	single: boolean;
}

// A mirror's lost characters (参加会议??h委常委, 117) end a clause as a question mark does.
const CLAUSE_END = '(?=$|[，。；！？!?并])';

/** Ways of saying someone spoke at this meeting; a speech studied from elsewhere (讲话精神) is not one. */
const SPEAKING = [
	// 做 is written for 作 too: 政府区长刘建伟做了重要讲话 (148), 并做了总结发言 (210).
	/(?:在[^，。；的]{1,40}?[上中时])?(?:[作做]了?|发表了?)(?:重要|总结|动员|主旨|书面)?讲话(?![精稿要])/u,
	/(?:在[^，。；的]{1,40}?上)?(?<!的)讲话(?![精中时的稿要])/u,
	// 致辞, and the session speeches named for when they are given: 省政协主席许仲林致闭幕词 (145).
	/致辞|致(?:开幕|闭幕|欢迎|答谢)词/u,
	/在(?:会上|会议上|大会上|全会上|座谈会上)(?:强调|指出|要求|表示|说)/u,
	// …分别作了表态发言 (275), 新任命人员作表态发言 (251)
	// What the speech is on may stand between the speaker and the verb: 王平围绕“…”主题进行了研讨发言 (276).
	/(?:(?:就|围绕)[^，。；]{1,40}?(?=[作做进]))?(?:[作做]了?|进行了?)?(?:交流|大会|书面|总结|中心|表态|研讨)?发言(?![人稿])/u,
	// A study session's discussion: 党委副书记李国华、郝曼寅作研讨交流 (278), …进行了研讨发言 (276).
	/(?:[作做]|进行)了?(?:研讨交流|交流研讨)/u,
	// 区长惠冰作部署 (44): giving the instructions is speaking at the meeting; so is 安排部署 given in
	// detail: 对2009年工作做了详细安排部署 (148), 王昌杰对换届工作具体事宜做了详细安排部署 (318),
	// 李元明还对…筹备工作进行了安排部署 (316).
	/作了?(?:工作|具体|全面|动员)?部署/u,
	/(?:(?:对|就)[^，。；]{1,40}?(?=[作做进]))?(?:[作做]出?了?|进行了?)(?:详细|具体|全面|周密)?安排部署/u,
	// Expounding to the meeting: 李洪兵就…相关政策进行深刻解读 (318), 对会议精神进行了深入地解读 (237),
	// 林卓宏…重点解读了…的讲话 (317).
	/(?:(?:对|就)[^，。；]{1,40}?(?=[作做进]))?(?:进行了?|作了?|做了?)(?:深刻|深入|详细|全面|系统)?地?解读|解读了/u,
	// 全國人大會議發言人婁勤儉:「…」(61): a quotation after the speaker's name and a colon, or after
	// the name and 说 (市教委主任周旭说:“…, 178), which is no part of the name.
	/说?[：:](?=[「“])/u,
	// A lecture to the meeting: 就这个问题进行讲解 (74, 172), 围绕…作专题讲座 (165), 作题为“…”辅导报告 (91).
	// …孙首峰作立法专题辅导 (209): what the lecture is on may stand before 专题.
	/(?:(?:就|围绕)[^，。；]{1,30}?)?(?:进行|作|做)了?(?:题为“[^”]{1,40}”的?|[^，。；]{1,6}?(?=专题))?(?:专题)?(?:讲解|讲座|辅导|辅导报告)/u,
];

/** Ways of saying someone delivered a report to the meeting. */
const REPORTING = [
	// A report's title may carry its own commas: 所作的《深入学习…，纵深推进…》工作报告.
	// 代表 on behalf of someone, not the noun of 人民代表大会 or 代表团 (…在市第十三届人民代表大会第四次会议上作的…, 156).
	/(?:受[^，。；]{1,30}?委托|代表(?!大会|团)[^，。；]{1,30}?)，?(?:向[^，。；]{1,20}?)?所?作(?:的|了)?(?:《[^》]{1,80}》|[^，。；《]){0,80}?报告/u,
	/(?:受[^，。；]{1,30}?委托|代表(?!大会|团)[^，。；]{1,30}?)，?向[^，。；]{1,20}?报告工作/u,
	// A briefing given on another's behalf is that body's report: 李强受中共中央委托通报了…情况.
	/受[^，。；]{1,30}?委托，?(?:向[^，。；]{1,20}?)?通报了?/u,
	// 作 as a verb, not the end of a noun (审计工作报告); 作的报告 is heard (听取了刘奇作的报告).
	// To whom stands between the name and 作 as in 向全会作了说明 (shared 07): 余晓斌向大会作了提案工作报告 (113).
	/(?<![工合写创协操动运])(?:向(?:大会|全会|会议))?所?作(?:了|的)?(?:关于[^。；]{1,80}?的|题为《[^》]{1,80}》的(?:工作)?|[^，。；的]{0,12})报告(?!会)/u,
	// 政協主席王滬寧發表上任後首份工作報告 (59)
	/发表了?[^，。；]{0,12}?工作报告/u,
	// Reporting to the meeting on an item of business: 刘奇就…议程草案作了汇报, 听取了郑栅洁关于…的汇报
	// (a body's report, 国务院关于…的报告, has no one to name).
	/就[^。；]{1,80}?(?:作了?|进行了?)(?:工作)?(?:汇报|报告)/u,
	/关于[^，。；]{1,80}?的(?:工作|情况|专题|综合)?(?:汇报|报告)(?!会)/u,
];

/**
 * Occasions other than a sitting that a closing formula says someone took part in; 活动 only
 * as one already told of (上述活动), since 组织党员参加活动 says nothing about this meeting.
 */
// …负责人参加宣誓仪式 (250): those at an oath-taking are at the meeting that holds it.
const CEREMONY = '(?:(?:上述|以上|有关|相关|当天的|这次)活动|(?:上述|以上|有关|相关|当天的|这次)?(?:会见|会谈|接见|宴会|欢迎宴会|招待会|欢迎仪式|签字仪式|颁奖仪式|(?:宪法)?宣誓仪式|仪式|晚会|音乐会|升旗仪式))';

const FORMULAS: readonly Formula[] = [
	{name: '主持', act: 'presided', pattern: /主持(?:召开)?(?![人词])/gu, single: true},
	{name: '讲话', act: 'spoke', pattern: new RegExp(SPEAKING.map(pattern => pattern.source).join('|'), 'gu'), single: true},
	{name: '作报告', act: 'reported', pattern: new RegExp(REPORTING.map(pattern => pattern.source).join('|'), 'gu'), single: true},
	// …高虎城作了说明 (72); 孔昌生介绍了提名候选人情况 (97)
	// Leading the reading of what a study session studies is speaking to it: 区长范传斌领学… (34),
	// 党组成员余刚、段传新…分别领学《…》 (137), 党工委委员车建乐分别领学了… (138).
	{name: '领学', act: 'spoke', pattern: /领学了?/gu, single: true},
	// 听取了…尤权关于…讨论情况的说明 (202): an explanation the meeting heard, 作 or not.
	{name: '作说明', act: 'explained', pattern: /就[^。；]{1,100}?作了?说明|(?:作了?)?关于[^。；]{1,80}?的说明|作了说明(?=$|[，。；])|介绍了[^，。；]{2,60}?情况/gu, single: true},
	// Someone who relays, reports back or reads out at the meeting is there, though not its speaker.
	// 宣布…开幕 is said by whoever chairs; 参加…审议时的讲话 recalls another occasion.
	{
		name: '传达/宣读/汇报',
		act: 'acted',
		pattern: /(?:传达|通报|宣读|汇报)了?(?!精神)|宣布(?=：?[^。；]{0,40}?(?:开幕|闭幕|开始|结束))|参加了?[^，。；]{0,12}?(?:审议|讨论|座谈)(?![时期的])/gu,
		single: true,
	},
	{name: '出席', act: 'attended', pattern: new RegExp(`(?:应邀|受邀)?(?:出席|参加)了?${MEETING_OBJECT}?${CLAUSE_END}`, 'gu'), single: false},
	// 習近平等領導人出席全國政協會議 (59): a meeting named in full.
	{name: '出席（会议全称）', act: 'attended', pattern: new RegExp(`(?:应邀|受邀)?(?:出席|参加)了?[^，。；、的]{2,30}?${MEETING_OBJECT}${CLAUSE_END}`, 'gu'), single: false},
	// 汪东明黄锦锋等到会祝贺 (45), 副市长沈坚到会听取对《政府工作报告》…的意见建议 (52)
	{name: '到会', act: 'attended', pattern: /(?<![应实])到会(?:祝贺|指导|听取|讲话|致辞)?(?![委代人])/gu, single: false},
	// 新当选的市人民政府市长王健…进行了宪法宣誓 (56): those sworn in are there.
	{name: '宪法宣誓', act: 'acted', pattern: /(?:进行了?|举行了?)?宪法宣誓/gu, single: false},
	// The closing line of a visit or ceremony: 王毅参加上述活动, 蔡奇、王毅等参加会见, 出席欢迎仪式.
	{name: '出席活动', act: 'attended', pattern: new RegExp(`(?:应邀|受邀)?(?:出席|参加|陪同参加)了?${CEREMONY}${CLAUSE_END}`, 'gu'), single: false},
	// 蔡奇、王毅等陪同会见 / 陪同考察: those accompanying are there, but no group is said to attend.
	{name: '陪同', act: 'acted', pattern: new RegExp(`陪同(?:会见|会谈|出席|参加|考察|调研|参观)?${CLAUSE_END}`, 'gu'), single: false},
	// 习近平、李强…等同各界人士代表欢聚一堂: those gathering with others are there; the others follow 同.
	// Not a formula of attendance for groups (LABELING.md lists 出席, 参加, 就座), so no group is read.
	{name: '欢聚一堂', act: 'acted', pattern: /(?:同(?!志)|与(?!会))[^。；]{1,120}?(?:欢聚一堂|共聚一堂|齐聚一堂)|(?:欢聚一堂|共聚一堂|齐聚一堂)/gu, single: false},
	// A sitting's executive chairs, named by who took the chair: 本次会议执行主席由黄茂军、…卫强担任 (199),
	// 开幕会的执行主席由杨正明、梁承祥担任 (192). They sit on the rostrum: present, whoever presides.
	// 担任 first, the look back after it: led by the look back, the pattern looked 200 characters back from every position.
	{name: '执行主席由…担任', act: 'attended', pattern: /担任(?<=执行主席由[^，。；]{2,200}?担任)(?=$|[，。；])/gu, single: false},
	// 就坐 is the same seat, written so in 113 (在主席台前排就坐) and 133.
	{name: '主席台就座', act: 'attended', pattern: /在主席台[^，。；]{0,8}?就[座坐](?!的)/gu, single: false},
	// 县直部门负责人…应邀列席了会议 (113), 32位获奖代表应邀列席会议 (Birdbird/ast, protected/views/huinong/index.php),
	// 有關方面負責人受邀列席 (176): invited, as 应邀出席.
	{name: '列席', act: 'observer', pattern: new RegExp(`(?:应邀|受邀)?(?:列席(?:或旁听)?|旁听)了?${MEETING_OBJECT}?${CLAUSE_END}`, 'gu'), single: false},
	// 政治局其他成員以及中央各部委主要負責人都列席聆聽 (86)
	{name: '列席聆听', act: 'observer', pattern: /列席(?:聆听|听取|旁听)(?=$|[，。；])/gu, single: false},
	// A study session's audience: 中央政治局的同志认真听取了他的讲解 (74), 中共中央政治局各位同志认真听取了讲解 (71)
	{name: '听取讲解', act: 'attended', pattern: /(?:认真)?听取了?[^，。；]{0,6}?(?:讲解|讲座|辅导报告|专题辅导)/gu, single: false},
];

/** `在主席台就座的还有：…` / `出席全会的有…`: the list follows the formula. */
// 担任本次大会的执行主席还有:薛少仙、元茂荣… (56)
const LIST_AFTER = new RegExp(`((?:在主席台[^，。；]{0,8}?就[座坐]|出席${MEETING_OBJECT}?|列席${MEETING_OBJECT}?)的|担任[^，。；]{0,12}?执行主席的?)([^，。；有]{0,10}?)(?:还)?有[：:]?`, 'u');

/** Several speakers in turn (…罗凌飞先后发言), so the subject is a list and not one name. */
const IN_TURN = /(?:先后|分别|依次|相继|轮流|等)(?:在[^，。；、]{1,20})?$/u;

/** The meeting hearing or reviewing, which opens the clause whose subject is the one reporting. */
const HEARING = /(?:听取|审议|讨论|审查)(?:和(?:讨论|审议))?(?:通过)?了?(?=[^，。；]+$)/u;

/** Formulas whose object is a text from elsewhere: relaying it, reading it out, leading its study. */
const RELAYING = new Set(['传达/宣读/汇报', '领学']);

/** What follows a formula inside a clause that only qualifies a speech or instruction given elsewhere. */
const RECALLED = /^[^，。；]{0,60}?(?:时|上|期间)的(?:重要)?(?:讲话|指示|批示|精神|要求|部署)/u;

export interface ActingPerson extends ListedPerson {
	part: PersonPart;
	as?: '列席';
	section: number;
	/** The formula that read them. */
	rule: string;
}

export interface ActingBody {
	name: string;
	part: BodyPart;
	section: number;
	rule: string;
	/** A head count the sentence gives the group (…秘书长韩军和委员共54人出席会议). */
	count?: number;
}

/**
 * 秘书长韩军和委员共54人出席会议 (150), 副主任穆建山、方玉祥、胡建光和委员共28人出席 (157): named
 * leaders and the members joined by 和, counted together, are labelled as the members' count. A
 * count of several groups, or an approximate one (…常务副职共130余人参加, 33), is no one group's.
 */
const JOINT_COUNT = /和([^，。；、和]{2,10})共(\d+)(?:人|名)$/u;

export interface FormulaReading {
	people: ActingPerson[];
	bodies: ActingBody[];
}

interface Found {
	name: string;
	act: Act;
	start: number;
	end: number;
	single: boolean;
}

/** Words one of the formulas needs: most sentences of a long input have none, and skip them all. */
const ANY_FORMULA = /研讨|解读|就坐|致|介绍|讲解|讲座|辅导|一堂|到会|宣誓|执行主席|陪同|主持|讲话|致辞|会上|会议上|发言|部署|讲解|辅导|报告|说明|传达|通报|宣读|汇报|领学|宣布|出席|参加|就座|列席|旁听/u;

function formulasIn(text: string): Found[] {
	if (!ANY_FORMULA.test(text)) return [];
	const found: Found[] = [];
	for (const formula of FORMULAS)
		for (const match of matchesOf(formula.pattern, text))
			// Not inside the title of a document being studied: 《…中共中央总书记习近平主持会议并发表重要讲话》 (278),
			// 《徐立毅同志在…工作交流会上的讲话要点》 (276).
			if (!insideBookTitle(text, match.index)) found.push({name: formula.name, act: formula.act, start: match.index, end: match.index + match[0].length, single: formula.single});
	found.sort((a, b) => a.start - b.start || b.end - a.end);
	// Of overlapping readings the earliest (and then the longest) stands.
	const kept: Found[] = [];
	let reach = 0;
	for (const candidate of found)
		if (candidate.start >= reach) {
			kept.push(candidate);
			reach = candidate.end;
		} else reach = Math.max(reach, candidate.end);
	return kept;
}

function personPart(act: Act): PersonPart {
	return act === 'observer' || act === 'acted' ? 'attended' : act;
}

function bodyPart(act: Act): BodyPart | null {
	if (act === 'presided' || act === 'attended' || act === 'observer') return act;
	return null;
}

interface Subject {
	people: ListedPerson[];
	bodies: string[];
}

/** What may stand between the attendees and the verb: 也, 将, a date, a place (在主会场). */
const BEFORE_VERB = [
	/(?:也|还|均|都|亦|又|一同|共同|分别|先后|同时|等|随后|然后|接着|最后|首先|亲自|专门|再次|将)$/u,
	/(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上|晚间|晚)?$|(?:近日|日前|近期|昨天|今天|当天|同日|次日)?(?:上午|下午|晚上|晚间|晚)$|(?:近日|日前|近期|昨天|今天|当天|同日|次日)$/u,
	/在[^，。；、的]{0,40}$/u,
	// A joint head count of everyone listed (…常务副职共130余人参加, 33): no group's own count.
	/(?:共|共计|合计|约|等)\d+(?:余|多)?(?:人|名)$/u,
];

/** 在京老同志 or 在京中央委员: 在 and a place qualifying a group of people, not where they sat. */
function placeQualifiesGroup(removed: string): boolean {
	return removed.startsWith('在') && isGroupOrTitle(removed.slice(1));
}

/** 韩国总统李在明: the 在 that a one-character place would start is inside a name. */
function cutsName(trimmed: string, removed: string, known: ReadonlySet<string>): boolean {
	if (removed.length !== 2 || !removed.startsWith('在')) return false;
	const name = trimmed.slice(-1) + removed;
	return known.has(name) || (endsWithTitle(trimmed.slice(0, -1)) !== null && plausibleName(name, 'title'));
}

function trimBeforeVerb(text: string, known: ReadonlySet<string>): string {
	let subject = text.replace(/，$/u, '');
	for (let changed = true; changed;) {
		changed = false;
		for (const pattern of BEFORE_VERB) {
			const trimmed = subject.replace(pattern, '');
			if (trimmed !== subject && trimmed && !trimmed.endsWith('，') && !placeQualifiesGroup(subject.slice(trimmed.length)) && !cutsName(trimmed, subject.slice(trimmed.length), known)) {
				subject = trimmed;
				changed = true;
			}
		}
	}
	return subject;
}

/** Reads the items before a formula, from the verb backwards, while they read as attendees. */
function readSubject(text: string, single: boolean, context: ListContext, groupsCount = true): Subject {
	let subject = trimBeforeVerb(text, context.known);
	// A title written after the name: 郑南宁同志 (172), 吕建教授 (74), 叶名怡教授 (165).
	if (single) subject = subject.replace(/(?:同志|教授|研究员)$/u, '');
	const items = splitOutsideBrackets(subject, '，');
	let first = items.length;
	while (first > 0) {
		const probe = readListItem(items[first - 1], {...context, organisation: null});
		// A long list with a piece this reader cannot vouch for is still a list; nothing before it is.
		const mostly = probe.people.length >= 2 && probe.unknown < probe.people.length;
		if (!(probe.recognised || mostly) || (probe.people.length === 0 && probe.bodies.length === 0)) break;
		first--;
		if (single || !probe.recognised) break;
	}
	const out: Subject = {people: [], bodies: []};
	const local: ListContext = {...context, organisation: null};
	for (const item of items.slice(first)) {
		const reading = readListItem(item, local);
		out.people.push(...reading.people);
		out.bodies.push(...reading.bodies);
	}
	if (!groupsCount) out.bodies = [];
	if (single && out.people.length === 0 && out.bodies.length === 0) {
		const name = nameEndingAt(subject, subject.length, context.known, true);
		if (name) out.people.push({name, roles: []});
		// 陈竺代表各民主党派中央、全国工商联和无党派人士致辞: whom the speaker spoke for comes between.
		const behalf = /^(.*[^，])(?:代表|受)[^，。；]{1,40}$/u.exec(subject);
		if (!name && behalf) return readSubject(behalf[1], single, context, groupsCount);
	}
	return out;
}

export function readFormulas(sentence: Sentence, context: ListContext): FormulaReading {
	const {text, section} = sentence;
	const reading: FormulaReading = {people: [], bodies: []};
	// The optional fields are set after: spreading a conditional object ({...(x ? {as} : {})}) takes
	// V8's slow path, and this runs for every person a long report's formulas read.
	const record = (subject: Subject, act: Act, rule: string, joint: {name: string; count: number} | null = null) => {
		for (const person of subject.people) {
			const acting: ActingPerson = {...person, part: personPart(act), section, rule};
			if (act === 'observer') acting.as = '列席';
			reading.people.push(acting);
		}
		const part = bodyPart(act);
		if (part)
			for (const name of subject.bodies) {
				const body: ActingBody = {name, part, section, rule};
				if (joint?.name === name) body.count = joint.count;
				reading.bodies.push(body);
			}
	};
	let previous: {end: number; subject: Subject} | null = null;
	for (const found of formulasIn(text)) {
		const between = previous ? text.slice(previous.end, found.start) : '';
		// 出席会议并发表重要讲话, 主持会议并在当选…后作了重要讲话, 应邀出席会议，并在主席台就座,
		// 主持召开座谈会，就…听取意见和建议，并发表了重要讲话: the same subject goes on.
		if (previous && /(?:^|[^，。；]*)并[^，。；]*$/u.test(between) && !/[。；]/u.test(between)) {
			record(previous.subject, found.act, found.name);
			previous = {end: found.end, subject: previous.subject};
			continue;
		}
		// 习近平总书记2月24日主持召开…座谈会时的重要讲话: the clause recalls another occasion. What is
		// relayed or read out is such a speech by nature (领学了习近平总书记在…时的重要讲话精神, 138).
		if (!RELAYING.has(found.name) && RECALLED.test(text.slice(found.end))) continue;
		// A subject never reaches back over a colon or a ；: 王昌杰对…做了详细安排部署；…李洪兵就…进行深刻解读 (318).
		let start = Math.max(previous?.end ?? 0, text.lastIndexOf('：', found.start - 1) + 1, text.lastIndexOf('；', found.start - 1) + 1);
		const by = text.lastIndexOf('由', found.start);
		if (by >= start && !text.slice(by, found.start).includes('，')) start = by + 1;
		// 会议听取了秘书长刘奇作的报告: the body hearing it is not the subject, the reporter is.
		const heard = HEARING.exec(text.slice(start, found.start));
		if (heard) start += heard.index + heard[0].length;
		// 潘建伟，…杨小牛，…罗凌飞先后发言: a list of people, each with posts before the name.
		const before = text.slice(start, found.start);
		// 讨论夏耕将在…上作的《政府工作报告》 (156): a report still to come, named as what is discussed, is
		// no act; said of the meeting in hand (将在完成所有议程后发表讲话, 155; 将代表政治局…报告工作, 176), it is.
		if (/将[^，。；]*$/u.test(before) && /^所?作的/u.test(text.slice(found.start, found.end))) continue;
		const single = found.single && !IN_TURN.test(before);
		// 张庆黎，潘立刚，常荣军，分别就有关议题作说明 (201): 分别 in a clause of its own closes the list.
		const subject = readSubject(before.replace(/[，,](?:先后|分别|依次|相继|轮流)$/u, ''), single, context, bodyPart(found.act) !== null);
		if (subject.people.length === 0 && subject.bodies.length === 0) continue;
		const joint = single || subject.people.length === 0 ? null : JOINT_COUNT.exec(before);
		record(subject, found.act, found.name, joint && subject.bodies.includes(joint[1]) ? {name: joint[1], count: Number(joint[2])} : null);
		previous = {end: found.end, subject};
	}
	const listed = LIST_AFTER.exec(text);
	if (listed) {
		const act: Act = listed[1].startsWith('列席') ? 'observer' : 'attended';
		const local: ListContext = {...context, organisation: null};
		const rest = text.slice(listed.index + listed[0].length).replace(/[。；]$/u, '');
		// 出席会议的党外人士还有…: the words between name everyone listed, unless they are only the
		// courtesy every leader gets (出席闭幕会的领导同志还有).
		const shared = listed[2] && isGroupOrTitle(listed[2]) && !listed[2].endsWith('同志') ? listed[2] : null;
		for (const item of splitOutsideBrackets(rest, '，')) {
			if (/\d/u.test(item)) continue;
			const items = readListItem(item, local);
			if (!items.recognised) continue;
			if (shared) for (const person of items.people) person.roles.push(shared);
			record(items, act, `${listed[1].replace(/的$/u, '')}…有`);
		}
	}
	return reading;
}

/**
 * `…担任大会执行主席，并在主席台前排就座。他们是：赵乐际、李鸿忠…`: the list in the next
 * sentence names who did what the previous sentence says.
 */
export function namedAfterwards(sentence: Sentence, previous: Sentence | null, context: ListContext): FormulaReading {
	const reading: FormulaReading = {people: [], bodies: []};
	const opening = /^(?:他们|她们)(?:分别)?是：?/u.exec(sentence.text);
	if (!opening || !previous) return reading;
	const act: Act | null = /列席|旁听/u.test(previous.text) ? 'observer' : /在主席台[^，。；]{0,8}?就[座坐]|出席|参加/u.test(previous.text) ? 'attended' : null;
	if (!act) return reading;
	const local: ListContext = {...context, organisation: null};
	for (const item of splitOutsideBrackets(sentence.text.slice(opening[0].length).replace(/[。；]$/u, ''), '，')) {
		const listed = readListItem(item, local);
		for (const person of listed.people) reading.people.push({...person, part: personPart(act), section: sentence.section, rule: '他们是', ...(act === 'observer' ? {as: '列席' as const} : {})});
	}
	return reading;
}
