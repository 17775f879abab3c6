// Attendance lists: `省政协主席黄莉新，副主席孙景淼、王昌荣…，秘书长金长征以及常委们` read item by
// item into named people (with the titles written before them) and unnamed groups.
import {knownUntil, NAME_NOTE, plausibleName, segmentKnown, type Evidence} from './names.ts';
import {hasSurname, isMinorityName} from './surnames.ts';
import {endsWithTitle, isCollective, isGroupOrTitle, isPersonGroup, isStaffTitle, LOCAL_TITLES_AFTER_NAME, ORGANISATION_BEFORE_NAME, organisationOf, TITLES_AFTER_NAME} from './titles.ts';
import {HAN} from '../../text/han.ts';
import {countValue, NUMERALS} from '../lexicon/numerals.ts';
import {matchesOf} from '../matches.ts';

const INTERPUNCT_END = new RegExp(`${HAN}{2,6}·${HAN}{2,6}$`, 'u');

export interface ListedPerson {
	name: string;
	roles: string[];
}

export interface ListReading {
	people: ListedPerson[];
	bodies: string[];
	/** Every piece of the item was read as a person, a title or a group. */
	recognised: boolean;
	/** Pieces read as nothing (a name this reader cannot vouch for, or other words). */
	unknown: number;
}

export interface ListContext {
	known: ReadonlySet<string>;
	/** Groups already counted (市委委员42名), which a closing list may repeat joined by 、. */
	counted: readonly string[];
	/** The organisation of the last full title (省政协), inherited by 副主席 and 常委们. */
	organisation: string | null;
}

/** Splits on a separator outside brackets: `市级各部门、各单位党委(党组、工委)主要负责人`. */
export function splitOutsideBrackets(text: string, separator: string): string[] {
	if (!text.includes(separator)) return [text];
	// With no opening bracket the depth stays 0: a plain split, without the walk below.
	if (!ANY_OPENING.test(text)) return text.split(separator);
	const closed = closedOpenings(text);
	const out: string[] = [];
	let depth = 0;
	let from = 0;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (OPENINGS.includes(char) && closed.has(i)) depth++;
		else if (CLOSINGS.includes(char)) depth = Math.max(0, depth - 1);
		else if (char === separator && depth === 0) {
			out.push(text.slice(from, i));
			from = i + 1;
		}
	}
	out.push(text.slice(from));
	return out;
}

const OPENINGS = '(（《“〈';
const ANY_OPENING = new RegExp(`[${OPENINGS}]`, 'u');
const CLOSINGS = ')）》”〉';

/**
 * The openings that some later closing answers. One never closed is not a bracket: a forum's
 * scrambled prefix (1 S) E9 H4 x( G2…, 95) would otherwise hold the whole list after it as one item.
 */
function closedOpenings(text: string): Set<number> {
	const open: number[] = [];
	const closed = new Set<number>();
	for (let i = 0; i < text.length; i++) {
		if (OPENINGS.includes(text[i])) open.push(i);
		else if (CLOSINGS.includes(text[i]) && open.length > 0) closed.add(open.pop()!);
	}
	return closed;
}

const NOTE_AT_END = new RegExp(`${NAME_NOTE}$`, 'u');
// A list also tells namesakes apart by their unit: 王波(市人大), 王清華(江夏) (509) — after a name only,
// not after a unit (各乡镇(街道), 340).
const NAMESAKE_NOTE = new RegExp(`[（(]${HAN}{2,4}[）)]$`, 'u');

/** A list's piece without the note written after a name. */
function withoutNote(part: string): string {
	const bare = part.replace(NOTE_AT_END, '');
	const namesake = NAMESAKE_NOTE.exec(bare);
	return namesake && plausibleName(bare.slice(0, namesake.index), 'list') ? bare.slice(0, namesake.index) : bare;
}

type Token = {kind: 'person'; names: string[]; title: string | null} | {kind: 'group'; text: string} | {kind: 'unknown'; text: string};

