// Hostile markup: deep nesting never overflows the stack, and a page past the budget of elements
// or depth is read whole as text instead of running Readability for minutes — with a warning.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {ARTICLE_BUDGET, fragmentToText, pageToArticle, withoutInvisible} from '../../source/load/html.ts';
import {corpusFiles} from '../helpers/corpus.ts';
import {parseDev} from '../helpers/dev-corpus.ts';
import {runCli} from '../helpers/run-cli.ts';
import {tempDir} from '../helpers/temp.ts';

const page = (body: string) => `<!doctype html><html><head><title>某市委全体会议公报</title></head><body>${body}</body></html>`;
const PARAGRAPH = '全会指出，要做好工作。';

test('10,000 nested <div> are read without overflowing the stack', () => {
	const article = pageToArticle(page('<div>'.repeat(10_000) + `<p>${PARAGRAPH}</p>` + '</div>'.repeat(10_000)));
	assert.equal(article.text, PARAGRAPH);
	assert.equal(article.title, '某市委全体会议公报');
	assert.match(article.fallback ?? '', /nests more than 150 deep/);
	assert.equal(fragmentToText('<p>' + '<span>'.repeat(20_000) + PARAGRAPH + '</span>'.repeat(20_000) + '</p>'), PARAGRAPH);
});

test('a 559 KB page of unclosed <div><span> is read as text, not given to Readability', {timeout: 60_000}, () => {
	const body = `<div><span>${PARAGRAPH}`.repeat(12_800);
	assert.ok(Buffer.byteLength(body) > 559_000);
	const article = pageToArticle(page(body));
	assert.equal(article.text.split('\n').length, 12_800);
	assert.ok(article.fallback);
});

test('a flat page with more elements than the budget is read as text too', () => {
	const article = pageToArticle(page(`<p>${PARAGRAPH}</p>`.repeat(ARTICLE_BUDGET.elements)));
	assert.match(article.fallback ?? '', /more than 30,000 elements/);
	assert.equal(article.text.split('\n').length, ARTICLE_BUDGET.elements);
});

test('every corpus page is well within the budget: Readability still finds its article', () => {
	for (const path of corpusFiles().filter(p => p.endsWith('.html'))) assert.equal(pageToArticle(readFileSync(path, 'utf8')).fallback, null, path);
});

test('the command line says when a page was read as text', () => {
	const path = join(tempDir('html'), 'deep.html');
	writeFileSync(path, page('<div>'.repeat(10_000) + `<p>${PARAGRAPH}</p>`));
	const run = runCli(['sections', path]);
	assert.equal(run.status, 0);
	assert.equal(run.stderr, `plenum: warning: ${path} is read whole as text, without looking for the article: its markup nests more than 150 deep\n`);
	assert.match(run.stdout, /^§1 {3}全会指出/);
});

/** What withoutInvisible does, as the pattern it replaces said it (quadratic on unclosed openings). */
const INVISIBLE = /<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

test('scripts, styles and comments are taken out as the pattern said it, for every corpus page and random markup', () => {
	for (const path of corpusFiles().filter(p => p.endsWith('.html'))) {
		const html = readFileSync(path, 'utf8');
		assert.equal(withoutInvisible(html), html.replace(INVISIBLE, ''), path);
	}
	const pieces = ['<!--', '-->', '--', '<script>', '<SCRIPT type=x>', '</script>', '</Script >', '<style>', '</style\n>', '<scripts>', '</scripts>', '<script', '>', '<', 'a', '全会', '\n', '<p>', '</p>'];
	let seed = 7;
	const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
	for (let round = 0; round < 3000; round++) {
		let html = '';
		for (let i = Math.floor(next() * 24); i > 0; i--) html += pieces[Math.floor(next() * pieces.length)];
		assert.equal(withoutInvisible(html), html.replace(INVISIBLE, ''), JSON.stringify(html));
	}
});

test('openings never closed cost time in proportion to the page, not its square', {timeout: 60_000}, () => {
	for (const unit of ['<script>x', '<!--x', '<style a=b', '<script><!--']) {
		// 1 MB of each: the pattern this replaced took 14 s for 400 KB of <style a=b, and four times
		// that for twice the page; here each is read in well under the test's timeout.
		const article = pageToArticle(page(unit.repeat(100_000)));
		assert.equal(article.title, '某市委全体会议公报', unit);
	}
});

test('a template that shows only its form fields is read from the story its comment keeps (327); a page that shows its story keeps it', async () => {
	const report = await parseDev('327');
	assert.match(report.sections[0]?.text ?? '', /^1月20日，省十二届人大常委会第三十三次会议在郑州召开/u);
	assert.equal(report.people.find(p => p.name === '谢伏瞻')?.part, 'presided');
	// A story on show wins over anything commented out beside it.
	const story = '某市委召开全体会议。'.repeat(20);
	const commented = `<!-- ${'另一段被注释掉的旧稿件，不是这个页面要展示的内容。'.repeat(20)} -->`;
	assert.match(pageToArticle(page(`<p>${story}</p>${commented}`)).text, /^某市委召开全体会议/u);
});
