// Names outside attendance formulas: after an office title (省委书记袁家军对绍兴工作的…),
// before a title written after them (习近平总书记, 李希同志), and in personnel decisions
// (免去…职务, 任命…为, 递补…为, 关于…严重违纪违法问题, 给予…处分). These people are named
// but not, by these words, present.
import type {Sentence} from './text.ts';
import {firstUnitGate, insideBookTitle, isDoctrineAt} from './text.ts';
import {endsName, nameEndingAt, plausibleName, readNameList} from './names.ts';
import {NATIONAL_LEADERS} from '../lexicon/leaders.ts';
import {occurrenceFinder} from '../lexicon/occurrences.ts';
import {endsWithTitle, GUARDED_TITLES_AFTER_NAME, isStaffTitle, mayEndTitleAt, TITLES_AFTER_NAME} from './titles.ts';
import {matchesOf} from '../matches.ts';

export interface Mention {
	name: string;
	roles: string[];
	section: number;
	/** What named them: `attendees --explain`. */
	rule?: string;
}

/** What a title does not run back across: punctuation, and the particles and prepositions before it (as code units, asked of every character). */
const TITLE_STOPS = new Set([...'，。、；：“”《》的了由在对受是向将把从与及并就为'].map(stop => stop.charCodeAt(0)));

// Verbs that can run straight into a title in running text (贯彻落实省委书记…的讲话要求).
const VERB_BEFORE_TITLE = /^(?:全面|认真|深入|深刻|坚决|决定|贯彻|落实|学习|传达|领会|听取|讨论|审议|通过|递补|增补|任命|免去|选举|同意|还有|包括|其中|会见|看望|陪同|慰问)+/u;

/** The title written right before `end`, as far back as the clause allows. */
export function titleBefore(text: string, end: number): string {
	let start = end;
	while (start > 0 && end - start < 24 && !TITLE_STOPS.has(text.charCodeAt(start - 1))) start--;
	return text.slice(start, end).replace(VERB_BEFORE_TITLE, '');
}

function titledMentions(sentence: Sentence, known: ReadonlySet<string>): Mention[] {
	const out: Mention[] = [];
	const {text} = sentence;
	for (let end = 2; end < text.length; end++) {
		if (!mayEndTitleAt(text, end)) continue;
		const title = titleBefore(text, end);
		if (!title || !endsWithTitle(title) || isStaffTitle(title)) continue;
		const {names, end: listEnd} = readNameList(text, end, 'title', known);
		if (names.length === 0) continue;
		for (const name of names) out.push({name, roles: [title], section: sentence.section});
		end = listEnd;
	}
	return out;
}

/** How the name of a university, institute or office ends (大学, 研究所, 办公厅). */
const ORGANISATION_END = /[学院所校系部局委办厅司处科室站队馆]$/u;

/** Every title written after a name: one list made once, not one for every sentence asked. */
const AFTER_NAME_TITLES = [...TITLES_AFTER_NAME, ...GUARDED_TITLES_AFTER_NAME];
const mayHoldTitleAfterName = firstUnitGate(AFTER_NAME_TITLES);

function namesBeforeTitles(sentence: Sentence, known: ReadonlySet<string>): Mention[] {
	const out: Mention[] = [];
	const {text} = sentence;
	if (!mayHoldTitleAfterName(text)) return out;
	for (const after of AFTER_NAME_TITLES) {
		const guarded = GUARDED_TITLES_AFTER_NAME.includes(after);
		for (let at = text.indexOf(after); at >= 0; at = text.indexOf(after, at + 1)) {
			if ((after === '委员长' || after === '主席') && text.charAt(at - 1) === '副') continue;
			// 刘华清为副主席 (1983): a name given a post by 为, read by the series it stands in, not a name written before its title.
			if (text.charAt(at - 1) === '为') continue;
			const name = nameEndingAt(text, at, known);
			if (!name || isDoctrineAt(text, at)) continue;
			if (guarded && name.length !== 3 && !known.has(name)) continue;
			// 清华大学教授张三: before a guarded title an organisation ends, not a name.
			if (guarded && !known.has(name) && ORGANISATION_END.test(name)) continue;
			// 担任中共总书记 (108): 任 after 担 (出, 兼, 接, 继) is taking up a post, not a family name.
			if (!known.has(name) && /[任]/u.test(name.charAt(0)) && /[担出兼接继就调升改曾]/u.test(text.charAt(at - name.length - 1))) continue;
			out.push({name, roles: after === '同志' ? [] : [after], section: sentence.section});
		}
	}
	return out;
}

