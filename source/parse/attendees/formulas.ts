// Reading the formulas of acts.ts in a sentence: who did each (the subject before the verb, read
// back while it reads as attendees), the lists they govern (出席全会的有…), and a list in the next
// sentence naming who did what this one says (他们是：…).
import type {BodyPart, PersonPart} from '../../model/report.ts';
import {insideBookTitle, type Sentence} from './text.ts';
import {nameEndingAt, plausibleName} from './names.ts';
import {MEMBERS_COUNT, MEMBERS_WITH_LEADERS, readListItem, splitOutsideBrackets, type ListContext, type ListedPerson} from './lists.ts';
import {endsWithTitle, isGroupOrTitle, MEETING_OBJECT} from './titles.ts';
import {matchesOf} from '../matches.ts';
import {HAN} from '../../text/han.ts';
import {ANY_FORMULA, FORMULAS, ROSTRUM_SEAT, type Act} from './acts.ts';

/** `在主席台就座的还有：…` / `出席全会的有…`: the list follows the formula. */
// 担任本次大会的执行主席还有:薛少仙、元茂荣… (56); 参加座谈会还有区人大常委会副主任吕玉龙、乔德华… (286),
// 参加现场观摩活动的还有：市级领导同志；… (539).
// The group the list names may stand between 的 and 有, up to a long body's members: 在主席台前排就座的
// 大会主席团常务委员会成员有:习近平、韩正… (990); 参加会议的校领导有张明旭、颜事龙… (2035). One sentence may
// hold a list for each group: 出席会议的副主委、常委有黄利鸣…,出席会议的市州主委有尚瑾… (2038).
const LIST_AFTER = new RegExp(
	`((?:${ROSTRUM_SEAT}|出席${MEETING_OBJECT}?|列席${MEETING_OBJECT}?|参加${MEETING_OBJECT})的|参加(?:${MEETING_OBJECT}|[^，。；]{2,10}?活动)的?(?=还有)|担任[^，。；]{0,12}?执行主席的?)([^，。；有]{0,16}?)(?:还)?有[：:]?`,
	'gu',
);

/**
 * 本次大会的执行主席是(按姓名笔画排列):旷立伟、旷志军… (401), 今天大會的執行主席是:杜青林、万钢、林文漪 (400);
 * 大會執行主席還有:張曙、李述永… (509), as 担任本次大会的执行主席还有:薛少仙… (56); with no colon after
 * 是: 大会的执行主席是郭海华、柯明贤、周继文… (1089).
 */
const EXECUTIVE_CHAIRS = new RegExp(`执行主席(?:(?:是|为|还有)(?:[（(][^）)]{1,12}[）)])?[：:]|是(?=${HAN}{2,4}、))`, 'u');

/** A sentence saying those it names sat on the rostrum or attended. */
const ATTENDING = new RegExp(`${ROSTRUM_SEAT}|出席|参加`, 'u');

/** Several speakers in turn (…罗凌飞先后发言), so the subject is a list and not one name. */
const IN_TURN = /(?:先后|分别|依次|相继|轮流|等)(?:在[^，。；、]{1,20})?$/u;

/**
 * The meeting hearing or reviewing, which opens the clause whose subject is the one reporting, its
 * verbs run together as one (听取、审议并通过了余安军同志所作的…, 1386; 审议通过了镇长熊昭明所作的…, 1281); not
 * the verb inside a committee's name in the reporter's post (代表资格审查委员会主任委员刘同德作…, 262;
 * 代表资格审查委员会主任高强华所作的…, 933), nor inside a group's name in a list of who came (各讨论组组长参加会议, 1656;
 * 各讨论组召集人、…列席会议, 114).
 */
const HEARING = /(?:听取|审议|讨论|审查)(?!委员会|小?组)(?:[、和并]{0,2}(?:听取|审议|讨论|审查|通过))*了?(?=[^，。；]+$)/u;

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
	// 应邀 before a lecture: …教授贾庆国应邀作题为“…”的学习讲座 (236), 王巍应邀作题为… (compare pair 17).
	/(?:也|还|均|都|亦|又|一同|共同|分别|先后|同时|等|随后|然后|接着|最后|首先|亲自|专门|再次|将|应邀|受邀)$/u,
	// Overseas outlets name the weekday: 中国国务院总理李克强周四主持召开国务院常务会议 (544), and its day in
	// brackets: 习近平周二(4日)主持召开政治局会议 (911), 中共高层领导人星期四(1日)在严密保安状态下在北京举行 (127).
	/(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上|晚间|晚)?$|(?:近日|日前|近期|昨天|今天|当天|同日|次日)?(?:上午|下午|晚上|晚间|晚)$|(?:近日|日前|近期|昨天|今天|当天|同日|次日)$|(?:周|星期|週)[一二三四五六日天](?:[（(]\d{1,2}日[)）])?(?:上午|下午|晚上|晚间|晚)?$/u,
	// 在主、分会场 (483) is one place: the main hall and the linked ones.
	/在(?:主、分)?[^，。；、的]{0,40}$/u,
	// How they joined: …分别在主、分会场以电视电话会议形式参加会议 (483), 以视频形式参加.
	/(?:以|通过)[^，。；、的]{1,20}?(?:形式|方式)$/u,
	// A joint head count of everyone listed (…常务副职共130余人参加, 33): no group's own count.
	/(?:共|共计|合计|约|等)\d+(?:余|多)?(?:人|名)$/u,
	// The members' count after the leaders listed (秘書長張緒勝及委員52人出席會議, 1301), read by the head counts.
	MEMBERS_COUNT,
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

