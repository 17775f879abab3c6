// Whether a clause pair still makes the same statement, so that a change in it can be a reworded
// phrase: the labels count wording changed in a phrase that says what it said, never a different
// statement that shares words (抓好安全生产 → 抓好秋冬生产). Two kinds of clause pair share a long run
// of characters and still say another thing: the act and its object both swapped around a kept
// middle (增强政治自觉 → 加强政治建设), and what is done with a named law, rule or campaign (认真开展
// 党纪学习教育 → 巩固深化党纪学习教育成果, 研究制定…条例 → 深入贯彻《…条例》).
import type {Run} from './runs.ts';
import {isGenericNoun} from './distinctive.ts';
import {content, NAMED} from './wording.ts';

/** A document made or dropped at a clause's end (制定…建设指引, 制定实施…建设条例): the object became a text. */
const DOCUMENT = new RegExp(`(${NAMED.source.slice(1, -2)}|指引)$`, 'u');
/** A clause whose object is a named law, rule or campaign, or what it yielded (…学习教育成果). */
const ABOUT_NAMED = new RegExp(`(${NAMED.source.slice(1, -2)})(成果|精神)?$`, 'u');

const swapped = (run: Run) => !run.kept && content(run.removed) !== '' && content(run.added) !== '';

/**
 * The clause's lead verb and its final noun both swapped, the middle kept (坚决落实全面从严治党战略方针
 * → 推动落实全面从严治党政治责任, 立足…基本国情 → 确立…基本路线): another act on another object.
 * A generic noun swapped for another (完善公共安全治理机制 → 提高公共安全治理水平) leaves the object
 * what it was.
 */
function actAndObjectSwapped(runs: Run[], first: number, last: number): boolean {
	const head = runs.slice(0, first).some(swapped);
	const tail = runs.slice(last + 1).find(swapped);
	return head && tail !== undefined && !(isGenericNoun(content(tail.removed)) && isGenericNoun(content(tail.added)));
}

/** What is done with a named law, rule or campaign, or a document made of a task: news, not wording. */
function aboutNamed(runs: Run[], oldText: string, newText: string): boolean {
	if ([oldText, newText].some(text => ABOUT_NAMED.test(content(text)))) return true;
	return runs.some((run, k) => !run.kept && (/[《》]/u.test(run.removed + run.added) || (k === runs.length - 1 && [run.removed, run.added].some(side => DOCUMENT.test(content(side))))));
}

/** Whether the clause pair says something else, whatever its changes: no phrase in it is reworded. */
export function anotherStatement(runs: Run[], first: number, last: number, oldText: string, newText: string): boolean {
	return actAndObjectSwapped(runs, first, last) || aboutNamed(runs, oldText, newText);
}
