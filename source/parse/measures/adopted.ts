// Lists of what a meeting adopted: 审议通过了《A》、《B》和《C》 / 通过了A；通过了B；… / 表决通过了A名单草案，
// B名单草案，C名单草案. The documents are named as written, each on its own.
import type {Section} from '../../model/report.ts';
import {clauses, enumeration, isSemicolon, sentences, textOf, type Piece} from './clauses.ts';
import {BUSINESS} from './agenda.ts';
import {FEWEST} from './labelled.ts';
import {inSection, tidy, type List, type Span} from './spans.ts';
import {matchesOf} from '../matches.ts';
import {NUMERALS} from '../lexicon/numerals.ts';

/**
 * What a meeting passed is listed from two documents on, when one verb governs both or each has
 * its own: 审议通过《A》；审议通过《B》 (109), 审议通过了A(审议稿)和B决议 (36), 通过了新修订的商标法、
 * 关于修改…的决定 (78). Not two whole clauses after one verb (表决通过了关于…的决定，关于…的决定,
 * shared 11), nor what was only 审议了 (31), which may not have passed.
 */
const FEWEST_ADOPTED = 2;
const fewestAdopted = (verb: string) => (verb.includes('通过') ? FEWEST_ADOPTED : FEWEST);
/** The verb studies titled documents (研究了《…》): the agenda, not what was adopted. */
const studies = (verb: string) => verb.includes('研究');
// The meeting named before its business: 会议听取了…,并讨论研究了… (2067).
const MEETING_FIRST = /^(?:会议|全会|大会)(?:还)?/u;
/**
 * The fewest titles studied that make an agenda: two where studying them is the meeting's one business
 * (396, 1746), three beside other business in the sentence, where two may be one item of a series the
 * labels leave whole (讨论审议了…,听取了…,讨论研究了《A》和《B》,听取了…, 1297; 研究了《A》《B》及…, 200).
 */
function fewestStudied(text: string, parts: Piece[], at: number): number {
	const other = parts.some((p, k) => k !== at && BUSINESS.test(textOf(text, p).trimStart().replace(MEETING_FIRST, '')));
	return other ? FEWEST : FEWEST_ADOPTED;
}

// Whatever the meeting adopted, with the subject dropped: 全会讨论并通过了… → 讨论并通过了…
// 审议并原则通过 (174, 111, 81): adopted in principle is adopted.
// 审议并原则同意《A》、《B》… (214), 原则同意《…》 (201): agreed in principle is adopted as well.
// …大会认真听取并审议通过了《A》、《B》… (453), 会议协商讨论并通过了A、B… (305), 會議聽取、討論并原則通過了《A》、《B》和《C》
// (837): how it was read first. The deputies may be the subject: 全体镇人大代表听取并审议通过了《A》、《B》… (1217);
// so may the meeting pointed at: 此次閉幕大會通過了A、B和C (1269), 本次会议通过…的规定 (951). What was heard
// and considered needs no 了 (会议听取并审议A、B和C, 1345; 听取和审议A、B, 1341), and may be discussed first
// (讨论审议了《A》、《B》和《C》, 1297; 讨论审议了A和B, 167); either lists from three documents, as 审议了 does.
// One after another: 大會依次通過了A、B、C (1899), 会议依次通过A;B… (917).
// Adopted by a show of hands: 舉手錶決通過了《A》、《B》、《C》 (1496), 大會還舉手表決通過了《A》、《B》… (1464).
// Titled documents studied are the meeting's agenda, two or more of them: 会议讨论研究了《A》《B》等 (396),
// 并讨论研究了《A》(送审稿)、《B》(送审稿)以及《C》《D》(送审稿)等 (2067). Untitled business studied is not
// (研究了县委常委分工…等有关事宜, 31).
const ADOPTION =
	/^(?:(?:此次|本次|这次)?(?:闭幕|开幕)?(?:全会|会议|大会)|(?:全体|与会)[^，。；]{0,4}?(?:代表|委员))?(?:还|分别|依次|经|认真|以[^，。；]{2,12}方式)?((?:并|还)?(?:讨论)?研究了(?=《)|听取(?:(?:并|和|、)审议(?:(?:并)?通过了?|了)?|审议了)|(?:协商|听取[并和、]|举手)?(?:审议|讨论|表决)(?:并|一致)?(?:原则)?(?:通过|同意)了?|(?:并|一致)?通过了|原则(?:通过|同意)了?|(?:讨论)?审议了)/;
