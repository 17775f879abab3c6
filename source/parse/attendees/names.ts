// Person names: 2–3 Han characters (4 with a double family name, 4–6 as two Tibetan or Mongolian
// names, longer with an interpunct), recognised by what surrounds them, never by a list of people.
import {hasDoubleSurname, hasSurname, isMinorityName, minorityNameLength, opensTitledNameOnly} from './surnames.ts';
import {endsWithTitle, isPersonGroup, isStaffTitle, TITLES_AFTER_NAME} from './titles.ts';
import {HAN, HAN_RANGES} from '../../text/han.ts';

/** How much the context vouches for a name: after a title, inside a list of names, or on its own. */
export type Evidence = 'title' | 'list' | 'weak';

const HAN_NAME = new RegExp(`^${HAN}{2,4}$`, 'u');
const INTERPUNCT_NAME = new RegExp(`^${HAN}{2,6}·${HAN}{2,6}$`, 'u');
const INTERPUNCT_START = new RegExp(`^${HAN}{2,6}·${HAN}{2,6}`, 'u');
const HAN_START = new RegExp(`^${HAN}`, 'u');

// Common words of the genre that start with a family-name character.
const NOT_NAMES = new Set([
	'干部',
	'全会',
	'全党',
	'全国',
	'全体',
	'全面',
	'全省',
	'全市',
	'全区',
	'全县',
	'全力',
	'全军',
	'国务院',
	'国家',
	'中央',
	'会议',
	'大会',
	'人民',
	'群众',
	'职务',
	'党员',
	'安全',
	'发展',
	'经济',
	'政治',
	'文化',
	'社会',
	'生态',
	'改革',
	'开放',
	'和平',
	'方面',
	'高度',
	'工作',
	'任务',
	'明确',
	'明年',
	'时代',
	'时期',
	'常态',
	'常务',
	'强化',
	'万众',
	'文明',
	'江山',
	'金融',
	'能源',
	'医药',
	'华侨',
	'司法',
	'武警',
	'政委',
	'武装',
	'史上',
	'史无',
	'云端',
	'宣传',
	'宣布',
	'严格',
	'严重',
	'严肃',
	'于是',
	'向前',
	'高质',
	'谈话',
	'党组',
	'党委',
	'党建',
	'单位',
	'部门',
	'成员',
	'成果',
	'成效',
	'成绩',
	'成功',
	'毛泽',
	'马克',
	'马克思',
	'司令',
	'司令员',
	'秦岭',
	'黄河',
	'长江',
	'黎明',
	'周年',
	'周边',
	'周围',
	'曲折',
	'石油',
	'钢铁',
	'乐观',
	'邮政',
	'齐心',
	'齐全',
	'杨柳',
	'龙头',
	'路线',
	'关于',
	'关键',
	'关系',
	'关心',
	'关注',
	'贺信',
	'贺电',
	'孙子',
	'林业',
	'牧区',
	'农业',
	'农民',
	'农村',
	'卫生',
	'卫星',
	'沙漠',
	'海洋',
	'海关',
	'海外',
	'华人',
	'申请',
	'申报',
	'商务',
	'商业',
	'宁夏',
	'江苏',
	'江西',
	'湖南',
	'福建',
	'甘肃',
	'云南',
	'贵州',
	'广东',
	'广西',
	'海南',
	'山东',
	'山西',
	'河南',
	'河北',
	'辽宁',
	'吉林',
	'黑龙江',
	'安徽',
	'浙江',
	'四川',
	'重庆',
	'天津',
	'上海',
	'北京',
	'西藏',
	'新疆',
	'青海',
	'内蒙古',
	'香港',
	'澳门',
	'台湾',
	'常委会',
	'向大会',
	'向全会',
	'国务',
	'解放军',
	'干事',
	'邵阳',
	'任期',
	'任职',
	'任命',
	'任免',
	'应当',
	'应对',
	'应急',
	'应出席',
	'应邀',
	'应到',
	'实到',
	'到会',
	'应出',
	'方式',
	'方法',
	'方向',
	'方案',
	'方针',
	'方略',
	'项目',
	'程序',
	'解决',
	'支持',
	'计划',
	'丰富',
	'权力',
	'权益',
	'祖国',
	'初心',
	'富裕',
	'幸福',
	'展现',
	'宗旨',
	'管理',
	'原则',
	'路径',
	'纪律',
	'纪检',
	'纪念',
	'费用',
	'宣誓',
	'班子',
	'庄严',
	'隆重',
	'战略',
	'战斗',
	'危机',
	'银行',
	'文联',
	'商联',
	'工商联',
	'侨联',
	'政协',
	'许多',
	'曾经',
	'陆续',
	'杜绝',
	'付出',
	'巩固',
	'廉洁',
	'廉政',
	'惠民',
	'尤其',
	'满意',
	'符合',
	'包括',
	'蓝图',
	'焦点',
	'戴上',
	'康复',
	'施工',
	'施政',
	'范围',
	'范本',
	'范例',
	'白皮书',
	'文件',
	'文章',
	'文本',
	'章程',
	'宪章',
]);

