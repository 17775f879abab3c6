// Items set out one to a paragraph after the paragraph that announces them, with no ordinal: each
// closes with a semicolon and the last with a full stop (LABELING.md rule 4, across paragraphs).
// 本次大会会期五天半,议程包括: / 听取和审议省政协常务委员会工作报告; / … / 审议通过…的报告。 (734);
// 票决产生2018年岭南乡民生实事项目9个 / 分别是: / 省旅游风情小镇创建项目; / … / 乡卫生院医疗污水处理工程。 (1362)
import type {Section} from '../../model/report.ts';
import {labelBefore} from './group.ts';
import {FEWEST} from './labelled.ts';
import {tidy, type Item, type List} from './spans.ts';

const ANNOUNCES = /[:：]\s*$/u;
/** An item: no sentence ends inside it and it announces nothing; a semicolon closes it, a full stop the last. */
const ITEM = /^[^。！？:：]+[;；]\s*$/u;
const LAST_ITEM = /^[^。！？:：]+。\s*$/u;

/** Whole-paragraph items: one paragraph is the item, its closing mark removed. */
function itemOf(section: Section): Item | null {
	const span = tidy(section.text, 0, section.text.length);
	return span ? {section: section.id, ...span} : null;
}

/** The name a list is given: the label its lead-in names (议程), else the lead-in, or what stands before a bare 分别是:. */
function naming(sections: Section[], at: number): Pick<List, 'group' | 'type'> {
	const lead = sections[at].text;
	const named = labelBefore(lead, 0, lead.length);
	if (named) return named;
	const words = lead.replace(/^.*[，,。]/u, '').replace(ANNOUNCES, '');
	const bare = /^(?:分别|主要|具体)?(?:是|为|有|包括|如下)$/u.test(words);
	const before = at > 0 ? sections[at - 1].text.replace(/[。：:\s]+$/u, '') : '';
	return {group: bare && before.length <= 30 ? before : words, type: 'other'};
}

export function lineItems(sections: Section[]): List[] {
	const lists: List[] = [];
	for (let i = 0; i < sections.length; i++) {
		if (!ANNOUNCES.test(sections[i].text)) continue;
		let j = i + 1;
		while (j < sections.length && ITEM.test(sections[j].text)) j++;
		// The last item closes with a full stop, or the list stops at a semicolon where the page does.
		if (j < sections.length && LAST_ITEM.test(sections[j].text)) j++;
		const items = sections.slice(i + 1, j).map(itemOf);
		if (items.length >= FEWEST && items.every((item): item is Item => item !== null)) {
			lists.push({...naming(sections, i), items});
			i = j - 1;
		}
	}
	return lists;
}