function titledName(text: string, known: ReadonlySet<string>): {name: string; title: string} | null {
	for (const name of knownUntil(text, text.length, known)) {
		const title = text.slice(0, text.length - name.length);
		if (text.endsWith(name) && title && endsWithTitle(title) && !isStaffTitle(title)) return {name, title};
	}
	// A minority name's given part runs two to six characters: the longest reading first, then
	// shorter ones, so a title run into it (副主席尔肯江·吐拉洪, 143) is read off as the title.
	const interpunct = INTERPUNCT_END.exec(text);
	const dot = text.lastIndexOf('·');
	// Two Tibetan or Mongolian names run longer than a Han name (旗人大常委会主任宝音满都呼, 1779): tried first
	// (asked only where there is no interpunct, the one place the answer is used).
	const lengths = interpunct ? [6, 5, 4, 3, 2].map(given => text.length - dot + given).filter(length => length <= interpunct[0].length) : [...[6, 5].filter(length => isMinorityName(text.slice(-length))), 3, 2, 4];
	for (const length of lengths) {
		const name = text.slice(-length);
		const title = text.slice(0, text.length - length);
		if (title && endsWithTitle(title) && !isStaffTitle(title) && plausibleName(name, 'title')) return {name, title};
	}
	return null;
}

/** The meeting itself acting (会议认真学习贯彻…, 全会听取…): the start of a clause, never a group's name. */
const MEETING_ACTS =
	/^(?:全会|会议|大会|全体会议|常务会议|座谈会|茶话会|报告会)(?:认真|深入|全面|集体|首先|还|一致)*(?:学习|贯彻|传达|听取|审议|讨论|研究|通过|指出|强调|认为|要求|决定|号召|总结|部署|分析|回顾|同意|批准|表决)/u;

/**
 * Tokens already read, by the names known and the evidence: a list's pieces are classified to join
 * them, again to read them, and a subject's items are read once to probe and once to keep, so one
 * piece is asked about three or four times in a pass. A token is never changed by its readers.
 */
const CLASSIFIED = new WeakMap<ReadonlySet<string>, {size: number; byEvidence: Record<Evidence, Map<string, Token>>}>();

function classify(text: string, evidence: Evidence, known: ReadonlySet<string>): Token {
	let answers = CLASSIFIED.get(known);
	if (!answers || answers.size !== known.size) {
		answers = {size: known.size, byEvidence: {title: new Map(), list: new Map(), weak: new Map()}};
		CLASSIFIED.set(known, answers);
	}
	const tokens = answers.byEvidence[evidence];
	let token = tokens.get(text);
	if (token === undefined) {
		token = tokenOf(text, evidence, known);
		if (tokens.size >= 65536) tokens.clear();
		tokens.set(text, token);
	}
	return token;
}

function tokenOf(text: string, evidence: Evidence, known: ReadonlySet<string>): Token {
	if (!text || MEETING_ACTS.test(text)) return {kind: 'unknown', text};
	if (known.has(text) || plausibleName(text, evidence)) return {kind: 'person', names: [text], title: null};
	// 县委组织部常务副部长黄祯裕同志 (275): 同志 after a titled name is courtesy.
	const titled = titledName(text, known) ?? (text.endsWith('同志') ? titledName(text.slice(0, -2), known) : null);
	if (titled) return {kind: 'person', names: [titled.name], title: titled.title};
	for (const after of TITLES_AFTER_NAME) {
		const name = text.slice(0, text.length - after.length);
		if (text.endsWith(after) && (known.has(name) || plausibleName(name, 'weak'))) return {kind: 'person', names: [name], title: after === '同志' ? null : after};
	}
	const local = nameBeforeLocalTitle(text, known);
	if (local) return {kind: 'person', names: [local.name], title: local.title};
	if (text.length > 4) {
		const run = segmentKnown(text, known);
		if (run && run.length > 1) return {kind: 'person', names: run, title: null};
	}
	// …趙樂際、韓正6名常委分別發言 (86): a count of those just listed closes the last name, one the
	// report vouches for — not a place counting its people (全乡51名人大代表, 245).
	const tally = TALLY.exec(text);
	if (tally) {
		const head = classify(tally[1], evidence, known);
		if (head.kind === 'person' && head.names.every(name => known.has(name))) return head;
	}
	if (isGroupOrTitle(text)) return {kind: 'group', text};
	return {kind: 'unknown', text};
}

