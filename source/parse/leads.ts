// The lead phrases that open a report's paragraphs: the meeting as subject (全会/会议/大会) and
// a verb of stating, then a comma or colon.

export const LEAD_SUBJECTS = ['全会', '会议', '大会'] as const;
export const LEAD_VERBS = ['指出', '强调', '认为', '号召', '提出', '决定', '确定', '要求', '表示', '同意', '重申', '部署', '希望', '建议', '明确'] as const;

const LEAD = new RegExp(`^(${LEAD_SUBJECTS.join('|')})(${LEAD_VERBS.join('|')})(?=[，：,:])`);

/** The lead phrase a paragraph opens with (全会指出), or null. */
export function leadOf(paragraph: string): string | null {
	const match = LEAD.exec(paragraph);
	return match ? match[0] : null;
}
