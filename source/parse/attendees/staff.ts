// The people who made the story: bylines (作者:首席记者 张科勇 编辑:蒋超), photo credits
// (首席记者 袁 云 摄, 新华社记者 燕雁 摄) and editor tags (【责任编辑:刘阳】).
import type {Byline, Meta, Person, Section} from '../../model/report.ts';
import {plausibleName} from './names.ts';
import {isStaffTitle} from './titles.ts';
import {HAN} from '../lexicon/han.ts';

export interface StaffMember {
	name: string;
	asWritten?: string;
	title: string;
	staffRole: NonNullable<Person['staffRole']>;
	section: number;
}

const GAP = '[\\s\\u3000]';
const PHOTO_CREDIT = new RegExp(`(${HAN}{0,8}?(?:记者|通讯员|摄影师|摄影))${GAP}*((?:${HAN}${GAP}*){2,8}?)${GAP}*摄(?=$|${GAP}|[\\p{P}])`, 'gu');
/** A credit with no title: （张三 摄）. */
const BARE_PHOTO_CREDIT = new RegExp(`[（(]${GAP}*((?:${HAN}${GAP}*){2,4}?)${GAP}*摄[）)]`, 'gu');
/** The dateline's reporters: 本报讯（记者 张三 通讯员 李四）, 新华社北京3月5日电（记者王五、赵六）. */
const REPORTER_CREDIT = /[（(]([^（）()]{0,40}?(?:记者|通讯员)[^（）()]{1,40})[）)]/gu;
const REPORTER = new RegExp(`(${HAN}{0,6}?(?:记者|通讯员))${GAP}*((?:${HAN}{1,3}(?:${GAP}+|、|$))+)`, 'gu');
const EDITOR_TAG = new RegExp(`(责任编辑|编辑)[：:]${GAP}*(${HAN}(?:${GAP}?${HAN}){1,3})(?=$|${GAP}|[\\p{P}]|作者|记者|来源)`, 'gu');

/** Names in a credit: single characters spaced for layout join up (袁 云), longer tokens stand alone. */
function creditedNames(written: string): {name: string; asWritten: string}[] {
	const tokens = written
		.trim()
		.split(/[\s\u3000]+/u)
		.filter(Boolean);
	if (tokens.every(token => token.length === 1)) return [{name: tokens.join(''), asWritten: written.trim()}];
	return tokens.map(token => ({name: token, asWritten: token}));
}

function roleOf(byline: string): StaffMember['staffRole'] | null {
	if (/编辑|编审|校对/u.test(byline)) return 'editor';
	if (/摄影|摄|图/u.test(byline)) return 'photographer';
	if (/作者|记者|文|撰稿|通讯员/u.test(byline)) return 'author';
	return null;
}

function fromByline(byline: Byline, bodyNames: ReadonlySet<string>): StaffMember[] {
	const staffRole = roleOf(byline.role);
	if (!staffRole) return [];
	const tokens = byline.name
		.trim()
		.split(/[\s\u3000]+/u)
		.filter(Boolean);
	const titleTokens: string[] = [];
	while (tokens.length > 1 && isStaffTitle(tokens[0])) titleTokens.push(tokens.shift() ?? '');
	const title = titleTokens.join('') || byline.role;
	const out: StaffMember[] = [];
	for (const {name, asWritten} of creditedNames(tokens.join(' '))) {
		// Without a title before it, a byline may name an outlet (作者：新华社), so it must read as a name.
		if (!plausibleName(name, titleTokens.length > 0 ? 'list' : 'weak')) continue;
		// `作者：习近平` on a speech page is the site's metadata naming the speaker, not a reporter.
		if (staffRole === 'author' && titleTokens.length === 0 && bodyNames.has(name)) continue;
		out.push({name, ...(asWritten !== name ? {asWritten} : {}), title, staffRole, section: 0});
	}
	return out;
}

function fromText(text: string, section: number): StaffMember[] {
	const out: StaffMember[] = [];
	for (const match of text.matchAll(PHOTO_CREDIT))
		for (const {name, asWritten} of creditedNames(match[2])) if (plausibleName(name, 'list')) out.push({name, ...(asWritten !== name ? {asWritten} : {}), title: match[1], staffRole: 'photographer', section});
	for (const match of text.matchAll(BARE_PHOTO_CREDIT))
		for (const {name, asWritten} of creditedNames(match[1])) if (plausibleName(name, 'weak')) out.push({name, ...(asWritten !== name ? {asWritten} : {}), title: '摄影', staffRole: 'photographer', section});
	for (const credit of text.matchAll(REPORTER_CREDIT)) {
		if (/摄/u.test(credit[1])) continue;
		for (const match of credit[1].matchAll(REPORTER))
			for (const written of match[2].split(/、/u))
				for (const {name, asWritten} of creditedNames(written)) if (plausibleName(name, 'list')) out.push({name, ...(asWritten !== name ? {asWritten} : {}), title: match[1], staffRole: 'author', section});
	}
	for (const match of text.matchAll(EDITOR_TAG))
		for (const {name, asWritten} of creditedNames(match[2])) if (plausibleName(name, 'weak')) out.push({name, ...(asWritten !== name ? {asWritten} : {}), title: match[1], staffRole: 'editor', section});
	return out;
}

/** Section text with photo credits and editor tags cut out, so their names are not read as attendees. */
export function withoutCredits(text: string): string {
	return text.replace(PHOTO_CREDIT, '  ').replace(BARE_PHOTO_CREDIT, '  ').replace(REPORTER_CREDIT, '  ').replace(EDITOR_TAG, '  ');
}

export function findStaff(sections: readonly Section[], meta: Meta, bodyNames: ReadonlySet<string>): StaffMember[] {
	const found = [
		...meta.bylines.flatMap(byline => fromByline(byline, bodyNames)),
		...[meta.caption ?? '', ...meta.lines].flatMap(line => fromText(line, 0)),
		...sections.flatMap(section => fromText(section.text, section.id)),
	];
	return found;
}