/** How an organisation's name ends, so 区委 or 市政协 before 书记 is never read as a name. */
const ORGANISATION_LAST = /[委协府会院局部厅办处室所队大区市县省州镇乡村级司团组]$/u;

/** 王征区长 (214), 区委王焕清书记 (602): a name, then the local post its holder holds. */
function nameBeforeLocalTitle(text: string, known: ReadonlySet<string>): {name: string; title: string} | null {
	const after = LOCAL_TITLES_AFTER_NAME.find(title => text.endsWith(title));
	if (!after) return null;
	const before = text.slice(0, text.length - after.length);
	const organisation = ORGANISATION_BEFORE_NAME.exec(before)?.[0] ?? '';
	const name = before.slice(organisation.length);
	if (known.has(name)) return {name, title: organisation + after};
	// 时任市长主持 (396): a site that blanks the name leaves the post, "then serving as" mayor.
	if (name.length < 2 || name.length > 3 || ORGANISATION_LAST.test(name) || name.endsWith('任') || !hasSurname(name) || !plausibleName(name, 'title')) return null;
	return {name, title: organisation + after};
}

/** The words that join the last two of a list, or two groups: 和, 及, 以及. */
const AND = '(?:以及|及|和)';
const EVERY_AND = new RegExp(AND, 'gu');
/** A name of two or three characters, then 和, 及 or 以及 and what follows. */
const NAME_THEN_GROUP = new RegExp(`^(.{2,3}?)${AND}(.+)$`, 'u');
/** A group, then 和, 及 or 以及 and the units' heads (…检察长王兴源及县直单位负责人, 996). */
const JOINED_UNITS = new RegExp(`^(.{2,}?)${AND}(.+)$`, 'u');
/** The last two units of a list joined (…交通局以及银州街道办事处, 770). */
const LAST_TWO_JOINED = new RegExp(`^(.+?)${AND}(.+)$`, 'u');

const TALLY = /^(.{2,}?)(?:\d+|[一二两三四五六七八九十]{1,3})(?:名|位)[^\d，、]{0,6}$/u;

/** Splits `A和B` / `A以及B` only when both sides stand on their own as people or groups. */
function splitConjunction(part: string, evidence: Evidence, known: ReadonlySet<string>): string[] {
	for (const match of matchesOf(EVERY_AND, part)) {
		const left = part.slice(0, match.index);
		const right = part.slice(match.index + match[0].length);
		const leftToken = classify(left, evidence, known);
		const rightToken = classify(right, evidence, known);
		// 省人大法制委员会和财政经济委员会委员 (57): an organ on the left shares the members' noun on the right.
		const sharedHead = leftToken.kind === 'group' && isCollective(left) && !isPersonGroup(left) && rightToken.kind === 'group' && isPersonGroup(right);
		if (leftToken.kind !== 'unknown' && rightToken.kind !== 'unknown' && !sharedHead) return [left, ...splitConjunction(right, evidence, known)];
	}
	return [part];
}

function withOrganisation(title: string, context: ListContext): string {
	const own = organisationOf(title);
	if (own) {
		context.organisation = own;
		return title;
	}
	return /^副/.test(title) && context.organisation && !GOVERNMENT_DEPUTY.test(title) ? context.organisation + title : title;
}

/**
 * A deputy head of government is the government's, whatever organisation the list named before:
 * 縣人大常委會副主任姬巧玲,副縣長孫文強 (770), 州人大常委会副主任石干昌…,副州长刘晓春 (192).
 */
const GOVERNMENT_DEPUTY = /^副(?:总理|省长|市长|县长|区长|州长|旗长|盟长|乡长|镇长)$/u;

function groupName(text: string, context: ListContext): string {
	// 常委们 after 省政协主席…: the members of that organisation's standing committee.
	if (text.endsWith('们') && context.organisation && !text.startsWith(context.organisation)) return context.organisation + text.slice(0, -1);
	return text;
}

/**
 * A 、-list vouches for its members only when most of them look like names: 洛桑江村 among
 * 刘奇、铁凝 is a name, 直辖市 among 各省、自治区 is not.
 */
function listEvidence(parts: readonly string[]): Evidence {
	if (parts.length < 2) return 'weak';
	const named = parts.filter(part => plausibleName(part, 'weak')).length;
	return named * 2 >= parts.length ? 'list' : 'weak';
}

