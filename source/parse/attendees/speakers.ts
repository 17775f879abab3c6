// Speaker-led sentences (袁家军指出，…): words that say someone spoke, but only of someone the
// report already has at the meeting, since a studied leader's words are reported the same way.
import type {Sentence} from './text.ts';
import {endsWithTitle} from './titles.ts';

const SPEECH_LEAD = /^(\p{Script=Han}{2,28}?)(?:同志)?(?:在[^，。；]{0,12}?讲话中)?(?:还|最后|首先|接着|随后)?(?:说|指出|强调|表示|要求)[，：]/u;

/**
 * `袁家军指出，` or `市委书记马卫光强调，` opening a sentence, `市长张三就…提出要求` or
 * `李强在总结讲话中…`: that person spoke, if the report has them present. The same words are
 * used for a leader whose speech is being studied (习近平总书记强调，… / 习近平总书记在重要讲话中
 * 指出 / 习近平总书记就…提出明确要求), who was not there. `李强在报告中指出` is the report being
 * summarised, not a speech.
 */
export function speechLeads(known: ReadonlySet<string>): (sentence: Sentence) => string[] {
	const laterSpeeches = [...known]
		.filter(name => /^[\p{Script=Han}·]+$/u.test(name))
		.map(name => ({
			name,
			pattern: new RegExp(
				`${name}(?:同志)?(?:(?:就|对)[^。；]{1,40}?(?:提出了?(?:明确)?(?:要求|希望)|作出了?(?:具体|全面)?部署)|在(?:总结|重要)?讲话中)`,
				'u',
			),
		}));
	return sentence => {
		const out: string[] = [];
		const match = SPEECH_LEAD.exec(sentence.text);
		if (match)
			for (const name of known) {
				const title = match[1].slice(0, match[1].length - name.length);
				if (match[1].endsWith(name) && (!title || endsWithTitle(title))) out.push(name);
			}
		for (const {name, pattern} of laterSpeeches) if (pattern.test(sentence.text)) out.push(name);
		return out;
	};
}
