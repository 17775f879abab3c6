// Business set out paragraph by paragraph with the meeting as subject (LABELING.md rule 3, the
// opener being the meeting's verb): three or more paragraphs in a row, each opening with the
// meeting and the same verb of business: 会议听取了…。会议听取了…。会议听取了…
// (a presidium's five reports heard, 730), 会议通过了…。会议通过了…。会议通过了… (220). Each item is
// the paragraph from its verb: what was heard or adopted, and what was decided on it.
import type {Section} from '../../model/report.ts';
import {sentences} from './clauses.ts';
import {tidy, type Item, type List} from './spans.ts';
import {AGENDA_VERBS} from '../lexicon/meetings.ts';

// The past of the agenda's verbs, and adoption: 听取了, 审议通过了, 表决通过了, 通过了.
const OPENING = new RegExp(`^(?:会议|大会|全会)(?:还|并|又|随后)?((?:审议通过|表决通过|通过|${AGENDA_VERBS})了)`, 'u');

export function businessRuns(sections: Section[]): List[] {
	const lists: List[] = [];
	let run: {verb: string; items: Item[]} | null = null;
	const runVerb = (): string | undefined => (run as {verb: string} | null)?.verb;
	const close = () => {
		if (run && run.items.length >= 3) {
			const verb = run.verb.replace(/了$/u, '');
			lists.push({group: `会议${verb}的事项`, type: /通过/u.test(verb) ? 'decision' : 'agenda', items: run.items});
		}
		run = null;
	};
	for (const section of sections) {
		// A paragraph that is the one sentence: a run of such sentences inside one paragraph is the
		// story going on (会议表决通过了…。会议表决通过了…, 78), and a paragraph that goes on to discuss
		// what was heard (会议听取了…的汇报。会议强调，…, 115, 557) is a section of the story, not an item.
		// Once a run has begun, a paragraph whose first sentence names only the same business, then goes
		// on about it, gives that sentence: 会议审议通过了人事事宜。/ …相关事宜。/ 会议审议通过了…工作报告(送审稿)。
		// 报告指出,… (1179). A first sentence that goes on itself (會議研究了…,強調要…。…, 347) is a section.
		const all = sentences(section.text);
		const sentence = all[0];
		const text = sentence ? section.text.slice(sentence.start, sentence.end) : '';
		const lead = text.length - text.trimStart().length;
		const opening = OPENING.exec(text.slice(lead));
		const verb = opening?.[1] ?? '';
		const item = all.length === 1 || (verb !== '' && verb === runVerb() && !/[，,]/u.test(text));
		if (!sentence || !opening || !item) {
			close();
			continue;
		}
		if (runVerb() !== verb) close();
		const from = sentence.start + lead + opening[0].length - verb.length;
		const span = tidy(section.text, from, sentence.end);
		if (!span) continue;
		run ??= {verb, items: []};
		run.items.push({section: section.id, ...span});
	}
	close();
	return lists;
}