const JOINED_ON = /^(?:以及|及)/u;

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
		// …陈星莺，以及企业家代表董明珠、牛铁航在座谈会上发言 (1538): an item joined by 以及 after the comma
		// goes on the list before it, as attendance lists are joined (…韦懿格，以及市政协秘书长黄正华出席会议, 872).
		if (JOINED_ON.test(items[first]) && probe.recognised) continue;
		if (single || !probe.recognised) break;
	}
	const out: Subject = {people: [], bodies: []};
	const local: ListContext = {...context, organisation: null};
	// 等 before the verb closes the list: some of those meant were named (lists.ts reads what that says).
	const someOf = text.replace(/，$/u, '').slice(subject.length).startsWith('等');
	for (const [k, item] of items.slice(first).entries()) {
		const reading = readListItem(someOf && k === items.length - first - 1 ? `${item}等` : item, local);
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

/** A clause that opens with its subject and goes on to do something else, then 并 and the formula. */
const CARRIED_SUBJECT = /^([^，,。；]{2,30}?)(?:在|于|与|同|对|就|向|为|带领)[^。；]{2,120}?[，,]并$/u;

export function readFormulas(sentence: Sentence, context: ListContext): FormulaReading {
	const {text, section} = sentence;
	const reading: FormulaReading = {people: [], bodies: []};
	// The optional fields are set after: spreading a conditional object ({...(x ? {as} : {})}) takes
	// V8's slow path, and this runs for every person a long report's formulas read.
	const record = (subject: Subject, act: Act, rule: string, joint: {name: string; count: number} | null = null) => {
		for (const person of subject.people) {
			// Field by field, not spread: a spread copies through V8's generic path, for each person read.
			const acting: ActingPerson = {name: person.name, roles: person.roles, part: personPart(act), section, rule};
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
		let subject = readSubject(before.replace(/[，,](?:先后|分别|依次|相继|轮流)$/u, ''), single, context, bodyPart(found.act) !== null);
		// 县委书记牛殿祥在会议现场…签订了《…》,并作了重要讲话 (708): the clause's own subject goes on after 并.
		const carried = subject.people.length === 0 && subject.bodies.length === 0 ? CARRIED_SUBJECT.exec(before) : null;
		if (carried) subject = readSubject(carried[1], single, context, false);
		if (subject.people.length === 0 && subject.bodies.length === 0) continue;
		const joint = single || subject.people.length === 0 ? null : MEMBERS_WITH_LEADERS.exec(before);
		record(subject, found.act, found.name, joint && subject.bodies.includes(joint[1]) ? {name: joint[1], count: Number(joint[2])} : null);
		previous = {end: found.end, subject};
	}
	const listings = [...text.matchAll(LIST_AFTER)];
	for (const [k, listed] of listings.entries()) {
		const act: Act = listed[1].startsWith('列席') ? 'observer' : 'attended';
		const local: ListContext = {...context, organisation: null};
		const rest = text.slice(listed.index + listed[0].length, listings[k + 1]?.index ?? text.length).replace(/[。；，,]$/u, '');
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
	// The chairs of a sitting, named after a colon: they sit on the rostrum, whoever presides.
	const chairs = EXECUTIVE_CHAIRS.exec(text);
	if (chairs) {
		const local: ListContext = {...context, organisation: null};
		const rest = text.slice(chairs.index + chairs[0].length).replace(/[。；]$/u, '');
		for (const item of splitOutsideBrackets(rest, '，')) {
			const items = readListItem(item, local);
			if (items.recognised) record({people: items.people, bodies: []}, 'attended', '执行主席是…');
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
	const act: Act | null = /列席|旁听/u.test(previous.text) ? 'observer' : ATTENDING.test(previous.text) ? 'attended' : null;
	if (!act) return reading;
	const local: ListContext = {...context, organisation: null};
	for (const item of splitOutsideBrackets(sentence.text.slice(opening[0].length).replace(/[。；]$/u, ''), '，')) {
		const listed = readListItem(item, local);
		for (const person of listed.people) reading.people.push({...person, part: personPart(act), section: sentence.section, rule: '他们是', ...(act === 'observer' ? {as: '列席' as const} : {})});
	}
	return reading;
}