/** An adoption that goes on in the next clause with a bare 通过 (not 通过深化…, which says how). */
const GOES_ON = /^(?:还)?(通过)(?![了过程])/;
// What a single adoption clause lists: titled documents, or laws, regulations and resolutions.
// Untitled items must be short document names: a long 、-part is a phrase, not a document. The
// kinds may differ within one list (…的决议、…的报告、…政治决议). Business may be adopted as 事宜 as well as 事项:
// 会议审议通过了人事事宜 (1179), 審議并通過《A》、《B》和有關專委會負責人任免事宜 (1236).
const KINDS = '(?:法|条例|决议|决定|章程|修正案|报告|意见|方案|规划|纲要|办法|规定|名单|议案|草案|议程|日程|安排|请示|材料|事项|事宜|清单|计划|预算)';
// A piece opening with a verb of its own is another act, not a document's name (讨论通过有关人事任免事项、
// 审议决定召开…的有关事项, 560; 审议通过A(草案)、B(草案),协商通过C、D…, 869).
const NOT_AN_ACT = '(?!审议|讨论|研究|听取|协商)';
// A title may be named with who made it: 镇长熊昭明所作的《政府工作报告》 (1281), 乡长金英珠代表乡人民政府所做的
// 《政府工作报告》 (http://56china.com/2016/0414/109538.html).
const DOCUMENT = new RegExp(`^《.*》$|^[^、，,《》]{2,40}所[作做]的《[^》]*》$|^${NOT_AN_ACT}[^、，,]{2,60}${KINDS}$`, 'u');
/**
 * A whole clause naming one document, its 、 included (主任、副主任、秘书长候选人名单草案); one opening with a verb
 * is another act (研究了县委常委分工…等有关事宜, 31).
 */
const DOCUMENT_CLAUSE = new RegExp(`^《.*》$|^${NOT_AN_ACT}[^，,；;。]{2,80}${KINDS}$`, 'u');

// NPC Standing Committee items carry a bracketed number or stage after the name: 刑法修正案（十二）,
// …法（草案）, …法（修订草案）. The kind of document is read before that note.
const NOTE = /[（(][^（()）]{1,8}[）)]$/;
const withoutNote = (name: string): string => name.replace(NOTE, '');

/**
 * Where a document's name is marked as ending: a note ((草案), (讨论稿)), a title's 》, or what it is
 * about (…的决议, …的报告). A name's own words may end in a kind too (…计划、财政预算审查委员会建议名单草案, 327).
 */
const MARKED_END = new RegExp(`[）)》]$|的${KINDS}$`, 'u');

/**
 * What closes a list of documents, naming their kind: 等内容, 等文件, 等事项, 等三个报告 (1217); after titles,
 * their count alone: 《A》、《B》、《C》三件地方性法规 (2141), 《A》、…《D》4個報告 (1342).
 */
const CLOSING_KIND = new RegExp(`(?:等(?:[${NUMERALS}\\d]{1,2}(?:个|项|份|件))?|(?<=》)[${NUMERALS}\\d]{1,2}(?:个|项|份|件))(?:内容|文件|事项|议题|材料|报告|议案|(?:地方性)?法规)?$`, 'u');

const KIND_AT_END = new RegExp(`(?:名单)?${KINDS}$`, 'u');

/** Two names end in the same kind of document (组成人员名单草案 / 组成人员名单草案). */
function sameKind(name: string, other: string): boolean {
	const kind = KIND_AT_END.exec(name)?.[0];
	return kind !== undefined && KIND_AT_END.exec(other)?.[0] === kind;
}

/** A和B / A以及B where both name documents (议案审查委员会名单(草案)以及计划和预算审查委员会名单(草案), 54). */
function splitDocuments(text: string, piece: Piece, before: Piece | null = null): Piece[] {
	const words = text.slice(piece.start, piece.end);
	for (const m of matchesOf(/以及|及|和/gu, words)) {
		const [left, right] = [words.slice(0, m.index), words.slice(m.index + m[0].length)];
		// Only where the first is marked as a document's name ((草案), 》, or …的决议 as in
		// 关于…工作报告的决议和关于…情况报告的决议, 95): 和 also joins a name's own words (计划和预算).
		// A 、-list's documents of one kind end where the item before ends: …名单草案、…名单草案和会议议程草案 (526).
		// Two lists joined by 和 alone are one item (…人选建议名单和…人选建议名单, shared 15).
		if ((MARKED_END.test(left) || sameKind(left, before ? text.slice(before.start, before.end) : '')) && DOCUMENT.test(withoutNote(left)) && DOCUMENT.test(withoutNote(right.replace(CLOSING_KIND, ''))))
			return [
				{start: piece.start, end: piece.start + m.index, delimiter: m[0]},
				{start: piece.start + m.index + m[0].length, end: piece.end, delimiter: piece.delimiter},
			];
	}
	return [piece];
}

