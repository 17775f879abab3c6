// How a story says when and where it was filed: the page's time line (2020-12-12 07:41,
// 发布时间：2024年3月5日) and the dateline (新华社北京12月11日电) that opens its first paragraph.

/** A time line's date at the start of a line, as a pattern's source: year, month and day captured. */
export const TIME_LINE_DATE = String.raw`^(?:发布时间[:：]\s*)?(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?`;

/** Outlets whose datelines open a story: the story starts after 电, whatever space follows. */
export const DATELINE_OUTLETS = ['新华社', '新华网', '中新社', '人民网', '央视网', '本报'] as const;

/** How the name of an outlet filing a dateline ends (新华社, 人民网, 中央电视台, 秦州区融媒体中心 (1086), 衡东融媒 (707), 浙江在线 (946) …). */
export const OUTLET_ENDINGS = ['社', '网', '电', '报', '台', '中心', '融媒', '在线'] as const;

/** An outlet's lead-in before a broadcast item's first words (央视网消息：, 本台消息：), as a pattern's source. */
export const NEWS_LEAD = String.raw`[^：:，,。]{0,20}消息[^：:。]{0,10}[：:]\s*(?:本台消息[：:])?`;

/** A key point in a paper's summary box (■ …), above the story it sums up (171, 172). */
export const SUMMARY_POINT = /^[■◆●]/u;