// 查处周永康、令计划违纪违法案件: those in a discipline case are named, not present.
const PERSONNEL_VERB = /决定|推选|推举|指定|通过|接替|由|免去|任命|选举|递补|增补|补选|给予|接受|同意|批准|关于|罢免|撤销|悼念|追悼|查处|查办/gu;
// 推选孙哲君、…、俞越江等11位同志为… (103), 关于陈月洪、朱春龙两位同志辞去… (117): a count of
// those named may stand after the names.
/** A count of people: 11位, 两名, 42名. */
const HEAD_COUNT = String.raw`(?:\d+|[一二两三四五六七八九十百]+)(?:位|名|人)`;
const COUNT_OF_NAMED = String.raw`(?:等?${HEAD_COUNT})?`;
// 接受嘎玛泽登同志请辞第十四届全国政协委员的决定 (236): a resignation asked for; 免去齐扎拉第十四届…职务,
// 撤销赵金云、魏博平第十四届全国政协委员资格 (236): the post or seat named after the names.
const AFTER_PERSONNEL_LIST = new RegExp(
	String.raw`^${COUNT_OF_NAMED}(?:同志)?(?:的|为|辞去|请辞|严重|开除|撤销|留党|职务|等|涉嫌|违纪|违法|案件|逝世|(?:全国政协|全国人大|政协|人大)?第[^，。；]{1,30}?(?:委员|代表)资格|第[^，。；]{1,30}?职务)`,
	'u',
);
const APPOINTED_AFTER_DECISION = new RegExp(String.raw`^${COUNT_OF_NAMED}(?:同志)?(?:为|担任|兼任)`, 'u');
// 通过诸葛宇杰为大会秘书长 (110), 接替胡锦涛担任中共总书记 (108): these name people only before a post.
// 大会副秘书长由张正槐、周晓国、王浙锋等3位同志担任 (103).
const GUARDED_PERSONNEL_VERBS = new Set(['决定', '推选', '推举', '指定', '通过', '接替', '由']);

function personnelMentions(sentence: Sentence, known: ReadonlySet<string>): Mention[] {
	const out: Mention[] = [];
	const {text} = sentence;
	for (const verb of matchesOf(PERSONNEL_VERB, text)) {
		// The verb may take 了 before those it names: 选举了曾英杰为金石桥镇人民政府副镇长 (723),
		// 補選了王珉、李斌、何玉景、張海珊、胡增為九屆區政協常務委員 (1417).
		const start = verb.index + verb[0].length + (text.charAt(verb.index + verb[0].length) === '了' ? 1 : 0);
		// The list may follow a title (递补中央委员会候补委员马国强、王宁、王伟中为…), which no
		// punctuation breaks, and which ends where a title may (asked before any substring is made).
		const last = Math.min(text.length, start + 24, clauseBreakFrom(text, start));
		for (let listStart = start; listStart <= last; listStart++) {
			if (listStart > start && !mayEndTitleAt(text, listStart)) continue;
			const title = text.slice(start, listStart);
			if (title && !endsWithTitle(title)) continue;
			// 同志 after a name vouches for it as a list does: 接受噶玛泽登同志请辞… (compare pair 17), a name of no Han family.
			const comrade = !title && COMRADE_AFTER.test(text.slice(listStart, listStart + 7));
			const {names, end} = readNameList(text, listStart, title ? 'title' : comrade ? 'list' : 'weak', known, 'list');
			// 决定刘奇、刘俊臣为大会副秘书长: 决定 (推选, 指定) appoints only where 为 or a post taken up follows the names.
			const after = GUARDED_PERSONNEL_VERBS.has(verb[0]) ? APPOINTED_AFTER_DECISION : AFTER_PERSONNEL_LIST;
			if (names.length === 0 || !after.test(text.slice(end))) continue;
			const role = title || postOf(text.slice(end));
			for (const name of names) out.push({name, roles: role ? [role] : [], section: sentence.section});
			break;
		}
	}
	return out;
}