// Two characters that never sit inside a personal name.
const NOT_IN_NAMES = [
	'负责',
	'有关',
	'领导',
	'同志',
	'委员',
	'代表',
	'会议',
	'全会',
	'工作',
	'主任',
	'主席',
	'书记',
	'职务',
	'部门',
	'单位',
	'人员',
	'干部',
	'成员',
	'常委',
	// 市政协主席戴北方、常务副主席刘润华 (133): 常务 opens a title (常务副主席, 常务副市长), never a name.
	'常务',
	'政府',
	'党委',
	'中央',
	// 有關中共總書記習近平 (173): the party before a title, never the end of a name.
	'中共',
	'全国',
	// 县政协全体正副主席 (848): all of a body's holders, never part of a name.
	'全体',
	'国家',
	'关于',
	'重要',
	'的',
	'了',
	'与',
	'及',
	'在',
	'是',
	'等',
	'对',
	'将',
	'把',
	'被',
	'就',
	'这',
	'那',
	'其',
	'各',
	'个',
	'们',
];

/**
 * Of those, characters some names do hold (朱良其; Mongolian names open with 那: 旗领导…特木尔、那斯图、范有强
 * 1776, 记者那可 533), allowed where a title or a list of names vouches for them.
 */
const IN_LISTED_NAMES = new Set(['其', '是', '对', '将', '那']);

const FUNCTION_LAST = new Set('等在和为的对就作受与及说同也还并向将已兼率任');

/**
 * 李在明: 在 between a family name and one more character is part of a name where a title or a
 * list vouches for it; elsewhere (王浩在大会, 李在北京) it stays the preposition. Returns the
 * candidate with such a 在 taken out, for the test of characters no name holds.
 */
function middleZai(candidate: string, evidence: Evidence): string {
	return evidence !== 'weak' && candidate.length === 3 && candidate.charAt(1) === '在' && hasSurname(candidate) ? candidate.charAt(0) + candidate.charAt(2) : candidate;
}

/** Answers already given, by evidence: the readers ask about the same few characters at every position, pass after pass. */
const PLAUSIBLE: Record<Evidence, Map<string, boolean>> = {title: new Map(), list: new Map(), weak: new Map()};

/** Whether `candidate` may be a person's name, given how much the context vouches for it. */
export function plausibleName(candidate: string, evidence: Evidence): boolean {
	const answers = PLAUSIBLE[evidence];
	let answer = answers.get(candidate);
	if (answer === undefined) {
		answer = judgedPlausible(candidate, evidence);
		if (answers.size >= 65536) answers.clear();
		answers.set(candidate, answer);
	}
	return answer;
}

/** How the name of a department or office ends: 部, 处, 局, 办. */
const UNIT_END = /[部处局厅办室所队]$/u;

