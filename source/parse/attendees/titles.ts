// Office titles and group nouns: the vocabulary of the genre, not of any one report.
import {NUMERALS} from '../lexicon/numerals.ts';

/** How an office title ends. A name written right after one of these is that office's holder. */
const TITLE_ENDINGS = [
	'书记',
	'主席',
	'委员长',
	'总理',
	'常委',
	'委员',
	// A member of a party group or study group is named by it: 县政府党组成员卢孟清 (186), 区人大常委会党组成员武广华
	// (194), 区委理论学习中心组成员吴红英、陆柱国 (210).
	'党组成员',
	'中心组成员',
	// A presidium's members are named by it: 主席团成员王莹、王良仁… (158), 大會主席團成員黃曉燕、施利君… (777).
	'主席团成员',
	// A candidate for a post is named after it: 副主席候选人吴勤波、钱钧 (475); the nominee, 副主席提名人选黄福军 (850),
	// 七届政协主席提名人选朱永国 (391).
	'候选人',
	'提名人选',
	// An assistant to a head is a post of its own: 校长助理张伯伟 (207), 市长助理, 部长助理.
	'长助理',
	'主任',
	'部长',
	'省长',
	'市长',
	'县长',
	'区长',
	// 镇长刘建凌 (275), 镇长宋大国 (231)
	'镇长',
	'乡长',
	'州长',
	'旗长',
	'院长',
	'检察长',
	'秘书长',
	'司令员',
	'政委',
	'政治委员',
	'行政长官',
	'领导人',
	'领导',
	'老同志',
	'局长',
	'厅长',
	'主委',
	'会长',
	'理事长',
	'董事长',
	'总经理',
	'校长',
	'参事',
	'社长',
	'台长',
	'行长',
	'署长',
	'大使',
	'总统',
	'首相',
	'审计长',
	'司长',
	'处长',
	'主编',
	'馆长',
	'专员',
	'发言人',
	'组长',
	// A delegation's head: 各代表团团长参加会议 (247), 体育总局局长刘鹏任代表团团长 (a post held, as 组长 is).
	'团长',
	'队长',
	'执行主席',
	'常务主席',
	// Whoever chairs a session by appointment: 主席团会议主持人汪洋 (202), 主席团会议主持人李桂義 (330),
	// 大会主持人田维谦 (332).
	'主持人',
	'教授',
	'研究员',
	'院士',
	'代表',
	'巡视员',
	'调研员',
	// Posts of those invited to speak at a symposium (高级工程师杨小牛, 带电作业班班长许启金).
	'工程师',
	'设计师',
	'技师',
	'医师',
	'律师',
	'经理',
	'厂长',
	'所长',
	'站长',
	'科长',
	'班长',
	'总监',
	'劳动模范',
	// An adviser is a post of its own: 副省长、省政府顾问、省政府秘书长参加会议 (1158), 区政府法律顾问列席会议 (687),
	// 部分立法顾问列席會議 (1301).
	'顾问',
];

/** Staff titles: handled from bylines and captions, never read as an office before a name in the body. */
export const STAFF_TITLE_ENDINGS = ['记者', '通讯员', '编辑', '摄影', '摄影师', '主编'];

/** Written after a name instead of before it (习近平总书记, 栗战书委员长, 李希同志). */
export const TITLES_AFTER_NAME = ['同志', '总书记', '副委员长', '委员长', '副总理', '总理'];

/**
 * Also written after a name (习近平主席), but far more often after an organisation (国家主席,
 * 工商联主席), so only a full three-character name or one known from elsewhere is read before it.
 */
export const GUARDED_TITLES_AFTER_NAME = ['副主席', '主席', '教授', '研究员'];

/**
 * Local posts a story may also write after the name (王征区长主持召开…, 214; 会议由贺旻主委主持, 465;
 * 区委王焕清书记应邀参加, 602; 乌兰夫副主席主持会议, 793). Far more often they follow an organisation
 * (区委书记, 市政协主席), so the reader asks for a name the report knows or one with a family name
 * that does not end as an organisation does. Longer posts first, so 副区长 is not read as 区长.
 */
export const LOCAL_TITLES_AFTER_NAME = ['副书记', '书记', '副市长', '市长', '副县长', '县长', '副区长', '区长', '副主任', '主任', '副主委', '主委', '副主席', '主席'];

/** The organisation such a post belongs to, written before the name: 区委王焕清书记 (602). */
export const ORGANISATION_BEFORE_NAME = /^(?:[省市县区州旗镇乡]委|[省市县区州旗]政府|[省市县区州旗]人大|[省市县区州旗]政协)/u;

/** Nouns that end the name of a group of people (市委委员, 有关负责同志, 外国驻华使节, 常委们). */
const PERSON_GROUP_ENDINGS = [
	'成员',
	'同志',
	'负责人',
	'代表',
	'人员',
	'使节',
	'干部',
	'党员',
	'专家',
	'学者',
	'群众',
	'人士',
	'们',
	'嘉宾',
	'官兵',
	'职工',
	'师生',
	'员工',
	'列席人员',
	'老领导',
	'委员',
	'常委',
	'领导',
	'领导人',
	'老同志',
	// Heads of units by rank (各街道党政正职、区委各部委常务副职, 33).
	'正职',
	'副职',
	// Guests invited to a session (外国驻华使节、海外华侨等应邀参加闭幕会).
	'华侨',
	'华人',
	'侨胞',
	'同胞',
	'来宾',
	'外宾',
	// 各国驻沪领事机构官员应邀参加会议 (204)
	'官员',
	// …重点企业负责人及新闻媒体记者出席并参加会议 (340): reporters as a group, not a credit.
	'媒体记者',
	// The court president and the chief procurator as a pair: 法、检两长 (55), 区法检“两长” (483).
	'两长',
	'两长”',
	// 各代表团召集人 (315), 各讨论组召集人 (114), 各界别召集人 (395)
	'召集人',
	'贵宾',
	'友人',
	// Graduates serving in villages: …选派干部、大学生村官 (列席会议的有…, 1943); 5位大學生村官列席了會議
	// (http://www.handmsg.com/page/2009/0101/26560095.shtml).
	'村官',
];