/**
 * Those who leave a post, named at the head of their clause: 喬延春、齊乃貴因年齡原因,不再擔任省政協副主席
 * 職務 (146), 梁晔不再担任…, 郝明金同志不再兼任… (236): the reason may stand between the names and 不再.
 */
function postsLeft(sentence: Sentence, known: ReadonlySet<string>): Mention[] {
	const out: Mention[] = [];
	const {text} = sentence;
	for (const match of text.includes('不再') ? matchesOf(NO_LONGER, text) : NO_MATCHES) {
		let start = clauseStartBefore(text, match.index);
		let end = match.index;
		// …因年齡原因,不再擔任: the names stand in the clause before the reason's comma.
		if (start === end && start > 0) {
			end = start - 1;
			start = clauseStartBefore(text, end);
		}
		const list = readNameList(text, start, 'weak', known, 'list');
		if (list.names.length === 0 || !LEFT_AFTER_NAMES.test(text.slice(list.end, end))) continue;
		for (const name of list.names) out.push({name, roles: [], section: sentence.section});
	}
	return out;
}
const NO_LONGER = /不再(?:担任|兼任)/gu;

/**
 * Appointments in a series after one 任命: 任命郝鹏为全国人大财经委副主任委员、孙绍骋为全国人大社会委副主任委员
 * (compare pair 13), 任命李小鹏为经济委员会副主任、邓小刚为…、徐乐江为民族和宗教委员会副主任 (pair 16), or
 * across commas: 任命刘冬冬为…副主任委员，喻林祥为…副主任委员，甘道明为…委员 (1005), 任命刘奇为…主任,陈艳华为
 * 省监察厅厅长,章文彪为… (1267): every name that opens a piece of the clause and is followed by 为 is appointed.
 */
function appointmentSeries(sentence: Sentence, known: ReadonlySet<string>): Mention[] {
	const out: Mention[] = [];
	const {text} = sentence;
	for (const verb of text.includes('任命') ? matchesOf(APPOINTING, text) : NO_MATCHES) {
		for (const mark of matchesOf(SERIES_MARK, verb[0])) {
			const {names, end} = readNameList(text, verb.index + mark.index + 1, 'weak', known, 'weak');
			if (names.length === 1 && /^(?:同志)?为/u.test(text.slice(end))) out.push({name: names[0], roles: [], section: sentence.section});
		}
	}
	return out;
}

/**
 * Elections in a series after one 选举, across commas: 选举姜建军为区委书记,王强、曾湃为区委副书记 (1477),
 * 补选孙钧为…副主任,马玉宏为…委员 (1175), 选举张佰成为…临时党支部书记,郭玉峰、王永明为临时党支部副书记 (494):
 * the names that open a later clause and are followed by 为 are elected to the post named. So are those chosen or
 * decided on in a series: 推选李小敏为团长,汪泉为副团长 (429), 决定江泽民为…主席，杨尚昆为第一副主席，刘华清为副主席 (1983).
 */