/** A phrase opening with a preposition (向各民主党派…通报, 对…, 根据…) is not a list of attendees. */
const PREPOSITION = /^(?:向|对|就|为|与|同|把|从|将|据|按照|根据|通过|经过|围绕)/u;

/** Departments or units sent to a meeting, named for the unit rather than its people. */
const UNIT_SENT = /^[^，。；、]{0,16}(?:有关|相关)(?:部门|单位)$/u;

export function readListItem(raw: string, context: ListContext): ListReading {
	// Longer than a name, so 向巴平措 is still read as one.
	if (PREPOSITION.test(raw) && raw.length > 4) return {people: [], bodies: [], recognised: false, unknown: 1};
	const joined = raw.replace(/^(?:以及|及|和|还有|其中|另有)/u, '');
	let item = joined.replace(/(?:等人|等)$/u, '');
	const someOf = item !== joined;
	// 区政府相关部门,…列席会议 (157), 相关部门列席 (29): a unit sent to sit in, an item of its own. In a
	// 、-chain (中央和国家机关有关部门、…各人民团体有关负责人, shared 13) the last noun names them all.
	if (UNIT_SENT.test(item) && !item.includes('、')) return {people: [], bodies: [item], recognised: true, unknown: 0};
	// 县政府班子全体成员及政府办、财政局…等相关单位负责人 (837), 市政府有關副市長和市監委、市中院…有關負責人
	// (559): a group, then the units' heads.
	// Only a 、-list of units is read so; most items have no 、 and skip both tests.
	if (item.includes('、')) {
		const joinedUnits = JOINED_UNITS.exec(item);
		if (joinedUnits && unitsHeads(joinedUnits[2])) {
			if (isGroupOrTitle(joinedUnits[1])) return {people: [], bodies: [joinedUnits[1], joinedUnits[2]], recognised: true, unknown: 0};
			// Or titled people: 副区长付振和有关部门、乡镇街道负责人列席会议 (1013), as with 及 (…检察长王兴源及县直
			// 单位负责人, 996; 县领导张晓波、臧作尚…莫百生及县统计局、县农办…等相关单位负责人, 1913).
			const first = readListItem(joinedUnits[1], context);
			if (first.recognised && first.unknown === 0 && first.people.length > 0 && first.bodies.length === 0) return {...first, bodies: [joinedUnits[2]]};
		}
		if (unitsHeads(item)) return {people: [], bodies: [item], recognised: true, unknown: 0};
	}
	let roleForAll: string | null = null;
	// 習近平等領導人 (59), 周春海等市委委员、候补委员 (109): those named, and the groups they came with.
	let cameWith: string[] = [];
	const trailing = /^(.+?)等((?:[^、等]{2,14}、)*[^、等]{2,14})$/u.exec(item);
	const groups = trailing?.[2].split('、') ?? [];
	if (trailing && groups.every(isGroupOrTitle) && !isGroupOrTitle(trailing[1])) {
		item = trailing[1];
		cameWith = groups;
		roleForAll = groups.length === 1 ? groups[0] : null;
	}
	const commaParts = joinedOrigins(splitOutsideBrackets(item, '、')).map(withoutNote);
	const evidence = listEvidence(commaParts);
	// An unknown piece may be part of a longer group name cut at its 、 (各区、县(市)党委和政府主要负责人).
	const pieces: {text: string; joiner: '、' | '和'; evidence: Evidence}[] = [];
	// After a person, a name joined to a group is vouched for by the list it continues: 副主任吕玉龙、乔德华、
	// 汪其才和部分常委会委员 (286), 副主席李红军、李永超、台玉琪及各委办主任、副主任 (1086).
	const afterPerson = () => pieces.length > 0 && classify(pieces[pieces.length - 1].text, pieces[pieces.length - 1].evidence, context.known).kind === 'person';
	const push = (text: string) => {
		const followsPerson = afterPerson();
		// 副主席李雁紅、李潭生、令政策 (410), 副主任李真、张宏振、问针俊 (871): a name after named office-holders is one
		// of them, whatever its family name.
		if (followsPerson && text.length <= 3 && plausibleName(text, 'list')) {
			pieces.push({text, joiner: '、', evidence: 'list'});
			return;
		}
		const lastName = followsPerson ? NAME_THEN_GROUP.exec(text) : null;
		if (lastName && plausibleName(lastName[1], 'list') && classify(lastName[2], evidence, context.known).kind === 'group') {
			pieces.push({text: lastName[1], joiner: '、', evidence: 'list'});
			for (const piece of splitConjunction(lastName[2], evidence, context.known)) pieces.push({text: piece, joiner: '和', evidence});
			return;
		}
		splitConjunction(text, evidence, context.known).forEach((piece, index) => pieces.push({text: piece, joiner: index === 0 ? '、' : '和', evidence}));
	};
	const known = (text: string) => classify(text, evidence, context.known).kind !== 'unknown';
	let pending = '';
	for (const part of commaParts) {
		if (pending) {
			const combined = `${pending}、${part}`;
			if (known(combined)) push(combined);
			else if (known(part)) {
				push(pending);
				push(part);
			} else {
				pending = combined;
				continue;
			}
			pending = '';
		} else if (known(part)) push(part);
		else pending = part;
	}
	if (pending) push(pending);
	const reading: ListReading = {people: [], bodies: [], recognised: pieces.length > 0, unknown: 0};
	let currentRoles: string[] = [];
	let bareTitles: {text: string; joiner: '、' | '和'}[] = [];
	for (const piece of pieces) {
		const token = classify(piece.text, piece.evidence, context.known);
		if (token.kind === 'unknown') {
			reading.recognised = false;
			reading.unknown++;
			continue;
		}
		if (token.kind === 'group') {
			bareTitles.push(piece);
			continue;
		}
		// Unnamed groups before a named holder are groups of their own, not posts the holder holds:
		// 市政府副市长兰万安、市监察委负责人、市中级人民法院负责人、市人民检察院检察长黄秀强等列席 (621).
		const groups = bareTitles.filter(title => UNNAMED_GROUP.test(title.text));
		if (groups.length > 0) {
			reading.bodies.push(...groupsOf(groups, context));
			bareTitles = bareTitles.filter(title => !groups.includes(title));
		}
		if (token.title) currentRoles = [...bareTitles.map(title => title.text), withOrganisation(token.title, context)];
		else if (bareTitles.length > 0) currentRoles = bareTitles.map(title => title.text);
		bareTitles = [];
		for (const name of token.names) reading.people.push({name, roles: roleForAll ? [...currentRoles, roleForAll] : [...currentRoles]});
		// 市委书记张三、李四: a post one person holds is the first name's only; 副主任王献国、张永健 are all 副主任.
		if (currentRoles.length > 0 && isSingleHolder(currentRoles[currentRoles.length - 1])) currentRoles = [];
	}
	reading.bodies.push(...groupsOf(bareTitles, context));
	// Some members of a body named, then 等: the members came as a body (主席团成员王莹、王良仁…贾佳等出席会议,
	// 158; 大會主席團成員黃曉燕、施利君…葉阿洪等參加會議, 777).
	const membership = someOf && reading.people.length >= 2 ? reading.people[0].roles.find(role => role.endsWith('成员')) : undefined;
	if (membership && !reading.bodies.includes(membership)) reading.bodies.push(membership);
	// One group after 等 says what those named are (李强…李希等党和国家领导人, shared 02); several are groups that came too.
	// After one name alone the group is mostly others, unnamed, who came too: 習近平等黨和國家領導人在主席台就座 (351),
	// 习近平等党政领导人出席 (586), 市委副书记、市长李迎伟等市领导应邀出席 (164), …魏小林等县上领导出席 (492).
	// 领导 alone, with nothing to say whose, names no group: …韩卉等领导到会祝贺 (192), …蔡明等領導到會指導 (1094).
	if (cameWith.length === 1 && reading.people.length === 1 && !BARE_LEADERS.test(cameWith[0]) && !reading.bodies.includes(cameWith[0])) reading.bodies.push(cameWith[0]);
	if (cameWith.length > 1 && reading.people.length > 0)
		reading.bodies.push(
			...groupsOf(
				cameWith.map(text => ({text, joiner: '、' as const})),
				context,
			),
		);
	return reading;
}

