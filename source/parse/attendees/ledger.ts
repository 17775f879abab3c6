// The ledger of attendance: one entry per person and per group, whatever the number of
// mentions; each mention adds its evidence (a part, a role, a section), and the entries are
// merged into the model's people and bodies at the end.
import type {Body, BodyPart, Person, PersonPart} from '../../model/report.ts';
import {organisationOf, shortFormOf} from './titles.ts';

const RANK: readonly PersonPart[] = ['presided', 'spoke', 'reported', 'explained', 'attended', 'mentioned', 'staff'];

export interface PersonEvidence {
	part?: PersonPart;
	roles?: readonly string[];
	section?: number;
	as?: '列席';
	staffRole?: Person['staffRole'];
	asWritten?: string;
	/** The rule that read this evidence, for `attendees --explain`. */
	rule?: string;
}

export interface BodyEvidence {
	rule?: string;
	part: BodyPart;
	count?: number | null;
	expected?: number;
	absent?: number;
	section: number;
}

interface PersonRecord {
	name: string;
	asWritten?: string;
	roles: string[];
	parts: Set<PersonPart>;
	as?: '列席';
	staffRole?: Person['staffRole'];
	sections: Set<number>;
	/** `part: rule` for each reading that gave a part, `named: rule` for one that only named. */
	rules: Set<string>;
}

/** Words a title read from running text may drag in before it: 周国辉和省法院院长, 决定递补…. */
function strayPrefix(prefix: string): boolean {
	return /[和及与有补免了是]$/u.test(prefix) || prefix.length > 8;
}

function addRole(roles: string[], role: string): void {
	if (!role || roles.includes(role)) return;
	// 副主席 or 总书记 alone adds nothing to 省政协副主席 or 中共中央总书记, nor a long post read
	// from running text with its start cut off to the post read in full from a list.
	if (roles.some(existing => existing.endsWith(role) && (organisationOf(role) === null || !strayPrefix(existing.slice(0, existing.length - role.length))))) return;
	if (roles.some(existing => role.endsWith(existing) && strayPrefix(role.slice(0, role.length - existing.length)))) return;
	const replaced = roles.findIndex(existing => existing.endsWith(role) && (strayPrefix(existing.slice(0, existing.length - role.length)) || organisationOf(existing) === null));
	if (replaced >= 0) roles[replaced] = role;
	else {
		const bare = roles.findIndex(existing => organisationOf(existing) === null && role.endsWith(existing));
		if (bare >= 0) roles[bare] = role;
		else roles.push(role);
	}
}

export class Ledger {
	private readonly persons = new Map<string, PersonRecord>();
	private readonly groups = new Map<string, Body & {sectionSet: Set<number>; ruleSet: Set<string>}>();
	/** Each group's name with institutions in their short form, to the name it is filed under. */
	private readonly bodyKeys = new Map<string, string>();

	person(name: string, evidence: PersonEvidence): void {
		let record = this.persons.get(name);
		if (!record) {
			record = {name, roles: [], parts: new Set(), sections: new Set(), rules: new Set()};
			this.persons.set(name, record);
		}
		if (evidence.part) record.parts.add(evidence.part);
		if (evidence.rule) record.rules.add(`${evidence.part ?? 'named'}: ${evidence.rule}`);
		for (const role of evidence.roles ?? []) addRole(record.roles, role);
		if (evidence.section !== undefined) record.sections.add(evidence.section);
		if (evidence.as) record.as = evidence.as;
		if (evidence.staffRole && !record.staffRole) record.staffRole = evidence.staffRole;
		if (evidence.asWritten && evidence.asWritten !== name) record.asWritten = evidence.asWritten;
	}

	isPresent(name: string): boolean {
		const parts = this.persons.get(name)?.parts;
		return !!parts && [...parts].some(part => part !== 'mentioned' && part !== 'staff');
	}

	/** Those who presided or spoke. */
	activeNames(): string[] {
		return [...this.persons.values()].filter(record => record.parts.has('presided') || record.parts.has('spoke')).map(record => record.name);
	}

	names(): string[] {
		return [...this.persons.keys()];
	}

	body(name: string, evidence: BodyEvidence): void {
		const existing = this.groups.get(this.bodyKeys.get(shortFormOf(name)) ?? name);
		if (existing) {
			const before = existing.name;
			// Named in full in one place and abbreviated in another: the name given with the count is kept.
			if (existing.count === null && evidence.count != null) {
				existing.count = evidence.count;
				this.renameBody(existing.name, name);
			}
			// The name not kept is another name for the group.
			for (const other of [before, name]) if (other !== existing.name && !(existing.aliases ?? []).includes(other)) existing.aliases = [...(existing.aliases ?? []), other];
			if (evidence.expected !== undefined) existing.expected = evidence.expected;
			if (evidence.absent !== undefined) existing.absent = evidence.absent;
			existing.sectionSet.add(evidence.section);
			if (evidence.rule) existing.ruleSet.add(evidence.rule);
			return;
		}
		this.bodyKeys.set(shortFormOf(name), name);
		this.groups.set(name, {
			name,
			count: evidence.count ?? null,
			part: evidence.part,
			...(evidence.expected !== undefined ? {expected: evidence.expected} : {}),
			...(evidence.absent !== undefined ? {absent: evidence.absent} : {}),
			sections: [],
			sectionSet: new Set([evidence.section]),
			ruleSet: new Set(evidence.rule ? [evidence.rule] : []),
		});
	}

	renameBody(from: string, to: string): void {
		const body = this.groups.get(from);
		if (!body || this.groups.has(to)) return;
		// Keeps the group's place in order: the groups are listed as the report first names them.
		const entries = [...this.groups.entries()].map(([key, value]): [string, typeof value] => [key === from ? to : key, value]);
		this.groups.clear();
		for (const [key, value] of entries) this.groups.set(key, value);
		body.name = to;
		this.bodyKeys.set(shortFormOf(to), to);
	}

	people(): Person[] {
		const out: Person[] = [];
		for (const record of this.persons.values()) {
			const parts = RANK.filter(part => record.parts.has(part));
			if (parts.length === 0) parts.push('mentioned');
			// A staff member named in the text is still staff; a person with any other part is not.
			const ranked = parts.includes('staff') && parts.length > 1 ? parts.filter(part => part !== 'mentioned') : parts;
			const [part, ...also] = ranked;
			const sections = [...record.sections].filter(id => id > 0).sort((a, b) => a - b);
			out.push({
				name: record.name,
				...(record.asWritten ? {asWritten: record.asWritten} : {}),
				roles: record.roles,
				part,
				also,
				...(record.as ? {as: record.as} : {}),
				...(record.staffRole ? {staffRole: record.staffRole} : {}),
				sections: sections.length > 0 ? sections : [0],
				rules: [...record.rules],
			});
		}
		return out;
	}

	bodies(): Body[] {
		return [...this.groups.values()].map(({sectionSet, ruleSet, ...body}) => {
			const sections = [...sectionSet].filter(id => id > 0).sort((a, b) => a - b);
			return {...body, sections: sections.length > 0 ? sections : [0], rules: [...ruleSet]};
		});
	}
}