function electionSeries(sentence: Sentence, known: ReadonlySet<string>): Mention[] {
	const out: Mention[] = [];
	const {text} = sentence;
	for (const verb of ELECTING_CUE.test(text) ? matchesOf(ELECTING, text) : NO_MATCHES) {
		const clauseEnd = verb.index + verb[0].length;
		for (const comma of matchesOf(COMMA, verb[0])) {
			const {names, end} = readNameList(text, verb.index + comma.index + 1, 'weak', known, 'list');
			if (names.length === 0 || end >= clauseEnd || !/^(?:同志)?为/u.test(text.slice(end))) continue;
			const role = postOf(text.slice(end));
			for (const name of names) out.push({name, roles: role ? [role] : [], section: sentence.section});
		}
	}
	return out;
}
const APPOINTING = /任命[^；。;]*/gu;
/** What parts the appointments of a series: 、 or a comma. */
const SERIES_MARK = /[、，,]/gu;
// An election, choice or decision whose first clause names someone for a post (选举A为…, 推选A为…, 决定A为…), read on
// to the sentence's end; the cheap test a sentence passes first.
const ELECTING = /(?:选举(?:产生)?|补选|推选|推举|决定)[^；。;，,]{2,16}?(?:同志)?为[^；。;]*/gu;
const ELECTING_CUE = /选|推举|决定/u;
const COMMA = /[，,]/gu;
const COMRADE_AFTER = /^[\u3400-\u9fff]{2,4}同志/u;
// Between the names and 不再: a count, 同志, the reason (…等同志因年齡和工作變動).
const LEFT_AFTER_NAMES = new RegExp(String.raw`^等?${COUNT_OF_NAMED}(?:同志)?(?:因[^，。；,]{1,20})?$`, 'u');

/** Where the clause holding `at` begins: after the last ，。；：before it (ASCII marks as well). */
function clauseStartBefore(text: string, at: number): number {
	let start = at;
	while (start > 0 && !CLAUSE_MARKS.has(text.charCodeAt(start - 1))) start--;
	return start;
}
const CLAUSE_MARKS = new Set([...'，。；;,：:'].map(mark => mark.charCodeAt(0)));

/** Where the first 、，。or ； from `start` on stands (the text's length if none does). */
function clauseBreakFrom(text: string, start: number): number {
	for (let at = start; at < text.length; at++) if (LIST_TITLE_BREAKS.has(text.charCodeAt(at))) return at;
	return text.length;
}
const LIST_TITLE_BREAKS = new Set([...'，。；、'].map(mark => mark.charCodeAt(0)));

/** The post in `的国家安全部部长职务`, `为国家监委副主任` or `辞去常委会委员等职务`. */
function postOf(rest: string): string | null {
	const match = /^(?:同志)?(?:的|为|辞去)([^，。；、的]{2,30}?)(?:等?职务|$|[，。；])/u.exec(rest);
	return match && endsWithTitle(match[1]) ? match[1] : null;
}

/**
 * A paragraph that is nothing but names set apart by spaces, as election results print them
 * (丁薛祥　习近平　马兴瑞…, 副主席　张又侠　何卫东, 王晓萍（女）). Single characters spaced
 * apart are one word (主　席).
 */
export function spacedNames(text: string, section: number): Mention[] {
	const tokens = text
		.replace(/[（(][^）)]{1,6}[）)]/gu, '')
		.trim()
		.split(/[\s\u3000]+/u)
		.filter(Boolean);
	const words: string[] = [];
	for (const token of tokens) {
		if (token.length === 1 && words.length > 0 && words[words.length - 1].length === 1) words[words.length - 1] += token;
		else words.push(token);
	}
	const title = words.length > 0 && endsWithTitle(words[0]) ? words[0] : null;
	const names = title ? words.slice(1) : words;
	if (names.length === 0 || (names.length < 2 && !title)) return [];
	if (!names.every(name => plausibleName(name, 'list'))) return [];
	if (names.filter(name => plausibleName(name, 'weak')).length * 2 < names.length) return [];
	return names.map(name => ({name, roles: title ? [title] : [], section, rule: 'names set apart by spaces'}));
}

/**
 * A speech or instruction studied by name alone: 传达学习习近平在中央经济工作会议上的重要讲话; the verb may
 * stand before 的 (习近平总书记在中共中央政治局第九次集体学习时发表的重要讲话, 2135; …大会上发表的重要讲话, 1717).
 */
function namesBeforeSpeeches(sentence: Sentence, known: ReadonlySet<string>): Mention[] {
	const out: Mention[] = [];
	for (const match of matchesOf(/(?:在[^，。；]{1,30}?(?:上|时|期间)(?:发表|所作)?)?的(?:重要)?(?:讲话|指示|批示|贺信|回信|论述)/gu, sentence.text)) {
		// 全面从严治党的重要论述 names a task, not a person: an unknown name must stand apart.
		const name = nameEndingAt(sentence.text, match.index, known, true);
		if (name) out.push({name, roles: [], section: sentence.section});
	}
	return out;
}