/** Leaders with no qualifier: no group of its own. */
const BARE_LEADERS = /^(?:领导|领导同志)$/u;

/** How a unit's name ends: 政府办, 财政局, 发展和改革局, 大浦镇, 县检察院, 区监察委. */
const UNIT_NAME = /^[^、，。；：“”《》及\d]{1,14}(?:办|局|委|院|镇|乡|街道|镇街|部|部门|厅|处|室|中心|管委会|机构|公司|集团|所|站|队|馆|校|学院|大学)$/u;

/** 等单位负责人, 主要负责人, 有关负责同志, 相关领导: the heads a list of units sends. */
const HEADS_OF_UNITS = /^(.+?)(?:等(?:有关|相关)?(?:单位|部门)?)?(?:有关|相关|主要)?(?:负责人|负责同志|领导)$/u;

/**
 * Units listed, then the heads they send, are one group named by the whole list (政府办、财政局、发展和改革局
 * 等相关单位负责人, 837; 县政府办、经委、农委…文广新局主要负责人, 845; 县法院、县检察院…等单位负责人, 25):
 * the units alone are neither people nor groups, and labels keep such a list whole.
 */
function unitsHeads(item: string): boolean {
	const heads = HEADS_OF_UNITS.exec(item);
	if (!heads) return false;
	const units = heads[1].split('、');
	// The last two may be joined by 以及/及/和 (…交通局以及银州街道办事处等有关单位负责人, 770; …职业技术学院和
	// 石峁遗址管理处等有关负责同志, 448).
	const last = units.at(-1)!;
	const joined = UNIT_NAME.test(last) ? null : LAST_TWO_JOINED.exec(last);
	if (joined) units.splice(-1, 1, joined[1], joined[2]);
	return units.length >= 2 && units.every(unit => UNIT_NAME.test(unit));
}

