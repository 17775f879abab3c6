// The people who made the story — reporters, photographers, editors — wherever the page credits
// them: a byline line (作者:首席记者 张科勇 编辑:蒋超), the dateline's brackets (本报讯（记者 杨帆
// 张珺）, 【全媒体记者 吴刚】), a photo credit (新华社记者 燕雁 摄), a closing tag ((陈友田/文),
// (責編:張星秀)) or a run-together credit block (总监制:黄金杰监制:陈叶静责编:赵海镇).
import type {Meta, Person, Section} from '../../model/report.ts';
import {plausibleName} from './names.ts';
import {isStaffTitle} from './titles.ts';
import {HAN, HAN_RANGES} from '../../text/han.ts';
import {CREDIT_LABEL, CREDIT_LABELS as LABELS, GAP, labelOf, REPORTER} from '../credits.ts';
import {matchesOf} from '../matches.ts';

export interface StaffMember {
	name: string;
	asWritten?: string;
	title: string;
	staffRole: NonNullable<Person['staffRole']>;
	section: number;
	/** The credit form it was read from. */
	rule: string;
}

type StaffRole = StaffMember['staffRole'];

const LABEL = CREDIT_LABEL;
const NAME_RUN = `(?:${HAN}${GAP}?){1,3}${HAN}`;
// Names are apart by one space or a 、; two spaces end the credit (李侠 陈洋 王玉栋  报道).
const NAMES = `${NAME_RUN}(?:(?:${GAP}|[、，,]${GAP}?)${NAME_RUN})*`;
// After a label a slash parts names too: （編輯：張淑伶/楊昇儒）1130131 (566), a news agency's two editors.
const LABELLED_NAMES = `${NAME_RUN}(?:(?:${GAP}|[、，,/／]${GAP}?)${NAME_RUN})*`;

/** A credit written as a label, a space and a name (发稿 马蓉), and what parts two on a line (；). */
const SPACED_CREDIT = `${LABEL}${GAP}+${NAME_RUN}`;
const CREDIT_APART = `${GAP}*[；;]${GAP}*`;

/** A reporter's title that follows a name with no mark between: 见习记者, 首席记者, 全媒体记者. */
const NEXT_REPORTER = `(?:见习|实习|首席|特约|特派|融媒体?|全媒体|新媒体|本报|驻${HAN}{1,4})?记${GAP}?者`;

/** How the name of a paper, site, broadcaster or news centre ends (中国网, 县新闻中心). */
const OUTLET_END = '(?:中心|网|报社|报|台|社)';

interface CreditForm {
	name: string;
	/** A cheap test a text must pass before the pattern is tried: most paragraphs credit no one. */
	cue: RegExp;
	pattern: RegExp;
	/** The label's group, then the names' group: one for each alternative of the pattern that names them. */
	groups: [label: number, ...names: number[]];
}

