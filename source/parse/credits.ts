// The words pages credit their makers with: the frame reads a credit line as a byline, the
// attendee extractor reads the names in it as staff. One list for both.
import {HAN} from '../text/han.ts';

export type CreditRole = 'photographer' | 'author' | 'editor';

/** Credit labels, and what each credits. */
export const CREDIT_LABELS: readonly {label: string; role: CreditRole}[] = [
	// 審稿人:何宏偉 (131); a web editor, 網編：程皓楠 (590), 網編：池煥衡 (1970); who sent it out, 发稿 许菁 (1975, 1978)
	...['总监制', '监制', '制片人', '主编', '责任编辑', '值班编辑', '编辑', '网编', '发稿', '责编', '编审', '审核人', '审核', '审稿人', '审稿', '审校', '校对', '一审', '二审', '三审', '初审', '复审', '终审'].map(
		label => ({
			label,
			role: 'editor' as const,
		}),
	),
	...['摄影', '摄像', '图片'].map(label => ({label, role: 'photographer' as const})),
	// (撰稿人:鄧亮, 131), (图/文:县新闻中心 唐福升, 118), 文稿:童话 苏虹 曹文 龙海 (1091), (文字:刘贵雪 审核:…, 278)
	// (中评社报道组:张心怡、徐梦溪、张爽、海涵) (407): a reporting team credits each of its members.
	...['作者', '撰稿人', '撰稿', '文稿', '文字', '供稿', '报道员', '报道组', '通讯员', '实习生', '图/文', '文/图'].map(label => ({label, role: 'author' as const})),
];

/** A layout space between a credit's words, ASCII or ideographic. */
export const GAP = '[\\s\\u3000]';
/** 记者 with what qualifies it (首席记者, 全媒体记者, 新华社记者, 特派记者); 记 者 spaced for layout. */
export const REPORTER = `(?:${HAN}{0,8}?记${GAP}?者)`;
/** A label spaced for layout as 记 者 is: 编 辑: 刘冬, 责 编: 刘冬 (1630, 1633), 编 辑: 余晨 (997). */
const spaced = (label: string) => [...label].join(`${GAP}?`);
/** Any credit label, as a pattern. */
export const CREDIT_LABEL = `(?:${CREDIT_LABELS.map(l => spaced(l.label)).join('|')}|${REPORTER})`;
/** The label a credit was read with, its layout spaces left out: the list's own words. */
export const labelOf = (written: string) => written.replace(/[\s\u3000]+/gu, '');

/**
 * A line that credits: 编辑:蒋超, (责编:张星秀), 总监制:黄金杰监制:…, 记者 余艳华, 闪电新闻记者 李侠 陈洋 报道, 文/张三;
 * an e-paper marks its byline with a box: □融媒记者 颜元滔 (191), □記者 趙霞 報道 (186).
 */
export const CREDIT_LINE = new RegExp(
	`(?:^|${GAP}|[（(【】\\[|｜])${CREDIT_LABEL}${GAP}*[:：]|^(?:[□■]${GAP}*)?[（(【]?${REPORTER}${GAP}*${HAN}{2,4}(?:(?:${GAP}+|、)${HAN}{2,4})*${GAP}*(?:报道|报导|摄)?[）)】]?$|^[（(]?文${GAP}*[/／]${GAP}*${HAN}{2,4}|[（(]${HAN}{2,4}${GAP}*[/／]${GAP}*文[）)]$`,
	'u',
);