/**
 * One document about several, whose 、 join what it is about: 关于市政府工作报告、计划报告、…市检察院工作报告的
 * 决议草案 (198), the 关于 opening it and the 的决议 closing it, as 关于…主席团和秘书长名单(草案)、列席人员名单(草案)的
 * 议案 (536) and 关于提请审议设立…法制工作委员会、撤销…法规工作室的议案 (196) are a motion each; 《A》、《B》的报告人名单(草案) (1822), titles
 * whose one list of reporters was adopted, as 《A》、《B》、《C》的书面审议意见 (1216) and 《宪法》和《政协章程》的
 * 起草说明 (971) are one document each. The reports themselves in writing (《A》、《B》、《C》的书面报告, 1361)
 * are the titles listed.
 */
const TITLE = /^《[^》]*》$/u;
/** What a list's first title is preceded by when the words are all the titles' (…提出的《A》和《B》). */
const SAID_OF_TITLES = /^[^、，,《》]{2,40}的(?=《[^》]*》$)/u;
const ABOUT_TITLES = /^《[^》]*》的(?!书面报告)/u;
const oneDocumentAbout = (items: string[]) =>
	items.length > 1 &&
	((/^关于/u.test(items[0]) && !items[0].includes('的') && /的(?:决议|决定|议案)(?:草案)?$/u.test(items[items.length - 1])) ||
		(items.slice(0, -1).every(i => TITLE.test(i)) && ABOUT_TITLES.test(items[items.length - 1])));

/**
 * 原则通过了《A》《B》《C》 (461), 审议通过《A》《B》 (460, 463): titles written back to back are
 * documents each. Only what was adopted or studied (研究了《A》《B》, 396): 审议了《A》《B》 says what was read,
 * not a list (39).
 */
function titlesApart(text: string, piece: Piece): Piece[] {
	const out: Piece[] = [];
	let start = piece.start;
	for (let at = text.indexOf('》《', start); at >= 0 && at < piece.end - 1; at = text.indexOf('》《', at + 2)) {
		out.push({start, end: at + 1, delimiter: ''});
		start = at + 1;
	}
	out.push({start, end: piece.end, delimiter: piece.delimiter});
	return out;
}

/**
 * The documents the pieces name, or null where one names none. A document's name may hold a 、 of its
 * own (县政协专委会兼职副主任、委员名单, 553; 主任、副主任、秘书长候选人名单草案, 97): a piece that names no
 * document joins the next when together they name one.
 */
function documentNames(text: string, pieces: Span[]): Span[] | null {
	const isDocument = (span: Span) => DOCUMENT.test(withoutNote(text.slice(span.start, span.end)));
	const out: Span[] = [];
	for (let k = 0; k < pieces.length; k++) {
		const piece = pieces[k];
		const next = pieces[k + 1];
		if (isDocument(piece)) out.push(piece);
		else if (next && text.charAt(piece.end) === '、' && isDocument(next) && DOCUMENT_CLAUSE.test(withoutNote(text.slice(piece.start, next.end)))) {
			out.push({...piece, end: next.end});
			k++;
		} else return null;
	}
	return out;
}

/** 《A》、《B》 is two documents, not one. */
const isTitledList = (name: string) => /》[、和及]/u.test(name);