/**
 * What one attends, sits in on or takes part in: the meeting as a whole or one of its sittings
 * (出席闭幕会, 列席第三次全体会议, 参加座谈会, 应邀出席开幕式). A regular-expression source.
 */
export const MEETING_OBJECT =
	`(?:(?:这次|本次|此次|今天的?|当天的?|上午的?|下午的?)?(?:第[${NUMERALS}]+次)?` +
	// 应邀旁听了开幕大会 (144), 出席闭幕大会 (145); a study session's sitting: …参加学习会 (209),
	// …参加了学习 (210), …参加学习研讨 (138), 集体学习.
	'(?:全体会议|预备会议|联席会议|常务会议|主任会议|委员长会议|全会|会议|开幕大会|闭幕大会|大会|开幕会|闭幕会|开幕式|闭幕式|座谈会|茶话会|报告会|纪念会|见面会|(?:集体)?学习(?:研讨)?会?))';

/** Collective bodies that preside (市委常委会, 中央政治局, 大会主席团). */
const COLLECTIVE_ENDINGS = ['常委会', '常务委员会', '政治局', '主席团', '委员会', '党组', '书记处', '常委会议'];

/** Title endings by their last character, longest first: the parser asks at every position. */
const ENDINGS_BY_LAST = new Map<string, string[]>();
for (const ending of [...TITLE_ENDINGS].sort((a, b) => b.length - a.length)) {
	const last = ending.charAt(ending.length - 1);
	ENDINGS_BY_LAST.set(last, [...(ENDINGS_BY_LAST.get(last) ?? []), ending]);
}

/** The same endings by the code unit of their last character: asked at every position, a lookup that allocates nothing. */
const ENDINGS_BY_LAST_CODE = new Map([...ENDINGS_BY_LAST].map(([last, endings]) => [last.charCodeAt(0), endings]));

/** Which code units end some title: most characters end none, and are told so without a map lookup. */
const ENDS_SOME_TITLE = new Uint8Array(0x10000);
for (const code of ENDINGS_BY_LAST_CODE.keys()) ENDS_SOME_TITLE[code] = 1;

/** Whether a title could end right before `end` (one of its endings does): a cheap test before building any substring. */
export function mayEndTitleAt(text: string, end: number): boolean {
	if (ENDS_SOME_TITLE[text.charCodeAt(end - 1)] !== 1) return false;
	const endings = ENDINGS_BY_LAST_CODE.get(text.charCodeAt(end - 1));
	if (!endings) return false;
	for (const ending of endings) if (text.startsWith(ending, end - ending.length)) return true;
	return false;
}

export function endsWithTitle(text: string): string | null {
	for (const ending of ENDINGS_BY_LAST.get(text.charAt(text.length - 1)) ?? []) if (text.endsWith(ending)) return ending;
	return null;
}

export function isStaffTitle(text: string): boolean {
	return STAFF_TITLE_ENDINGS.some(ending => text.endsWith(ending));
}

export function isPersonGroup(text: string): boolean {
	return PERSON_GROUP_ENDINGS.some(ending => text.endsWith(ending)) || endsWithTitle(text) !== null;
}

export function isCollective(text: string): boolean {
	return COLLECTIVE_ENDINGS.some(ending => text.endsWith(ending));
}

/** A title as a whole, or a group, when it names nobody: 国务委员, 最高人民法院院长, 有关负责同志. */
export function isGroupOrTitle(text: string): boolean {
	return text.length >= 2 && (isPersonGroup(text) || isCollective(text));
}

/** The organisation part of a title (省政协主席 → 省政协), for 副主席 and 常委们 that follow it unqualified. */
export function organisationOf(title: string): string | null {
	const ending = endsWithTitle(title);
	if (!ending) return null;
	const organisation = title.slice(0, title.length - ending.length).replace(/副$/, '');
	return organisation.length >= 2 ? organisation : null;
}

/** The standard short forms of institutions' names, longest first: each is how reports abbreviate the other. */
const SHORT_FORMS: readonly [string, string][] = [
	['中国人民政治协商会议全国委员会', '全国政协'],
	['人民代表大会常务委员会', '人大常委会'],
	['中华全国工商业联合会', '全国工商联'],
	['纪律检查委员会', '纪委'],
	['政治协商会议', '政协'],
	['人民代表大会', '人大'],
	['工商业联合会', '工商联'],
	['常务委员会', '常委会'],
	['监察委员会', '监委'],
	['军事委员会', '军委'],
	['中国共产党', '中共'],
	['人民检察院', '检察院'],
	['人民法院', '法院'],
	['人民政府', '政府'],
];

/** A group's name with every institution in its short form: 中央纪律检查委员会委员 and 中央纪委委员 are one group. */
export function shortFormOf(name: string): string {
	let out = name;
	for (const [full, short] of SHORT_FORMS) if (out.includes(full)) out = out.split(full).join(short);
	return out;
}
