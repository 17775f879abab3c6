// Who was at the meeting, who is only named in the report, and who made the story.
import type {Body, Meta, Person, Section} from '../../model/report.ts';
import {readCounts, type CountedGroup} from './counts.ts';
import {namedAfterwards, readFormulas, type FormulaReading} from './formulas.ts';
import {soleSpeakers, speechLeads} from './speakers.ts';
import {countedGroup, type ListContext} from './lists.ts';
import {Ledger} from './ledger.ts';
import {findMentions, spacedNames, type Mention} from './mentions.ts';
import {findStaff, withoutCredits} from './staff.ts';
import {headlineSentences, sentencesOf, type Sentence} from './text.ts';
import {occurrenceFinder} from '../lexicon/occurrences.ts';
import {PassReadings, type Pass} from './passes.ts';

/** Headline and deck lines (袁家军讲话 王浩黄建发等出席 黄莉新主持); not bylines, sources or captions. */
function headlineLines(meta: Meta): string[] {
	return meta.lines.filter(line => line !== meta.caption && !/[：:]|摄$|^\d|来源|^#+\s*$/u.test(line.trim())).map(line => line.replace(/^#+\s*/u, ''));
}

/**
 * What the meeting said (会议指出，… / 一致认为，…) may recall other meetings and who chaired
 * them; only the plain account of this meeting says who took part.
 */
const MEETING_SAID = /^(?:全会|会议|大会|座谈会|一致|与会同志)[^，。；]{0,6}?(?:指出|强调|认为|提出|要求|表示|号召|决定|希望|明确|部署)[，：]/u;

/** Everything the formulas say, sentence by sentence, a sentence's list of names included. */
function formulaReadings(sentences: readonly Sentence[], context: ListContext, {record, reuse}: Pass = {}): FormulaReading[] {
	return sentences.map((sentence, index) => {
		const previous = index > 0 && sentences[index - 1].section === sentence.section ? sentences[index - 1] : null;
		const earlier = reuse?.unchanged(sentence, index) ? reuse.readings.formulasOf(sentence, index, previous) : undefined;
		const reading = earlier ?? readSentence(sentence, previous, context);
		record?.recordFormulas(index, previous, reading);
		return reading;
	});
}

/**
 * What most sentences say of who took part, and name: nothing. One frozen answer shared by them
 * all, since a pass keeps its readings of every sentence until the next pass has read them.
 */
const NOTHING_READ = Object.freeze({people: Object.freeze([]), bodies: Object.freeze([])}) as unknown as FormulaReading;
const NO_MENTIONS = Object.freeze([]) as unknown as Mention[];

function readSentence(sentence: Sentence, previous: Sentence | null, context: ListContext): FormulaReading {
	if (MEETING_SAID.test(sentence.text)) return NOTHING_READ;
	const reading = readFormulas(sentence, context);
	const listed = namedAfterwards(sentence, previous, context);
	const people = [...reading.people, ...listed.people];
	const bodies = [...reading.bodies, ...listed.bodies];
	return people.length === 0 && bodies.length === 0 ? NOTHING_READ : {people, bodies};
}

/** findMentions, sentence by sentence, with a pass's readings recorded or reused. */
function mentionsIn(sentences: readonly Sentence[], known: ReadonlySet<string>, {record, reuse}: Pass = {}): Mention[] {
	// A loop rather than flatMap: asked of every sentence of a long report three times, flatMap's
	// callback and its arrays of arrays cost more than the pushes.
	const all: Mention[] = [];
	for (let index = 0; index < sentences.length; index++) {
		const sentence = sentences[index];
		const earlier = reuse?.unchanged(sentence, index) ? reuse.readings.mentionsOf(sentence, index) : undefined;
		const found = earlier ?? findMentions([sentence], known);
		const mentions = found.length === 0 ? NO_MENTIONS : found;
		record?.recordMentions(index, mentions);
		for (const mention of mentions) all.push(mention);
	}
	return all;
}

function namesIn(sentences: readonly Sentence[], context: ListContext, pass: Pass = {}): Set<string> {
	const names = new Set<string>();
	for (const mention of mentionsIn(sentences, context.known, pass)) names.add(mention.name);
	for (const reading of formulaReadings(sentences, context, pass)) for (const person of reading.people) names.add(person.name);
	return names;
}

/**
 * `signOff` is the first line after the story (the footer's): a reporter's bare name in brackets
 * that signs the story off stands there when the page puts it on a line of its own ((付清), 218;
 * (章纪), 183); only credits are read from it.
 */
export function extractAttendees(sections: Section[], meta: Meta, signOff = ''): {people: Person[]; bodies: Body[]} {
	const body = sections.flatMap(section => sentencesOf(withoutCredits(section.text), section.id));
	const headline = headlineLines(meta).flatMap(headlineSentences);
	const everything = [...headline, ...body];
	// The headline names the sitting an unnamed roll belongs to (县十五届人大常委会第十一次会议举行 … 本次会议应到21人, 1000).
	const counted = readCounts(body, everything.map(sentence => sentence.text).join('\n'));
	const context = (known: ReadonlySet<string>): ListContext => ({known, counted: counted.map(group => group.name), organisation: null});

	// Names found where the context is clear (after titles, in lists) help read the harder places:
	// a name run together with others (王沪宁韩正出席) or sitting after a verb (听取和讨论马卫光受…).
	const elected = sections.flatMap(section => spacedNames(section.text, section.id));
	const none = new Set<string>();
	const firstReadings = new PassReadings(none, body);
	const firstPass = new Set([...elected.map(mention => mention.name), ...namesIn(body, context(none), {record: firstReadings})]);
	const secondSentences = [...body, ...headline];
	const secondPass = new PassReadings(firstPass, secondSentences);
	const unchangedSinceFirst = firstReadings.unchangedWith(firstPass);
	const known = new Set([...firstPass, ...namesIn(secondSentences, context(firstPass), {record: secondPass, ...(unchangedSinceFirst ? {reuse: {readings: firstReadings, unchanged: unchangedSinceFirst}} : {})})]);
	const unchanged = secondPass.unchangedWith(known);
	const lastPass: Pass = unchanged ? {reuse: {readings: secondPass, unchanged}} : {};

	const ledger = new Ledger();
	const readings = formulaReadings(everything, context(known), lastPass);
	const rollOf = rollNames(
		counted,
		readings.flatMap(reading => reading.bodies.filter(body => body.part === 'attended').map(body => body.name)),
	);
	for (const group of counted)
		for (const section of group.sections)
			ledger.body(rollOf.get(group) ?? group.name, {
				part: group.part,
				count: group.count,
				section,
				rule: 'head count',
				...(group.expected !== undefined ? {expected: group.expected} : {}),
				...(group.absent !== undefined ? {absent: group.absent} : {}),
			});
	for (const reading of readings) {
		for (const person of reading.people) ledger.person(person.name, {part: person.part, roles: person.roles, section: person.section, rule: person.rule, ...(person.as ? {as: person.as} : {})});
		for (const group of reading.bodies) {
			// 39名政协常委出席会议 (101), 全乡51名人大代表 (245): a count written before the group's noun is its count.
			const counted = countedGroup(group.name);
			if (counted) ledger.body(counted.name, {part: group.part, count: counted.count, section: group.section, rule: group.rule});
			else ledger.body(group.name, {part: group.part, section: group.section, rule: group.rule, ...(group.count !== undefined ? {count: group.count} : {})});
		}
	}
	for (const mention of [...mentionsIn(everything, known, lastPass), ...elected]) ledger.person(mention.name, {roles: mention.roles, section: mention.section, ...(mention.rule ? {rule: mention.rule} : {})});
	const speakersIn = speechLeads(known);
	const leads = new Map<string, number[]>();
	const localSpeakers = new Set<string>();
	for (const sentence of everything)
		for (const speaker of speakersIn(sentence))
			if (ledger.isPresent(speaker.name) || speaker.onBehalf) ledger.person(speaker.name, {part: 'spoke', section: sentence.section, rule: 'speech lead (X指出，)'});
			else if (speaker.opensParagraph) {
				if (speaker.localPost) localSpeakers.add(speaker.name);
				const sections = leads.get(speaker.name);
				if (sections) sections.push(sentence.section);
				else leads.set(speaker.name, [sentence.section]);
			}
	const active = ledger.activeNames();
	// Local officials quoted by post and name (县委常委、组织部部长彭益玲强调，) spoke, unless their words are studied.
	const sole = new Set(soleSpeakers(everything, leads, candidate => !localSpeakers.has(candidate) && active.some(other => other !== candidate)));
	// Someone quoted who did not speak here is still named in the report.
	for (const [name, sections] of leads) for (const section of sections) ledger.person(name, {section, ...(sole.has(name) ? {part: 'spoke' as const, rule: 'the only speaker quoted'} : {rule: 'quoted'})});
	for (const {section, names} of occurrences(sections, ledger.names())) for (const name of names) ledger.person(name, {section});

	for (const member of findStaff(sections, meta, known, signOff))
		ledger.person(member.name, {
			part: 'staff',
			roles: [member.title],
			staffRole: member.staffRole,
			section: member.section,
			rule: `credit: ${member.rule}`,
			...(member.asWritten ? {asWritten: member.asWritten} : {}),
		});
	return {people: ledger.people(), bodies: ledger.bodies()};
}

/**
 * A head count names the group it counts by its noun (应到常委会组成人员28人，实到24人, 117) or not at
 * all (本次会议应到32人，实到32人, 132), after the attendance sentence named it in full
 * (县人大常委会组成人员参加会议, 县政协常委会组成人员…参加会议): the count is that group's. Only
 * one attending group may end so; with several the count stays as written. A roll without a name
 * is a standing committee's (its 组成人员) only.
 */
function rollNames(counted: readonly CountedGroup[], attending: readonly string[]): Map<CountedGroup, string> {
	const names = new Map<CountedGroup, string>();
	const groups = [...new Set(attending)];
	for (const group of counted) {
		if (group.part !== 'attended' || group.count === null) continue;
		// A bare noun (委员, 代表) may end any guests' name (住河池的…自治区政协委员, 45): the lede names those.
		const unnamed = group.name === '出席人员';
		if (!unnamed && group.name.length < 4) continue;
		// 来自全镇各条战线的59名镇人大代表 (275) is the group counted, written with its count: no fuller name.
		const fuller = groups.filter(name => !countedGroup(name) && (unnamed ? name.endsWith('组成人员') : name.length > group.name.length && name.endsWith(group.name)));
		if (fuller.length === 1) names.set(group, fuller[0]);
	}
	return names;
}

/** Which of `names` each section mentions, layout spaces ignored (袁 云): the lexicon's one answer. */
function occurrences(sections: Section[], names: Iterable<string>): {section: number; names: Set<string>}[] {
	const needles = [...names];
	if (needles.length === 0) return [];
	const find = occurrenceFinder(needles, {names: true});
	return sections.map(section => ({
		section: section.id,
		names: new Set(find(section.text.replace(/[\s\u3000]+/gu, '')).map(o => o.needle)),
	}));
}