/** How pages credit their makers; each form names its real shape. */
const CREDIT_FORMS: readonly CreditForm[] = [
	// 编辑:蒋超, 责编:王云贵 审核:陈 鑫, 审核人:叶玲玲, 总监制:黄金杰监制:陈叶静 — names run to the next label.
	{
		name: 'labelled',
		cue: /[:：]/u,
		// (图/文:县新闻中心 唐福升, 118): the maker's outlet before the name; (撰稿人:鄧亮??審稿人:何宏偉, 131):
		// a mirror's lost characters (??) between two credits.
		pattern: new RegExp(
			`(${LABEL})${GAP}*[:：]${GAP}*(?:${HAN}{2,10}?${OUTLET_END}${GAP}+)?((?:${LABELLED_NAMES})?)(?=${GAP}*(?:${LABEL})${GAP}*[:：]|${GAP}*[）)】\\]|｜]|${GAP}*$|${GAP}+[^\\s\\u3000]|[，。；]|[?？]{2})`,
			'gu',
		),
		groups: [1, 2],
	},
	// （记者 杨帆 张珺）, 【全媒体记者 吴刚】, (記者楊文), (全媒体记者  阮翀)
	{
		name: 'bracketed reporter',
		// (实习生 施琦 首席记者 项乐茹/文 记者 孙凛/图) (433): an intern credited first, as reporters are;
		// (实习生 周梅摄) (332) is a photo credit, read by its own form.
		cue: /[（(【[][^）)】\]]{0,12}(?:记|通讯员|实习生)/u,
		// A later credit in the same brackets, written close or after a 、: (记者 马治卫 通讯员潘全喜) (260),
		// (记者陈程、通讯员陈玉薇) (196), (記者宋磊 通訊員楊陽) (509), (记者马一萍见习记者赵秉娣) (628), whose
		// second title is read whole. What the reporter made may stand before the names: (…记者 文/图 祁晓蓓 赵琳) (632).
		pattern: new RegExp(
			`(?:[（(【\\[]|(?<=[（(【\\[][^（()）【】\\[\\]]{1,40}?)[、，,]?)${GAP}*(${REPORTER}|通讯员|实习生)${GAP}*(?:[文图][/／][文图]${GAP}+)?(${NAMES})(?<![摄攝])${GAP}*(?:[）)】\\]]|(?=${GAP}*[、，,]?${GAP}*(?:通讯员|实习生|${NEXT_REPORTER})))`,
			'gu',
		),
		groups: [1, 2],
	},
	// A line of credits, each a label and a name apart by a space, parted by ；: 发稿 马蓉；审校 杨淑祯 (1965),
	// 发稿 许菁；审校 吴云凌 (1975), 发稿 乔艳红；审校 吴云凌 (1978). Only such a whole line: 审核 通过； in a sentence is no credit.
	{
		name: 'spaced labels',
		cue: new RegExp(`^${GAP}*(?:${SPACED_CREDIT}${CREDIT_APART})+${SPACED_CREDIT}${GAP}*$`, 'mu'),
		pattern: new RegExp(
			`(?<=^${GAP}*(?:${SPACED_CREDIT}${CREDIT_APART})*)(?:(?<=[；;]${GAP}*)|(?=${SPACED_CREDIT}${CREDIT_APART}))(${LABEL})${GAP}+(${NAME_RUN})(?=(?:${CREDIT_APART}${SPACED_CREDIT})*${GAP}*$)`,
			'gmu',
		),
		groups: [1, 2],
	},
	// 记者 余艳华 on its own line; after the outlet's tag, 云上通城讯 记者张永锋报道: (848), 浙江工人日报讯 记者邹伟锋报道
	// (786), or after its name, 聯合報 記者黃雅慧/即時報導 (969) as 聯合報／ 記者賴錦宏/即時報導 (854);
	// 特派記者陳政錄／北京報導; an e-paper's boxed byline, □融媒记者 颜元滔 (191), □記者 趙霞 報道 (186), where
	// 报道 closes the names rather than being one; a mirror's lost characters (??, as in 131 and 117) may
	// stand for the line's indent.
	{
		name: 'reporter line',
		cue: /记|通讯员/u,
		pattern: new RegExp(
			`(?:^(?:[?？]{2,}${GAP}*)?(?:[□■]${GAP}*)?|[/／|｜]${GAP}*|(?<=^${HAN}{2,10}(?:讯|${OUTLET_END}))${GAP}+)(${REPORTER}|通讯员)${GAP}*(${NAME_RUN}(?:(?:${GAP}|[、，,]${GAP}?)${NAME_RUN})*?)(?<![摄攝])${GAP}*(?:报道|报导)?(?=$|[/／]|${GAP}{2}|(?<=报道|报导)(?:${GAP}*[:：]|${GAP}))`,
			'gmu',
		),
		groups: [1, 2],
	},
	// Several credits after the outlet's tag, closed by 报道: 本报讯 见习记者祁鑫韧、通讯员雷涛报道: (139),
	// 【香港商報網訊】記者 常亮 通訊員李世釗報道: (977). Each credit is read on its own, after the tag and the credits before it.
	{
		name: 'dateline credits',
		cue: /讯/u,
		pattern: new RegExp(
			`(?<=(?:^|【)${HAN}{2,10}讯】?${GAP}*(?:(?:${REPORTER}|通讯员)${GAP}*${NAME_RUN}${GAP}*[、，,]?${GAP}*)*)(${REPORTER}|通讯员)${GAP}*(${NAME_RUN})(?=${GAP}*[、，,]?${GAP}*(?:${REPORTER}|通讯员)|${GAP}*(?:报道|报导))`,
			'gmu',
		),
		groups: [1, 2],
	},
	// (陈友田/文), 文/张三, 张三/摄
	// … and (苏向东/中国网) (107): the name, then the outlet.
	{
		name: 'slash credit',
		cue: /[/／]/u,
		pattern: new RegExp(`[（(]?(${NAME_RUN})${GAP}*[/／]${GAP}*(文|摄|图|${HAN}{1,5}${OUTLET_END}(?=${GAP}*(?:[）)]|$)))[）)]?|(?:^|[（(])(文|图|摄)${GAP}*[/／]${GAP}*(${NAME_RUN})`, 'gmu'),
		groups: [0, 0],
	},
	// 福鼎新闻网讯(谢树渊)7月19日 (109): the reporter in brackets right after the outlet's 讯.
	{name: 'dateline names', cue: /(?:讯|消息|电)\s*[（(]/u, pattern: new RegExp(`(?:讯|消息|电)${GAP}*[（(](${NAME_RUN}(?:(?:${GAP}+|[、，,])${NAME_RUN})*)[）)]`, 'gu'), groups: [0, 1]},
	// A story signed off with its reporters' bare names: （权晟 王仟恒 班辉） (45), (王利民、杨蓉蓉) (54), ■瞿伟 (38).
	// A page may leave a table cell's bar after it: …的贡献。(林云洁 真魏皓) | (471), as after the credits of 251, 329, 407.
	// Brackets closed by 摄 are the photo credit's ((记者 王洪摄), 903; （刘通摄）, 814).
	{
		name: 'closing names',
		cue: /[）)■□▲◆●]\s*[\u3400-\u9fff]{0,3}\s*[|｜]?\s*$/u,
		pattern: new RegExp(`(?:[（(](${HAN}{2,3}(?:(?:${GAP}+|[、，,])${HAN}{2,3})*)(?<![摄攝])[）)]|[■□▲◆●]${GAP}*(${HAN}{2,3}))${GAP}*(?:[|｜]${GAP}*)?$`, 'gu'),
		groups: [0, 0],
	},
	// A story signed off with its reporters' bare names after its last sentence, set off by spaces: …的贡献。   李雄
	// (339), …守护人。 夏连琪 刘红 (1923), …落地见效。 蓝皓璟 (1904). Only at the very end of a text.
	{
		name: 'closing bare names',
		cue: new RegExp(`${GAP}${HAN}{2,3}${GAP}*$`, 'u'),
		pattern: new RegExp(`(?<=[。！？])${GAP}+(${HAN}{2,3}(?:${GAP}${HAN}{2,3}){0,3})${GAP}*$`, 'gu'),
		groups: [0, 1],
	},
	// 首席记者 袁 云 摄, 新华社记者 燕雁 摄, （张三 摄）; a caption closed by its photographers at the line's
	// end: …在贵阳开幕。瞿宏伦 摄 (731), 党代表们表决通过市委工作报告。石小刚 辛一 谢道韫 摄 (914), after the outlet's
	// name: …在中山市会议中心召开。 南方+ 叶志文 拍摄 (955). 拍摄 credits as 摄 does: (王文利 拍摄) (744).
	{
		name: 'photo credit',
		cue: /[摄攝]/u,
		pattern: new RegExp(
			`(?:(${HAN}{0,8}?(?:记者|通讯员|摄影师|摄影))|[（(])${GAP}*((?:${HAN}${GAP}*){2,8}?)${GAP}*拍?摄(?=$|${GAP}|[\\p{P}])|(?<=[。！])${GAP}*(?:[^\\s\\u3000。]{0,7}(?:[^${HAN_RANGES}\\s\\u3000。]|${OUTLET_END})${GAP}+)?(${NAME_RUN}(?:${GAP}+${NAME_RUN}){0,3})${GAP}+拍?摄${GAP}*$`,
			'gmu',
		),
		groups: [1, 2, 3],
	},
];