/** The posts someone takes up: 习近平同志继续担任党的总书记、中央军委主席. */
function postsTaken(sentence: Sentence, known: ReadonlySet<string>): Mention[] {
	const out: Mention[] = [];
	for (const match of matchesOf(/(?:同志)?(?:继续|再次|全票)?(?:担任|兼任|当选为?|出任)([^，。；]{2,40})/gu, sentence.text)) {
		const name = nameEndingAt(sentence.text, match.index, known);
		if (!name || !known.has(name)) continue;
		const posts = match[1].split('、').filter(post => endsWithTitle(post));
		if (posts.length > 0) out.push({name, roles: posts, section: sentence.section});
	}
	return out;
}

/**
 * A national leader named bare; a two-character name only where a name may end (汪洋 is also a
 * word). Not inside a book's title: 《习近平扶贫论述摘编》 (105), 《…—習近平福建足跡》 (116).
 */
function leadersNamed(sentence: Sentence): Mention[] {
	const text = sentence.text;
	if (!mayNameLeader(text)) return [];
	return leaderFinder(text)
		.filter(({needle, start, end}) => (needle.length > 2 || endsName(text.slice(end))) && !insideBookTitle(text, start))
		.map(({needle}) => ({name: needle, roles: [], section: sentence.section}));
}
const leaderFinder = occurrenceFinder(NATIONAL_LEADERS, {names: true});
const mayNameLeader = firstUnitGate(NATIONAL_LEADERS);

// 任 first, the looks back after it: led by them, the pattern looked back from every position of every sentence.
export const ELECTED_TO = /(?:当选为?|任(?<=[\u3400-\u9fff]{2}任)(?<![担兼出离继留连续新现曾历改调上到赴就责]任)(?!命|免|职|务|期))([^，。；;,]{2,40})/gu;
export const HOLDERS_OF_POST = /([^，。；;,：:]{2,30}?)为((?:[^，。；;,、]{2,8}、)+[^，。；;,、]{2,8})(?=[，。；;,]|$)/gu;
const NO_MATCHES: readonly RegExpExecArray[] = [];
const HOLDERS_BREAKS = new Set([...'，。；;,'].map(mark => mark.charCodeAt(0)));

/** What may not stand in the post right before 为 (HOLDERS_OF_POST's first group): a clause's end. */
const POST_BREAKS = CLAUSE_MARKS;

/**
 * Whether some 为 stands as HOLDERS_OF_POST needs it: after two characters of a post, and before
 * a first name of two to eight characters closed by 、 with no clause's end between. That pattern
 * tries every position of a sentence, and few sentences pass this test.
 */
export function mayListHolders(text: string): boolean {
	for (let at = text.indexOf('为'); at >= 0; at = text.indexOf('为', at + 1)) {
		if (at < 2 || POST_BREAKS.has(text.charCodeAt(at - 1)) || POST_BREAKS.has(text.charCodeAt(at - 2))) continue;
		for (let next = at + 1; next < text.length && next <= at + 9; next++) {
			const code = text.charCodeAt(next);
			if (code === LIST_COMMA) {
				if (next - at - 1 >= 2) return true;
				break;
			}
			if (HOLDERS_BREAKS.has(code)) break;
		}
	}
	return false;
}
const LIST_COMMA = '、'.charCodeAt(0);

/**
 * Those elected, named at the head of their clause: 张有力当选为区人大常委会主任 (197), 胡国强、
 * 尹光宗、…王大蓉当选为区人大常委会副主任 (197), 欧泽高(藏族)、王少雄、…黄新初当选四川省委常委 (177).
 * Every piece before 当选 must read as a name on its own, and what they are elected to a post.
 */