function judgedPlausible(candidate: string, evidence: Evidence): boolean {
	if (INTERPUNCT_NAME.test(candidate)) return !opensWithTitle(candidate);
	// Longer than four characters only as two Tibetan or Mongolian names a title or a list vouches for (宝音满都呼).
	if (!HAN_NAME.test(candidate) && !(evidence !== 'weak' && isMinorityName(candidate))) return false;
	if (NOT_NAMES.has(candidate)) return false;
	// 朱春龙两位同志 (117): a count of people is never the end of a name.
	if (/[一二两三四五六七八九十][位名]$/u.test(candidate)) return false;
	if (NOT_IN_NAMES.some(part => !(evidence !== 'weak' && IN_LISTED_NAMES.has(part)) && (part === '在' ? middleZai(candidate, evidence) : candidate).includes(part))) return false;
	if (endsWithTitle(candidate) || isPersonGroup(candidate) || isStaffTitle(candidate)) return false;
	if (TITLES_AFTER_NAME.some(title => candidate.endsWith(title))) return false;
	if (candidate.length === 4 && !hasDoubleSurname(candidate) && evidence !== 'list' && !(evidence === 'title' && isMinorityName(candidate))) return false;
	// 组织部、宣传部、学工部…负责人 (381): in a list, a word ending as a unit does is a unit, not a name.
	if (evidence !== 'title' && UNIT_END.test(candidate)) return false;
	// A group is never a name, whatever title stands before it: 重大专项工作委员宣讲团 (compare held-out pair 19);
	// no labelled name in either corpus ends in 团 or 组.
	if (/[团组]$/u.test(candidate)) return false;
	if (evidence === 'weak' && !hasSurname(candidate)) return false;
	if (evidence === 'title' && !hasSurname(candidate) && !opensTitledNameOnly(candidate) && !isMinorityName(candidate)) return false;
	return true;
}

/**
 * What may follow a name: punctuation, a formula verb, a title written after the name, a
 * conjunction, a date. Reading a name stops where one of these begins.
 */
const AFTER_NAME = new RegExp(
	'^(?:$|[\\s，。、；：,.;:！？!?（）()“”"《》〈〉【】\\d]|' +
		[
			'等',
			'同志',
			// 陈月洪、朱春龙两位同志辞去…, 吕靖、李保庚、李超群三位同志为… (117): a count of those named.
			'[一二两三四五六七八九十]{1,2}[位名]同志',
			'在',
			'对',
			'代表',
			'受',
			// 喬延春、齊乃貴因年齡原因,不再擔任… (146): the reason a name's holder leaves a post.
			'因',
			// 政治局常委蔡奇負責的中央書記處 (566): what the holder is in charge of.
			'负责(?!人|同志)',
			// 免去齐扎拉第十四届全国政协常委…职务, 撤销赵金云、…薛景霞第十四届全国政协委员资格 (236), 撤销吴燕生、
			// 刘石泉、王长青政协第十四届全国委员会委员资格 (589).
			'(?:全国政协|全国人大|政协|人大)?第[^，。；]{1,30}?(?:职务|资格)',
			'就',
			'作',
			'为',
			'的',
			'和',
			'与',
			'及',
			'以及',
			'主持',
			'出席',
			'列席',
			'参加',
			'讲话',
			'发表',
			'说',
			'指出',
			'强调',
			'表示',
			'宣布',
			'要求',
			'希望',
			'提出',
			'当选',
			'任',
			'兼',
			'分别',
			'先后',
			'一行',
			'会见',
			'致辞',
			'向',
			'将',
			'已',
			'从',
			'于',
			// 国务院港澳事务办公室主任廖晖关于…的汇报 (147): a whole 关于 beats a 于 after 廖晖关.
			'关于',
			'率',
			'带领',
			'陪同',
			'看望',
			'考察',
			'调研',
			'总书记',
			'委员长',
			'副委员长',
			'总理',
			'副总理',
			'书记',
			'主席',
			'辞去',
			'严重',
			'开除',
			'撤销',
			'逝世',
			'同',
			'也',
			'还',
			'并',
			'先生',
			'女士',
			'摄',
			'涉嫌',
			'违纪',
			'职务',
			'在主席台',
			'应邀',
			'首先',
			'最后',
			'随后',
			'热情',
			'介绍',
			'通报',
			'传达',
			'宣读',
			'解读',
			'作了',
			'所作',
			'主持召开',
			'出任',
			'不再',
			'留党',
			'给予',
			'总结',
			'部署',
			'汇报',
			// 由總書記習近平聽取政治局委員「相互批評」 (190): the leader who hears the reports.
			'听取',
			'领学',
			'带队',
			'回顾',
			'围绕',
			'结合',
			'深入',
			'认真',
			'参观',
			'出访',
			'访问',
			'接受',
			// When, in what order, how: 前日主持 (86), 昨日出席, 专程前往, 亲自部署
			'前日',
			'昨日',
			'今日',
			'日前',
			'近日',
			'当日',
			'当天',
			'上午',
			'下午',
			'晚上',
			'前往',
			'来到',
			'专程',
			'亲自',
			'再次',
			'则',
			'分别',
			'一同',
			'共同',
			'曾',
			'又',
			'仍',
			'即',
			'则要求',
			'担任',
			'被',
			'接替',
			// 受…主席周舟委托 (1085), 受县政协主席李服役委托 (1252), 受…主任刘宁委托 (1523): on whose behalf.
			'委托',
		].join('|') +
		')',
	'u',
);

