// Speaker-led sentences (袁家军指出，…): words that say someone spoke, but only of someone the
// report already has at the meeting, since a studied leader's words are reported the same way.
import type {Sentence} from './text.ts';
import {knownUntil, nameEndingAt} from './names.ts';
import {endsWithTitle} from './titles.ts';
import {HAN} from '../../text/han.ts';
import {matchesOf} from '../matches.ts';

// A post may name several offices, parted by 、 (县委常委、组织部部长彭益玲强调，).
const SPEECH_LEAD = new RegExp(`^((?:${HAN}|、){2,40}?)(同志)?(?:在[^，。；]{0,12}?讲话中)?(?:还|最后|首先|接着|随后)?(?:说|指出|强调|表示|要求)[，：]`, 'u');

/**
 * `李强就…提出要求` or `李强在总结讲话中`, right after the name; found where it begins. Also a
 * speaker's verdict on behalf of a body: 县委书记王宏伟代表县委对…给予了充分肯定 (1252),
 * 镇党委书记黄治平同志代表镇党委,对…表示充分的肯定 (1303), 陈晖东对大会发言给予了充分肯定 (205).
 */
// The body spoken for, when one is, is the pattern's one group.
const LATER_SPEECH =
	/(?=(?:同志)?(?:(代表[^，,。；]{1,10}?[，,]?)?(?:就|对)[^。；]{1,40}?(?:提出了?(?:明确|殷切)?(?:要求|希望)|作出了?(?:具体|全面)?部署|(?:表示|给予了?)(?:充分|高度)?的?肯定)|在(?:总结|重要)?讲话中))/gu;

export interface SpeechLead {
	name: string;
	/**
	 * A paragraph opening with the bare name and the verb (习近平指出，…), as a report on that
	 * person's own meeting writes it; `邓小平同志指出，` quotes a leader.
	 */
	opensParagraph: boolean;
	/** Introduced with a post below the centre's (县委常委、组织部部长彭益玲强调，): someone at a local meeting. */
	localPost?: boolean;
	/** Speaking for a body (黄治平同志代表镇党委,对…表示充分的肯定): said at the meeting, never a studied leader's words. */
	onBehalf?: boolean;
}

/**
 * A county, city, district or township post, or a province's (县委常委、组织部部长, 副县长, 区委常委、政法委书记,
 * 省委书记): a meeting story quotes such a speaker because the speaker was there, where a central
 * leader's words are as often studied.
 */
const LOCAL_POST = /^(?!中共中央|中央|国家|国务院|全国)[^，。]*?(?:[县市区镇乡州旗省]|街道)[^，。]*$/u;

/** The lead's flag for a speaker introduced by `title`, when it is such a post. */
const localPost = (title: string): Pick<SpeechLead, 'localPost'> => (title && endsWithTitle(title) && LOCAL_POST.test(title) ? {localPost: true} : {});

/**
 * `袁家军指出，` or `市委书记马卫光强调，` opening a sentence, `市长张三就…提出要求` or
 * `李强在总结讲话中…`: that person spoke, if the report has them present. The same words are
 * used for a leader whose speech is being studied (习近平总书记强调，… / 习近平总书记在重要讲话中
 * 指出 / 习近平总书记就…提出明确要求), who was not there. `李强在报告中指出` is the report being
 * summarised, not a speech.
 */
export function speechLeads(known: ReadonlySet<string>): (sentence: Sentence) => SpeechLead[] {
	return sentence => {
		const {text} = sentence;
		const out: SpeechLead[] = [];
		const match = SPEECH_LEAD.exec(text);
		const opensParagraph = sentence.opensParagraph && !match?.[2];
		if (match)
			for (const name of knownUntil(match[1], match[1].length, known)) {
				const title = match[1].slice(0, match[1].length - name.length);
				if (match[1].endsWith(name) && (!title || endsWithTitle(title))) out.push({name, opensParagraph, ...localPost(title)});
			}
		// A name the rest of the report never vouches for must look like one on its own: three
		// characters with a family name (习近平指出，), not a two-character word (文件要求，).
		const unknown = match && out.length === 0 && opensParagraph ? nameEndingAt(match[1], match[1].length, known, true) : null;
		if (match && unknown && (unknown.length !== 2 || unknown !== match[1])) out.push({name: unknown, opensParagraph: true, ...localPost(match[1].slice(0, match[1].length - unknown.length))});
		// One pass for all known names: where the words begin, the names that end there.
		const later = new Map<string, boolean>();
		for (const {index, 1: body} of matchesOf(LATER_SPEECH, text))
			for (const name of knownUntil(text, index, known)) if (text.startsWith(name, index - name.length)) later.set(name, later.get(name) || body !== undefined);
		for (const [name, onBehalf] of later) out.push({name, opensParagraph: false, ...(onBehalf ? {onBehalf} : {})});
		return out;
	};
}

/** Words that study a speech or instruction given elsewhere: 传达学习习近平总书记重要讲话精神. */
const STUDYING = /(?:学习|贯彻|传达|领会|落实|研读)[^。；]{0,60}?(?:讲话|指示|批示|论述|贺信|回信)/u;

/**
 * People whose paragraph-initial speech leads (习近平指出，…) are the only account of who spoke,
 * in a report where no one else presided or spoke: the report is about that person's meeting.
 * A leader whose speech the report studies is quoted the same way, so anyone named in a sentence
 * that studies a speech is left out. One pass over the sentences; few people lead paragraphs.
 */
export function soleSpeakers(sentences: readonly Sentence[], leads: Map<string, number[]>, othersActive: (name: string) => boolean): string[] {
	const candidates = [...leads.keys()].filter(name => !othersActive(name));
	if (candidates.length === 0) return [];
	const studied = new Set<string>();
	const longestFirst = [...candidates].sort((a, b) => b.length - a.length);
	const named = new RegExp(longestFirst.map(name => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|'), 'gu');
	for (const sentence of sentences) if (STUDYING.test(sentence.text)) for (const [name] of matchesOf(named, sentence.text)) studied.add(name);
	return candidates.filter(name => !studied.has(name));
}
