// The lead phrases that open a report's paragraphs: the meeting as subject (全会/会议/大会) and
// a verb of stating (全会指出，…). sections.ts reads a section's lead with them, paragraphs.ts
// cuts run-on text before them, and the cross-paragraph series (measures/paragraph-series.ts)
// follows them.

export const LEAD_SUBJECTS = ['全会', '会议', '大会'] as const;
export const LEAD_VERBS = ['指出', '强调', '认为', '号召', '提出', '决定', '确定', '要求', '表示', '同意', '重申', '部署', '希望', '建议', '明确'] as const;

/** A lead phrase as a pattern's source: the subject, then the verb, each a capture group. */
export const LEAD_PHRASE = `(${LEAD_SUBJECTS.join('|')})(${LEAD_VERBS.join('|')})`;
