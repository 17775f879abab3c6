// The report model: the one contract between the parser, the command line, search and the browser.
// `plenum --json` prints a Report as it is; the README documents every field.

/** Who wrote, photographed or edited the story, as the byline states it. */
export interface Byline {
	role: string; // 作者, 编辑, 责任编辑, 记者, 摄影 …
	name: string;
}

export interface Meta {
	title: string;
	/** The meeting or publication date the text states, YYYY-MM-DD. */
	date: string | null;
	/** A clock time printed with the date (07:41), when there is one. */
	time: string | null;
	/** 来源 (the publishing outlet). */
	source: string | null;
	/** The site channel the page sat in (新闻中心). */
	channel: string | null;
	/** The meeting's own name (市委八届九次全体(扩大)会议). */
	meeting: string | null;
	bylines: Byline[];
	/** Photo caption(s), joined by newlines. */
	caption: string | null;
	/** The paragraphs the metadata was read from, as written: nothing of the text is lost. */
	lines: string[];
	/** The page's address, when the report was opened from the web (after redirects). */
	url?: string;
}

export interface Section {
	/** 1-based, in document order, opening paragraphs included. */
	id: number;
	/** The lead phrase the paragraph opens with (全会指出), or null. */
	lead: string | null;
	/** A short label: the first clause, cut by display width. */
	heading: string;
	/** The paragraph text, exactly as the report has it. */
	text: string;
	/** Offset of `text` in the loaded text, so search and highlights can point back. */
	offset: number;
}

export type MeasureType = 'principle' | 'goal' | 'task' | 'requirement' | 'achievement' | 'decision' | 'agenda' | 'other';

export interface Measure {
	/** 1-based, in document order across all groups. */
	id: number;
	/** The list's name: its label (主要目标) or what announces it. */
	group: string;
	type: MeasureType;
	/** 1-based position inside its group. */
	ordinal: number;
	/** The item's words, ordinal markers removed. */
	text: string;
	/** The section the item sits in. */
	section: number;
	/** Offset of the item's text inside that section's text, or -1 when it was rewritten. */
	start: number;
	/** The rule that read the list (ordinal paragraphs, label, semicolon series …): `measures --explain`. */
	rule?: string;
}

export type PersonPart = 'presided' | 'spoke' | 'reported' | 'explained' | 'attended' | 'mentioned' | 'staff';

export interface Person {
	/** The name with layout spaces removed (袁云). */
	name: string;
	/** The name as written when it differs (袁 云). */
	asWritten?: string;
	/** Titles as written (市委书记), merged over every mention. */
	roles: string[];
	/** The most active part: presided > spoke > reported > explained > attended > mentioned. */
	part: PersonPart;
	/** Further parts besides the primary one. */
	also: PersonPart[];
	/** 列席: present without a vote. */
	as?: '列席';
	/** For staff: photographer, author or editor. */
	staffRole?: 'photographer' | 'author' | 'editor';
	/** Sections (ids) where the name occurs; 0 when only in metadata. */
	sections: number[];
	/** What read each part (`presided: 主持`, `named: title before name`): `attendees --explain`. */
	rules?: string[];
}

export type BodyPart = 'presided' | 'attended' | 'observer';

export interface Body {
	name: string;
	count: number | null;
	part: BodyPart;
	/** 应出席 and 缺席 counts, where the text gives them. */
	expected?: number;
	absent?: number;
	/** Other names the text gives the same group (中央纪律检查委员会委员 for 中央纪委委员). */
	aliases?: string[];
	sections: number[];
	/** The rules that read the group (head count, 出席, 列席 …): `attendees --explain`. */
	rules?: string[];
}

export interface Term {
	text: string;
	count: number;
	sections: number[];
}

export interface Report {
	meta: Meta;
	sections: Section[];
	measures: Measure[];
	people: Person[];
	bodies: Body[];
	terms: Term[];
	/** Site chrome cut from the page (app links, hotlines, navigation), as written. */
	footer: string;
}

/** Metadata, sections and footer: what the parser reads before the extractors run. */
export type Outline = Pick<Report, 'meta' | 'sections' | 'footer'>;