/** The clauses after an adoption verb, when each names documents only (、 inside a clause too). */
function documentClauses(text: string, parts: Piece[], i: number, verb: number): {items: Span[]; last: number} | null {
	const items: Span[] = [];
	let last = i;
	const heard = /^(?:全会|会议|大会)?[^，。；]{0,6}?听取/u.test(textOf(text, parts[i]));
	for (let k = i; k < parts.length; k++) {
		// What was heard is not what was adopted after it (听取和审议了《A》和《B》,审议并表决通过了各项决议, 275).
		if (heard && k > i && /^(?:审议|表决|通过|讨论|研究|决定)/u.test(textOf(text, parts[k]))) break;
		const clause = {start: k === i ? parts[k].start + verb : parts[k].start, end: parts[k].end, delimiter: parts[k].delimiter};
		const tidied = (p: Piece) => tidy(text, p.start + (/^(?:以及|及|和)/u.exec(text.slice(p.start, p.end))?.[0].length ?? 0), p.end);
		const parted = enumeration(text, clause, true)
			.flatMap((p, n, all) => splitDocuments(text, p, all[n - 1] ?? null))
			.map(tidied)
			.filter((s): s is Span => s !== null);
		// A clause that is one document's name keeps its 、 (主任、副主任、秘书长候选人名单草案, 97), unless each
		// part names a document and all but the last are marked as ending: …工作报告(讨论稿)、提案工作情况报告(讨论稿)
		// 以及报告人名单(草案) (460), …工作报告(审议稿)、提案工作情况报告(审议稿)以及有关大会具体事项安排 (102); not one
		// about several, 关于…主席团和秘书长名单(草案)、列席人员名单(草案)的议案 (536).
		const whole = tidied(clause);
		const wholeName = whole ? text.slice(whole.start, whole.end) : '';
		const partNames = parted.map(s => text.slice(s.start, s.end));
		// Each part's name is tested once: the same answer says whether the parts are the documents.
		const eachADocument = partNames.every(name => DOCUMENT.test(withoutNote(name)));
		const one =
			whole !== null &&
			DOCUMENT_CLAUSE.test(withoutNote(wholeName)) &&
			!isTitledList(wholeName) &&
			!(partNames.length > 1 && partNames.slice(0, -1).every(name => MARKED_END.test(name)) && eachADocument && !oneDocumentAbout(partNames));
		const named = one && whole ? [whole] : parted;
		if (named.length === 0 || (!one && !eachADocument)) break;
		items.push(...named);
		last = k;
		if (isSemicolon(parts[k].delimiter)) break;
	}
	return last > i && items.length >= FEWEST ? {items, last} : null;
}

/**
 * How many of a sentence's ；-segments open with an adoption, when any of them runs on past its first
 * clause. `adopting` is each clause's ADOPTION, read once for the whole finder.
 */
function adoptionsBySemicolon(parts: Piece[], adopting: readonly (RegExpExecArray | null)[]): number {
	let segments = 0;
	let adoptions = 0;
	let runsOn = false;
	for (let k = 0, first = true; k < parts.length; k++) {
		if (first) {
			segments++;
			if (adopting[k]) adoptions++;
		} else runsOn = true;
		first = isSemicolon(parts[k].delimiter);
	}
	return segments >= FEWEST && runsOn ? adoptions : 0;
}

/**
 * Whether the sentence is a ；-series of three segments or more in which adoptions open some segments
 * and other business the rest: the semicolon series reads it whole. 听取了…；通过了…；通过了…；指定了…；
 * (114) is such a series of bare clauses; its segments may also run on past a clause, and the series
 * may follow its framing clause, which is then no segment of it: …全体会议召开,全会决定A;审议并通过了B和C、
 * 《D》;酝酿并讨论了E;投票表决确定F (953).
 */
function amongOtherBusiness(parts: Piece[], adopting: (RegExpExecArray | null)[]): boolean {
	const starts = parts.flatMap((_, k) => (k === 0 || isSemicolon(parts[k - 1].delimiter) ? [k] : []));
	if (starts.length < FEWEST) return false;
	const judged = isSemicolon(parts[0].delimiter) ? starts : starts.slice(1);
	const opened = judged.filter(k => adopting[k]);
	return opened.length > 0 && opened.length < judged.length;
}

