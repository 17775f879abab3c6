// Words that name a meeting or its document.

/** In a title, what makes a text a meeting's report (looksLikeReport). */
export const REPORT_WORDS = ['会议', '全会', '大会', '公报'] as const;

/** In a headline, what makes it the headline proper: the meeting, its sittings and its bodies. */
export const MEETING_WORDS = [...REPORT_WORDS, '常委会', '座谈会', '委员会', '开幕', '闭幕'] as const;