/** People named for their unit, not a post someone holds: 负责人, 负责同志, 有关人员. */
const UNNAMED_GROUP = /(?:负责人|负责同志|有关人员|相关人员|工作人员)$/u;

/** A post one person holds at a time: 书记, 市长, 主席, 主任 — not 副书记, 常委, 领导 or 委员. */
function isSingleHolder(title: string): boolean {
	// 中央书记处书记 are several: 书记处 is a body of secretaries.
	return !/副|常务|执行|成员|领导|委员|常委|代表|书记处书记/u.test(title) && /(?:书记|省长|市长|县长|区长|州长|旗长|主席|主任|院长|检察长|部长|局长|总理|委员长|秘书长)$/u.test(title);
}

/** A post with no organisation before it: 主任, 副秘书长. */
function isBareTitle(text: string): boolean {
	const ending = endsWithTitle(text);
	return ending !== null && /^副?$/u.test(text.slice(0, text.length - ending.length));
}

/**
 * Where a group comes from, listed before 的, is one piece with the group: the 、 inside 来自…的 joins
 * the places, not groups (来自全乡各行各业、各条战线的62名人大代表, 1093; 来自市各民主党派、市工商联…的11位委员, 205).
 */
function joinedOrigins(parts: string[]): string[] {
	const joined: string[] = [];
	let open = false;
	for (const part of parts) {
		if (open) joined[joined.length - 1] += `、${part}`;
		else joined.push(part);
		const last = joined[joined.length - 1];
		open = /^来自/u.test(last) && !last.includes('的');
	}
	return joined;
}

/**
 * A group written with its count first: 39名政协常委 (101), 全乡51名人大代表 (245), 来自全镇各条战线的59名镇人大代表
 * (275); in Chinese numerals with 名 or 位 (四位公民代表应邀旁听会议, 1129; 等四个…工程项目建设单位 is labelled 4 in 916).
 * The count may be said to be the whole, for the place or the meeting: 全镇共106名代表参加会议 (1826), 本次会议共有67名
 * 代表参加 (1391).
 */
const COUNTED_GROUP = new RegExp(`^(?:全[乡镇县区市省州]|(?:本次|此次|这次)?(?:会议|大会)|来自[^\\d，]{0,40}?的|[^\\d，、]{0,24}的)?(?:共有?)?(?:(\\d+)(?:名|位|人)|([两${NUMERALS}]{1,3})(?:名|位))(.{2,})$`, 'u');