/** How long the word that ends a name is, when one does. */
function followerLength(rest: string): number {
	return AFTER_NAME.exec(rest)?.[0].length ?? 0;
}

export function endsName(rest: string): boolean {
	return AFTER_NAME.test(rest);
}

/**
 * The given name before the interpunct of a minority name runs two to six characters, so a title
 * can hide in it: 副主席尔肯江·吐拉洪 (143) is the title 副主席 and the name 尔肯江·吐拉洪.
 */
function opensWithTitle(name: string): boolean {
	const given = name.slice(0, name.indexOf('·'));
	for (let end = 2; end <= given.length - 2; end++) if ((endsWithTitle(given.slice(0, end))?.length ?? 0) >= 2) return true;
	return false;
}

/** Reads one name starting at `start`, preferring names other parts of the report vouch for. */
export function readName(text: string, start: number, evidence: Evidence, known: ReadonlySet<string>): string | null {
	const rest = text.slice(start);
	// A name the report vouches for elsewhere is read to its end whatever follows (习近平前日主持, 86).
	for (const name of knownFrom(rest, 0, known)) if (rest.startsWith(name)) return name;
	const interpunct = INTERPUNCT_START.exec(rest);
	if (interpunct && endsName(rest.slice(interpunct[0].length))) return opensWithTitle(interpunct[0]) ? null : interpunct[0];
	const minority = evidence === 'weak' ? 0 : minorityNameLength(rest);
	const lengths = hasDoubleSurname(rest) ? [4, 3] : minority > 0 ? [minority, 3] : evidence === 'list' ? [3, 2, 4] : [3, 2];
	const fits = (length: number) => {
		const candidate = rest.slice(0, length);
		return candidate.length === length && plausibleName(candidate, evidence) && endsName(rest.slice(length));
	};
	for (const length of lengths) {
		if (!fits(length)) continue;
		// 王浩在大会: a function character closing a three-character reading belongs to what follows,
		// unless punctuation closes the name (周忠和。, 蔡元和、).
		if (length === 3 && FUNCTION_LAST.has(rest.charAt(2)) && !/^[、，。；：）)]/u.test(rest.slice(3)) && fits(2)) return rest.slice(0, 2);
		// 市教委主任周旭说:“… (178), 柳州市委書記陳剛說,推進… (1447), 中共總書記習近平說，要… (562): 说 before a
		// colon, a quotation or a comma opens what was said.
		if (length === 3 && rest.charAt(2) === '说' && /^[：:，,]?[“"「]|^[：:，,]/u.test(rest.slice(3)) && fits(2)) return rest.slice(0, 2);
		// 李四陪同考察: a two-character reading followed by a whole word (陪同) beats a three-character
		// one followed by a single character of it (同).
		if (length === 3 && followerLength(rest.slice(3)) === 1 && HAN_START.test(rest.slice(3)) && fits(2) && followerLength(rest.slice(2)) >= 2) return rest.slice(0, 2);
		return rest.slice(0, length);
	}
	return null;
}

/** What a list may note after a name: 王晓萍（女）, 訚柏（纳西族）. */
export const NAME_NOTE = `[（(](?:女|${HAN}{1,4}族)[）)]`;
const ANNOTATION = new RegExp(`^${NAME_NOTE}`, 'u');

/**
 * Reads 、-separated names (the last possibly joined by 和), as in 任命孙新阳、刘学新、张福海为.
 * `members` is what vouches for the names after the first: in running text each needs a family
 * name of its own; where what closes the list is checked (…违纪违法案件), the list itself will do.
 */
export function readNameList(text: string, start: number, evidence: Evidence, known: ReadonlySet<string>, members: Evidence = 'weak'): {names: string[]; end: number} {
	const names: string[] = [];
	let position = start;
	let current: Evidence = evidence;
	for (;;) {
		const name = readName(text, position, current, known);
		if (!name) break;
		names.push(name);
		position += name.length;
		position += ANNOTATION.exec(text.slice(position))?.[0].length ?? 0;
		const separator = /^(?:、|和|及|以及)/.exec(text.slice(position));
		if (!separator) break;
		// In running text a list member needs a family name of its own: 沈跃跃、中国文联主席铁凝.
		const next = readName(text, position + separator[0].length, members, known);
		if (!next) break;
		position += separator[0].length;
		current = members;
	}
	return {names, end: position};
}

/** What a name standing on its own may follow: a break, a particle or conjunction, a verb taking a person. */
const BEFORE_APART = new RegExp(`(?:^|[^${HAN_RANGES}]|[了由和及与同请]|听取|讨论|审议|通过|同意|批准|决定|接受|推举|学习|贯彻|传达|落实|领会)$`, 'u');

/** The 于 of a word before a name (关于, 对于, 由于): no surname. */
const WORD_ENDING_YU = /(?:关|对|由|属|位|至|等|鉴|基|出)于$/u;

/**
 * The name that ends right where `end` is, e.g. the subject of 受…委托作的工作报告. With `apart`
 * (a verb's subject read with no title or list around it), an unknown name must also stand apart
 * from the word before it, so that 审计工作报告 and 座谈会并发表 yield no 计工 or 谈会并.
 */
export function nameEndingAt(text: string, end: number, known: ReadonlySet<string>, apart = false): string | null {
	const before = text.slice(0, end);
	for (const name of knownUntil(before, before.length, known)) if (before.endsWith(name)) return name;
	for (const length of [3, 2]) {
		const candidate = before.slice(-length);
		if (candidate.length !== length || !plausibleName(candidate, 'weak')) continue;
		const preceding = before.slice(0, -length);
		if (apart && !BEFORE_APART.test(preceding) && !endsWithTitle(preceding)) continue;
		// 县委办主任乔毅同志 (36), 副主任盧勝同志 (117): a first character that ends a title (主任) is not a surname.
		if (length === 3 && endsWithTitle(preceding + candidate.charAt(0)) && plausibleName(candidate.slice(1), 'weak')) continue;
		// 关于李猛同志任职的决定 (630): the 于 of 关于, 对于, 由于 is no surname.
		if (length === 3 && WORD_ENDING_YU.test(preceding + candidate.charAt(0)) && plausibleName(candidate.slice(1), 'weak')) continue;
		return candidate;
	}
	return null;
}

interface KnownIndex {
	size: number;
	/** Known names by first and by last character, longest first. */
	byFirst: Map<string, string[]>;
	byLast: Map<string, string[]>;
}

const INDEXES = new WeakMap<ReadonlySet<string>, KnownIndex>();

/**
 * The known names indexed by their first and last character, built once per set: a long input
 * knows thousands of names, and the readers ask at almost every position.
 */
function indexOf(known: ReadonlySet<string>): KnownIndex {
	let index = INDEXES.get(known);
	if (index && index.size === known.size) return index;
	index = {size: known.size, byFirst: new Map(), byLast: new Map()};
	for (const name of [...known].sort((a, b) => b.length - a.length)) {
		for (const [map, key] of [
			[index.byFirst, name.charAt(0)],
			[index.byLast, name.charAt(name.length - 1)],
		] as const) {
			const list = map.get(key);
			if (list) list.push(name);
			else map.set(key, [name]);
		}
	}
	INDEXES.set(known, index);
	return index;
}

const NONE: readonly string[] = [];

/** Known names that could start at `start`, longest first. */
export function knownFrom(text: string, start: number, known: ReadonlySet<string>): readonly string[] {
	return known.size === 0 ? NONE : (indexOf(known).byFirst.get(text.charAt(start)) ?? NONE);
}

/** Known names that could end right before `end`, longest first. */
export function knownUntil(text: string, end: number, known: ReadonlySet<string>): readonly string[] {
	return known.size === 0 || end <= 0 ? NONE : (indexOf(known).byLast.get(text.charAt(end - 1)) ?? NONE);
}

/** Splits names written together with no separator (王沪宁韩正), using names found elsewhere. */
export function segmentKnown(text: string, known: ReadonlySet<string>): string[] | null {
	if (!text) return [];
	for (const name of knownFrom(text, 0, known)) {
		if (!text.startsWith(name)) continue;
		const rest = segmentKnown(text.slice(name.length), known);
		if (rest) return [name, ...rest];
	}
	return null;
}