/** The forms that credit names after a label: a name is vouched for only weakly, unless the label is 记者. */
const LABELLED_FORMS = new Set(['labelled', 'spaced labels']);

/** The forms that credit names with no label: each name a reporter's, vouched for only weakly. */
const BARE_NAME_FORMS = new Set(['closing names', 'closing bare names', 'dateline names']);

function roleOfLabel(label: string): StaffRole {
	if (/摄|图/u.test(label) && !/记者/u.test(label)) return 'photographer';
	return LABELS.find(l => labelOf(label).endsWith(l.label))?.role ?? 'author';
}

/**
 * Names in a credit: single characters spaced for layout join up (袁 云, 00), longer tokens stand alone.
 * A padded name may sit among others (记者 何雪莲 张 帅, 484; 记者 王 欢 摄, 199).
 */
function creditedNames(written: string): {name: string; asWritten: string}[] {
	return (
		written
			.trim()
			.split(/[、，,/／]/u)
			.flatMap(group =>
				spacedNames(
					[...group.matchAll(/[^\s\u3000]+/gu)].map(m => ({text: m[0], at: m.index ?? 0})),
					group,
				),
			)
			// A credit's own label is no name: (实习生 周梅摄) (332).
			.filter(({name}) => !/^(?:报道|报导|摄|文|图|摄影|编辑)$/u.test(name) && !LABELS.some(l => l.label === name))
	);
}