/**
 * Leaders named, then the members counted with them, the count labelled as the members': 秘书长韩军和委员共54人
 * (150), 副主任穆建山、方玉祥、胡建光和委员共28人 (157), 秘书长贾应忠及常委会委员共52人 (262), 秘書長張緒勝及委員52人 (1301).
 * The members are the pattern's first group, their count its second. A count of several groups, or an
 * approximate one (…常务副职共130余人参加, 33), is no one group's.
 */
const JOINED_MEMBERS = '(?:和|及)([^，。；、和及]{2,10}?)共?';
export const MEMBERS_WITH_LEADERS = new RegExp(`${JOINED_MEMBERS}(\\d+)(?:人|名)$`, 'u');
/**
 * The members' count alone in those words (…及委員52人): what a subject drops before its verb (formulas.ts).
 * Its digit is asked for before the look back, which V8 would otherwise try at every position.
 */
export const MEMBERS_COUNT = new RegExp(`(?=\\d)(?<=${JOINED_MEMBERS})\\d+(?:人|名)$`, 'u');

/** The count and the group of a group written with its count first, or null. */
export function countedGroup(text: string): {count: number; name: string} | null {
	const match = COUNTED_GROUP.exec(text);
	if (!match) return null;
	const count = countValue(match[1] ?? match[2]);
	return Number.isNaN(count) ? null : {count, name: match[3]};
}

/**
 * Bare titles at the end of an item name a group. 、 joins the posts one set of office-holders
 * holds (中共中央政治局委员、中央书记处书记); where either side is a kind of people that is no
 * office (外国驻华使节、海外华侨, 外国驻华使节、国际组织代表) it separates groups, as 和 always
 * does. An organisation before 、 qualifies what follows (中共中央、全国人大常委会、国务院有关部门负责同志).
 */
function groupsOf(titles: {text: string; joiner: '、' | '和'}[], context: ListContext): string[] {
	const groups: string[][] = [];
	for (const [index, title] of titles.entries()) {
		const pair = [title.text, titles[index - 1]?.text ?? ''];
		// A post and its deputy or alternate rank are held by different people (区委委员、候补委员;
		// 主任、副主任); two organs' members under one qualifier are one group (住河池的全国政协委员、自治区政协委员).
		const sameOffice = endsWithTitle(pair[0]) !== null && endsWithTitle(pair[0]) === endsWithTitle(pair[1]) && /^(?:候补|副)/u.test(pair[0]) !== /^(?:候补|副)/u.test(pair[1]);
		// Groups each counted are counted apart: 全乡51名人大代表、15名特邀列席代表 (245).
		const counted = pair.every(text => countedGroup(text) !== null);
		// A post one person holds is not a set of posts held together: 县人民法院院长、县人民检察院检察长
		// (401, 403), 各专委会主任、专委办主任 (437), 各村(居)委会书记、主任 (380) are two groups.
		const single = pair.some(text => isSingleHolder(text));
		// The members of a body are a group of their own, not a post held with another (主席团成员、各代表团团长, 247).
		const members = pair.some(text => /成员$/u.test(text));
		// Deputies beside another body's members or leaders are other people (部分人大代表、政协委员, 436;
		// 医院党政领导、职工代表、列席代表…, 457).
		const deputies = pair.filter(text => /代表$/u.test(text)).length === 1;
		const apart = index > 0 && pair.every(text => isPersonGroup(text)) && (!pair.every(text => endsWithTitle(text)) || sameOffice || counted || single || members || deputies);
		// A bare post split from the one before it is that organisation's: 各村(居)委会书记、主任 (380),
		// 州政府党组成员、秘书长、副秘书长 (350).
		const organisation = index > 0 && single && isBareTitle(title.text) ? organisationOf(groups[groups.length - 1].at(-1) ?? '') : null;
		if (title.joiner === '和' || groups.length === 0 || apart) groups.push([organisation ? organisation + title.text : title.text]);
		else groups[groups.length - 1].push(title.text);
	}
	return groups.flatMap(group => (group.length > 1 && group.every(title => context.counted.includes(title)) ? group : [groupName(group.join('、'), context)]));
}