export function adoptedDocuments(section: Section): List[] {
	const text = section.text;
	const lists: List[] = [];
	for (const sentence of sentences(text)) {
		const parts = clauses(text, sentence);
		const adopting = parts.map(p => ADOPTION.exec(textOf(text, p)));
		// Most sentences adopt nothing, and every reading below starts at an adoption.
		if (!adopting.some(Boolean)) continue;
		// Adoptions among other business, one to a ；, are that series' items.
		if (amongOtherBusiness(parts, adopting)) continue;
		// 听取并审议通过了A、B…,并提交…;审议通过了C,并提交…;审议通过了D (533): three adoptions or more, one to
		// a ；, are the series' items whole, clauses after their documents and all.
		if (adoptionsBySemicolon(parts, adopting) >= FEWEST) continue;
		for (let i = 0; i < parts.length; i++) {
			if (!adopting[i]) continue;
			// 会议表决通过A，通过B，通过C (110), 通过A；通过B；… (146): after one adoption, a bare 通过 goes on with it.
			let j = i + 1;
			while (j < parts.length && (adopting[j] ??= GOES_ON.exec(textOf(text, parts[j])))) j++;
			// Reports heard one to a clause (听取和审议了A；听取和审议了B, 306) are the business's series, not adoptions.
			const heard = adopting.slice(i, j).some(a => a !== null && a[1].startsWith('听取') && !a[1].includes('通过'));
			// A clause that lists several titles itself (听取并审议通过了《A》、《B》和《C》等三个报告,表决通过了《D》, 1217)
			// lists them, not one item for each clause.
			const titled = parts.slice(i, j).some(p => isTitledList(textOf(text, p)));
			if (!heard && !titled && (j - i >= FEWEST || (j - i >= FEWEST_ADOPTED && adopting.slice(i, j).every(a => a?.[1].includes('通过'))))) {
				const items = parts.slice(i, j).map((p, k) => {
					const match = adopting[i + k] as RegExpExecArray;
					return tidy(text, p.start + match[0].length - match[1].length, p.end);
				});
				lists.push({group: '通过的文件', type: 'decision', items: inSection(section.id, items)});
				i = j - 1;
				continue;
			}
			const match = adopting[i] as RegExpExecArray;
			// 表决通过了A名单草案，B名单草案，C名单草案 (97): documents one to a clause, to the sentence's ；.
			const run = documentClauses(text, parts, i, match[0].length);
			if (run) {
				lists.push({group: '通过的文件', type: 'decision', items: inSection(section.id, run.items)});
				i = run.last;
				continue;
			}
			const body = {start: parts[i].start + match[0].length, end: parts[i].end, delimiter: parts[i].delimiter};
			const studied = studies(match[1]);
			const adopted = /通过|同意/u.test(match[1]);
			const pieces = enumeration(text, body, true)
				.flatMap((p, k, all) => splitDocuments(text, p, all[k - 1] ?? null))
				.flatMap(p => (adopted || studied ? titlesApart(text, p) : [p]))
				.map(p => tidy(text, p.start, p.end))
				.filter((s): s is Span => s !== null);
			// Titles said whose or how made before the first: 通过了在广泛征求意见的基础上提出的《A》和《B》 (1996), 表决通过了
			// 大会主席团接受市委推荐的《A》《B》《C》《D》 (2113). The words before the first 《 are all the titles'.
			const head = pieces.length > 1 && pieces.slice(1).every(p => TITLE.test(text.slice(p.start, p.end))) ? SAID_OF_TITLES.exec(text.slice(pieces[0].start, pieces[0].end)) : null;
			if (head) pieces[0] = {...pieces[0], start: pieces[0].start + head[0].length};
			// …以及《…草案(讨论稿)》等内容 (214): what closes the list says the kind of all of it.
			const last = pieces[pieces.length - 1];
			const closing = last ? CLOSING_KIND.exec(text.slice(last.start, last.end)) : null;
			if (last && closing && closing.index > 0) pieces[pieces.length - 1] = {...last, end: last.start + closing.index};
			const listed = documentNames(text, pieces);
			if (!listed || listed.length < (studied ? fewestStudied(text, parts, i) : fewestAdopted(match[1]))) continue;
			// Studied business mixed of titles and other matters (研究了《A》、《B》以及关于召开…相关事宜, 718) is told, not listed.
			if (studied && !listed.every(s => text[s.start] === '《')) continue;
			if (oneDocumentAbout(listed.map(s => text.slice(s.start, s.end)))) continue;
			const laws = listed.every(s => withoutNote(text.slice(s.start, s.end)).endsWith('法'));
			if (studied) lists.push({group: '研究的文件', type: 'agenda', items: inSection(section.id, listed)});
			else lists.push({group: laws ? '通过的法律' : '通过的文件', type: 'decision', items: inSection(section.id, listed)});
		}
	}
	return lists;
}
