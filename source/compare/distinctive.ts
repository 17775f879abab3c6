// What a phrase is about, as against how it is framed. Two clauses that share only their verb and a
// generic noun (落实好[宏观]政策 → 落实好[企业帮扶]政策, 完善[派驻]监督体系 → 完善[基层]监督体系)
// speak of different things; a reworded formulation keeps most of what it is about and changes the
// verb, the manner or one character of it (育新机 → 育先机, 积极的财政政策 → 更加积极的财政政策).
import {isContentChar} from './text.ts';

// The genre's frame: action verbs, manner adverbs, generic nouns and degree words, the wording every
// task is said in. Whatever else a phrase says is its distinctive content.
const ACTIONS =
	'推进 推动 加强 强化 完善 健全 深化 落实 贯彻 坚持 加快 加大 提高 提升 增强 优化 促进 实施 实现 开展 做好 抓好 落实好 用好 发挥 构建 建立 推行 巩固 拓展 扩大 保持 保障 维护 确保 统筹 防范 化解 守住 打好 打造 营造 形成 提供 支持 引领 把握 研究 部署 制定 执行 规范 做实 做深 坚守 担负 扛起 履行 强调 指出 聚焦 围绕 紧紧围绕 着眼 突出 注重';
const MANNER = '全面 深入 持续 不断 切实 扎实 积极 稳妥 稳步 有效 大力 着力 努力 继续 进一步 更加 更好 全力 纵深 坚定不移 坚决 坚定 一以贯之 锲而不舍 不折不扣 始终 牢牢 自觉 认真';
const NOUNS = '工作 体系 机制 体制 制度 政策 建设 发展 布局 问题 水平 能力 作用 力度 成效 成果 任务 目标 格局 环境 形势 局面 领域 方面 责任 要求 措施 举措 监督 管理 治理 生产';
const DEGREE = '重大 重要 根本 主要 关键 基本 各项 各类 相关';
const FRAME = new Set([ACTIONS, MANNER, NOUNS, DEGREE].join(' ').split(' '));
/** Lengths of frame words, longest first, so 落实好 is read before 落实. */
const LENGTHS = [...new Set([...FRAME].map(w => w.length))].sort((a, b) => b - a);

const MANNER_WORDS = new RegExp(`^(${MANNER.split(' ').join('|')})+$`, 'u');
const GENERIC_NOUNS = new RegExp(`^(${NOUNS.split(' ').join('|')})+$`, 'u');
/** Whether a text is generic nouns alone (机制, 水平): the head of a phrase, not what it is about. */
export const isGenericNoun = (text: string) => GENERIC_NOUNS.test(text);

/** Whether a change is a manner adverb alone (自觉 → 切实): how a task is done, not which task. */
export const isManner = (text: string) => MANNER_WORDS.test(text);

const MANNER_LAST = new RegExp(`(${MANNER.split(' ').join('|')})$`, 'u');
/** The manner adverb a text ends with (全体政协委员[认真]), if any. */
export const mannerAtEnd = (text: string) => MANNER_LAST.exec(text)?.[0];

const LEADS = new Set([ACTIONS, MANNER].join(' ').split(' '));
const LEAD_LENGTHS = [...new Set([...LEADS].map(w => w.length))].sort((a, b) => b - a);
/** How many characters `text` opens with that are manner adverbs and action verbs (持续推进农村 → 4): a clause's lead. */
export function leadLength(text: string): number {
	let at = 0;
	for (;;) {
		const word = LEAD_LENGTHS.map(length => text.slice(at, at + length)).find(w => LEADS.has(w));
		if (!word) return at;
		at += word.length;
	}
}

const ACTION_FIRST = new RegExp(
	`^(${ACTIONS.split(' ')
		.sort((a, b) => b.length - a.length)
		.join('|')})`,
	'u',
);
/** The action verb `text` opens with (实施更加 → 实施), if any. */
export const actionAtStart = (text: string) => ACTION_FIRST.exec(text)?.[0];

/** For each character of `text`: whether it is distinctive content (meaningful and not in a frame word). */
function distinctive(text: string): boolean[] {
	const marks = Array.from(text, isContentChar);
	for (let at = 0; at < text.length;) {
		const word = LENGTHS.map(length => text.slice(at, at + length)).find(w => FRAME.has(w));
		if (!word) {
			at++;
			continue;
		}
		marks.fill(false, at, at + word.length);
		at += word.length;
	}
	return marks;
}

/** How many characters of a phrase are its distinctive content. */
export const distinctiveLength = (text: string) => distinctive(text).filter(Boolean).length;

/**
 * The share of a phrase's distinctive content that the other side keeps (`kept[k]`: character k is
 * in the redline's kept wording); 1 for a phrase that is all frame.
 */
export function distinctiveKept(text: string, kept: boolean[]): number {
	let total = 0;
	let survived = 0;
	distinctive(text).forEach((mark, k) => {
		if (!mark) return;
		total++;
		if (kept[k]) survived++;
	});
	return total === 0 ? 1 : survived / total;
}
