// A report's frame: which paragraphs are metadata (channel, title, dateline, source, caption,
// bylines), which are the body, and which are site chrome for the footer.
import type {Paragraph} from './paragraphs.ts';
import {TIME_LINE_DATE} from './lexicon/datelines.ts';

export type Role = 'channel' | 'title' | 'deck' | 'time' | 'source' | 'caption' | 'byline' | 'chrome' | 'body';

const TIME_LINE = new RegExp(String.raw`${TIME_LINE_DATE}(?:\s+(\d{1,2}:\d{2})(?::\d{2})?)?$`);
const SOURCE_LINE = /^[（(]?\s*(?:来源|稿源|信息来源)\s*[:：]\s*([^）)]*)[）)]?$/;
const BYLINE = /(?:^|\s)(作者|记者|通讯员|编辑|责任编辑|责编|审核|校对|摄影|摄)\s*[:：]/;
const CAPTION = /(?:记者|摄影|通讯员|新华社|图)?\s*\S{1,4}(?:\s\S{1,3})?\s*摄[)）]?$/;
const CHROME =
	/客户端|微信|微博|爆料|热线|信箱|投稿|纠错|相关稿件|相关新闻|查看原文|分享到|打印本页|关闭窗口|返回顶部|上一篇|下一篇|扫一扫|二维码|版权所有|ICP|@[\w.-]+\.\w+|^\[.*\]\(https?:|^https?:\/\/|^[\d\s-]{7,}$|^【[^】]{1,6}】$/;
const CHANNEL = /^(?:新闻中心|首页|要闻|时政|新闻|本地新闻|国内新闻|学习专栏|当前位置.*)$/;

/** Sentence-final punctuation marks a body paragraph; headlines and chrome lack it. */
const SENTENCE = /[。！？]/;

/** A Markdown heading is a headline however long: broadcast digests run five headlines into one. */
const MARKED_HEADING = /^#{1,6}\s/;

function isHeadlineLike(text: string): boolean {
	if (MARKED_HEADING.test(text)) return true;
	return text.length <= 80 && !SENTENCE.test(text.slice(0, -1)) && !/[。]$/.test(text);
}

export function roleOf(text: string): Role | null {
	if (TIME_LINE.test(text)) return 'time';
	if (SOURCE_LINE.test(text)) return 'source';
	if (BYLINE.test(text) && text.length < 80 && !SENTENCE.test(text)) return 'byline';
	if (CHANNEL.test(text)) return 'channel';
	if (CHROME.test(text) && text.length < 60) return 'chrome';
	return null;
}

export function isCaption(text: string): boolean {
	return text.length < 200 && CAPTION.test(text);
}

/** Classify every paragraph. Head metadata comes before the first body paragraph, chrome after the last. */
export function classify(paragraphs: Paragraph[]): Role[] {
	const roles: Role[] = paragraphs.map(p => roleOf(p.text) ?? (isCaption(p.text) ? 'caption' : 'body'));
	const firstBody = roles.findIndex((r, i) => r === 'body' && !isHeadlineLike(paragraphs[i].text));
	const head = firstBody < 0 ? paragraphs.length : firstBody;
	let titled = false;
	for (let i = 0; i < head; i++) {
		if (roles[i] !== 'body') continue;
		const text = paragraphs[i].text;
		if (MARKED_HEADING.test(text) || (!titled && isHeadlineLike(text))) {
			roles[i] = titled ? 'deck' : 'title';
			titled = true;
		} else if (isHeadlineLike(text)) roles[i] = 'deck';
	}
	// After the last body paragraph, short lines without sentences are site chrome.
	let lastBody = -1;
	roles.forEach((r, i) => {
		if (r === 'body' && !isHeadlineLike(paragraphs[i].text)) lastBody = i;
	});
	for (let i = lastBody + 1; i < paragraphs.length; i++) {
		if (roles[i] === 'body' && isHeadlineLike(paragraphs[i].text)) roles[i] = 'chrome';
	}
	// A text without one sentence (a few words, a list of lines) is all body: there is nothing to
	// browse otherwise.
	if (!roles.includes('body')) return roles.map(r => (r === 'title' || r === 'deck' || r === 'chrome' ? 'body' : r));
	return roles;
}
