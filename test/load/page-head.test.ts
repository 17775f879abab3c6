// A folder listing reads saved pages and marked-up fragments without a DOM (load/page-head.ts,
// load/markup-text.ts): what it lists for each must be what the browser's reading gives.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {headOf, readHead} from '../../source/app/head.ts';
import {decode} from '../../source/load/decode.ts';
import {fragmentToText} from '../../source/load/html.ts';
import {isHtmlPage, textFromBytes} from '../../source/load/load.ts';
import {fragmentText} from '../../source/load/markup-text.ts';
import {pageHead} from '../../source/load/page-head.ts';
import {readRecord} from '../../source/load/records.ts';
import {looksLikeReport, parseOutline} from '../../source/parse/outline.ts';
import {loadConverter, looksTraditional} from '../../source/text/han-fold.ts';
import {CORPUS_RAW, FIXTURES} from '../helpers/corpus.ts';
import {DEV_RAW, devFile} from '../helpers/dev-corpus.ts';

const files = [DEV_RAW, CORPUS_RAW, join(FIXTURES, 'hostile')].flatMap(dir => readdirSync(dir).map(name => join(dir, name))).sort();

/** What a listing showed before it read pages without a DOM: the head read as the browser reads it. */
async function asTheBrowserReads(path: string) {
	const {bytes} = readHead(path);
	const loaded = await textFromBytes(bytes, path);
	const convert = looksTraditional(loaded.text) ? await loadConverter() : undefined;
	const report = parseOutline(loaded.text, {pageTitle: loaded.pageTitle, pageDate: loaded.pageDate, name: path, ...(convert ? {convert} : {})});
	if (!looksLikeReport(report)) return null;
	return {title: report.meta.title || report.meta.meeting || path, date: report.meta.date, meeting: report.meta.meeting, sections: report.sections.length};
}

test('every committed page and marked-up record is listed with the title, date and meeting the browser reads', async () => {
	let pages = 0;
	for (const path of files) {
		const text = (await decode(readHead(path).bytes)).text;
		if (!/<[a-zA-Z]/u.test(text)) continue;
		if (isHtmlPage(text)) pages++;
		const entry = (await headOf(path)).entry;
		assert.deepEqual(entry && {title: entry.title, date: entry.date, meeting: entry.meeting, sections: entry.sections}, await asTheBrowserReads(path), path);
	}
	// The saved pages of both corpora (21, 79, 89–91, 225, 226, 273; the fixtures' 02, 04, 05) and the hostile one.
	assert.ok(pages >= 12, `${pages} pages`);
});

test('a page is read without the site around its story: the story of 04 starts at its own headline', () => {
	const page = pageHead(readFileSync(join(CORPUS_RAW, '04-zj-cppcc-npc-2022.html'), 'utf8'));
	// 04-zj-cppcc-npc-2022.html: the school site's <title> names its column, the story its meeting.
	assert.equal(page.title, '每周一学（2022年2月21日——2月27日）--学习专栏-绍兴市第一中学');
	assert.equal(page.text.split('\n')[1], '省政协十二届五次会议胜利闭幕');
	assert.doesNotMatch(page.text, /当前位置|学校公告/u);
	assert.equal(page.date, '2022-02-21');
});

test('a fragment read without a DOM is the text the DOM gives, or left to the DOM', () => {
	const same = [
		'<p>one</p>two</div>three', // a stray end tag closes nothing
		'<p>one<form>two</form>three</p>four', // a form closes the open paragraph
		'<ul><li>a<li>b</ul><table><tr><td>c<td>d<tr><td>e</table>',
		'<div>a<svg><p/>b</svg>c</div>', // <p/> closes itself only inside svg
		'<p>x &amp; y &lt;z&gt; &#65;&#x42; &nbsp;w</p></br>v</p>u',
		'<div a="1>2">quoted</div><!-- comment --><script>var s = "<p>";</script>after',
		'<![CDATA[<p>data</p>]]>tail',
	];
	for (const html of same) assert.equal(fragmentText(html), fragmentToText(html), html);
	assert.equal(fragmentText('<p>a &permil; b</p>'), null, 'an entity not known here');
	assert.equal(fragmentText('<p>R&D</p>'), null, 'an ampersand the DOM may read as a legacy entity');
	assert.equal(fragmentText('<textarea><p>raw</p></textarea>'), null, 'text the DOM does not read as markup');
});

test('every marked-up file of the corpora reads as the DOM reads it, where it is read without one', async () => {
	let read = 0;
	for (const path of files) {
		const text = (await decode(readFileSync(path))).text;
		// A record (an XML sample inside a template, 1041) is read by its fields, not as a fragment.
		if (!/<[a-zA-Z]/u.test(text) || readRecord(text)) continue;
		const quick = fragmentText(text);
		if (quick === null) continue;
		read++;
		assert.equal(quick, fragmentToText(text), path);
	}
	assert.ok(read >= 20, `${read} files`);
});

test("a listing reads a CMS's ArticleTitle meta tag as the reader does", () => {
	// 514: <meta name="ArticleTitle" content="潘志军主持召开互联网医疗座谈会"/>, <title>…-广州市白云区人民政府门户网站</title>
	const html = readFileSync(devFile('514'), 'utf8');
	assert.equal(pageHead(html).title, '潘志军主持召开互联网医疗座谈会');
});