/** Tokens of one credit group as names: a run of one-character tokens is one name, or names of two in a row (冯 艳 孙 敏 张 涛, 247). */
function spacedNames(tokens: {text: string; at: number}[], group: string): {name: string; asWritten: string}[] {
	const names: {name: string; asWritten: string}[] = [];
	const join = (run: {text: string; at: number}[]) => ({name: run.map(t => t.text).join(''), asWritten: group.slice(run[0].at, run.at(-1)!.at + run.at(-1)!.text.length)});
	for (let i = 0; i < tokens.length;) {
		if (tokens[i].text.length > 1) {
			names.push({name: tokens[i].text, asWritten: tokens[i].text});
			i++;
			continue;
		}
		let end = i;
		while (end < tokens.length && tokens[end].text.length === 1) end++;
		const run = tokens.slice(i, end);
		if (run.length >= 4 && run.length % 2 === 0) for (let k = 0; k < run.length; k += 2) names.push(join(run.slice(k, k + 2)));
		else names.push(join(run));
		i = end;
	}
	return names;
}

interface Credit {
	form: string;
	start: number;
	end: number;
	label: string;
	names: string;
}

/** The last texts read, since a section's credits are wanted twice (cut from the text, then listed). */
const read = new Map<string, Credit[]>();

function creditsIn(text: string): Credit[] {
	const known = read.get(text);
	if (known) return known;
	const out: Credit[] = [];
	for (const form of CREDIT_FORMS) {
		if (!form.cue.test(text)) continue;
		for (const match of matchesOf(form.pattern, text)) {
			const [label, names] =
				form.name === 'slash credit'
					? match[1]
						? [match[2], match[1]]
						: [match[3], match[4]]
					: BARE_NAME_FORMS.has(form.name)
						? ['记者', match[1] ?? match[2]]
						: [
								match[form.groups[0]] ?? '摄影',
								form.groups
									.slice(1)
									.map(g => match[g])
									.find(names => names !== undefined) ?? '',
							];
			if (names) out.push({form: form.name, start: match.index, end: match.index + match[0].length, label: form.name === 'photo credit' ? (label === '摄影' && !match[1] ? '摄影' : label) : label, names});
		}
	}
	// In the order they are written, so the list never depends on which texts were read before (the
	// cache is shared across reports; a caller sorting it in place once made the order depend on that).
	out.sort((a, b) => a.start - b.start);
	if (read.size > 512) read.clear();
	read.set(text, out);
	return out;
}

function membersOf(credit: Credit, section: number, bodyNames: ReadonlySet<string>): StaffMember[] {
	const photo = credit.form === 'photo credit' || credit.label === '摄' || credit.label === '图';
	const staffRole = photo ? 'photographer' : /^文$|网$|社$|报$|台$/u.test(credit.label) ? 'author' : roleOfLabel(credit.label);
	const out: StaffMember[] = [];
	// 作者:首席记者 张科勇 — a title written before the names is theirs, rather than the label.
	const titled = /^([\u3400-\u9fff]{2,8})[\s\u3000]+/u.exec(credit.names);
	const title = titled && isStaffTitle(titled[1]) ? titled[1] : labelOf(credit.label);
	for (const {name, asWritten} of creditedNames(credit.names)) {
		const evidence = BARE_NAME_FORMS.has(credit.form) || credit.form === 'slash credit' || (LABELLED_FORMS.has(credit.form) && !/记\s?者/u.test(credit.label)) ? 'weak' : 'list';
		if (!plausibleName(name, evidence)) continue;
		// `作者：习近平` on a speech page is the site's metadata naming the speaker, not a reporter.
		if (credit.label === '作者' && bodyNames.has(name)) continue;
		out.push({name, ...(asWritten !== name ? {asWritten} : {}), title, staffRole, section, rule: credit.form});
	}
	return out;
}

/** Section text with credits cut out, so their names are not read as attendees. */
export function withoutCredits(text: string): string {
	const credits = creditsIn(text);
	let out = text;
	// From the last, so the earlier credits' places still hold.
	for (const credit of credits.toReversed()) out = out.slice(0, credit.start) + '  ' + out.slice(credit.end);
	return out;
}

/** Credits in the frame's lines and the sections; never in the footer, whose related stories credit others. */
export function findStaff(sections: readonly Section[], meta: Meta, bodyNames: ReadonlySet<string>, signOff = ''): StaffMember[] {
	const lines = [meta.caption ?? '', ...meta.lines, signOff];
	return [
		...lines.flatMap(line => creditsIn(line).flatMap(credit => membersOf(credit, 0, bodyNames))),
		...sections.flatMap(section => creditsIn(section.text).flatMap(credit => membersOf(credit, section.id, bodyNames))),
	];
}