function electedLists(sentence: Sentence): Mention[] {
	const out: Mention[] = [];
	const text = sentence.text;
	// …胡文容、張恩迪、…錢鋒任第十四屆市政協第一次會議主席團常務主席 (292): named to a post as the
	// elected are, by a list standing alone before 任.
	for (const match of matchesOf(ELECTED_TO, text)) {
		const posts = match[1].split('、').filter(post => endsWithTitle(post));
		if (posts.length === 0) continue;
		const clauseStart = clauseStartBefore(text, match.index);
		const pieces = text
			.slice(clauseStart, match.index)
			.replace(/^(?:选举|选举产生|大会选举)/u, '')
			.replace(SOME_OF_COUNT, '')
			.replace(VOTES_WON, '')
			.split('、')
			.map(piece => piece.replace(ELECTED_NOTE, ''));
		if (pieces.length === 0 || !pieces.every(piece => plausibleName(piece, 'list'))) continue;
		for (const name of pieces) out.push({name, roles: posts, section: sentence.section});
	}
	// 主席团常务主席为李纪恒、那顺孟和、…施文学 (264): a post, then who holds it, to the clause's end.
	for (const match of mayListHolders(text) ? matchesOf(HOLDERS_OF_POST, text) : NO_MATCHES) {
		const post = match[1];
		if (!endsWithTitle(post) || isStaffTitle(post)) continue;
		const names = match[2].split('、').map(piece => piece.replace(ELECTED_NOTE, ''));
		// A name of another nation's making may not read as a Han name (那顺孟和): the list vouches for it
		// when most of its names read as names and every piece has a name's length.
		const plausible = names.filter(name => plausibleName(name, 'list')).length;
		if (names.length < 2 || plausible * 3 < names.length * 2 || !names.every(name => /^[\u3400-\u9fff]{2,4}$/u.test(name))) continue;
		for (const name of names) out.push({name, roles: [post], section: sentence.section});
	}
	return out;
}
/**
 * The first of many elected, the rest counted (王文星等20名代表当选为…委员, 1028; 熊占林等3名同志当选…常务委员会委员,
 * 695; 王丹枫等42名委员当选…常务委员, 866): the one named is elected with them.
 */
const SOME_OF_COUNT = new RegExp(String.raw`等${HEAD_COUNT}[^、，。；]{0,4}$`, 'u');
/**
 * How they won, between the names and 当选: 谢波、杨景宪两名同志分别以全票当选为… (1303), 邓泽佳以190票的高票
 * 当选为… (1028), 杨梅岭同志(女)全票当选为… (1283).
 */
const VOTES_WON = /(?:[两二三四五六七八九十\d]{1,3}[名位]同志)?(?:分别)?以?(?:全票|满票|(?:\d+票的?)?高票)$/u;
const ELECTED_NOTE = /[（(](?:女|[^（()）]{1,4}族)[）)]$/u;

/** How a report names people who are not said to take part, each by name. */
const MENTION_RULES: readonly {name: string; find: (sentence: Sentence, known: ReadonlySet<string>) => Mention[]}[] = [
	{name: 'title before name', find: titledMentions},
	{name: 'name before title', find: namesBeforeTitles},
	{name: 'appointed or named in a decision', find: personnelMentions},
	{name: 'post taken up', find: postsTaken},
	{name: 'post left (不再担任)', find: postsLeft},
	{name: 'appointed in a series (任命A为…、B为…)', find: appointmentSeries},
	{name: 'elected in a series (选举A为…，B为…)', find: electionSeries},
	{name: 'elected', find: electedLists},
	{name: 'speech studied', find: namesBeforeSpeeches},
	{name: 'national leader', find: leadersNamed},
];

export function findMentions(sentences: readonly Sentence[], known: ReadonlySet<string>): Mention[] {
	// Loops, not flatMap: every sentence of a long report is read here, and most name no one. Each
	// reader makes its mentions afresh, so the rule is set on them rather than on a copy of each.
	const out: Mention[] = [];
	for (const sentence of sentences)
		for (const rule of MENTION_RULES)
			for (const mention of rule.find(sentence, known)) {
				mention.rule = rule.name;
				out.push(mention);
			}
	return out;
}
