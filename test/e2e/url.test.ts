// Opening a web page, against a server on 127.0.0.1 that this test starts: the browser and every
// command read the page the server gives, in the charset its header declares (GBK here, with no
// <meta> to say so), after redirects; the address goes into the metadata and the citation; an
// HTTP error, a loop of redirects, a page too large, no answer in time or no server are each one
// line and exit 3.
import {test, after, before} from 'node:test';
import assert from 'node:assert/strict';
import {createServer, type Server} from 'node:http';
import {execFile} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import iconv from 'iconv-lite';
import {start, ROOT, CLI, type Session} from './harness.ts';
import {statusRow} from './panes.ts';

const sessions: Session[] = [];
const text = readFileSync(join(ROOT, 'data', 'shaoxing-2020-12-plenum.txt'), 'utf8');
const [title, ...paragraphs] = text.split('\n').filter(line => line.trim() !== '');
const html = `<!doctype html><html><head><title>${title.replace(/^#+\s*/, '')}</title></head><body><article>${paragraphs.map(p => `<p>${p}</p>`).join('\n')}</article></body></html>`;
const gbk = iconv.encode(html, 'gbk');

let server: Server;
let base = '';
const hanging: import('node:http').ServerResponse[] = [];

before(async () => {
	server = createServer((request, response) => {
		const path = request.url ?? '/';
		if (path === '/report.gbk') {
			response.writeHead(200, {'content-type': 'text/html; charset=GBK', 'content-length': gbk.length});
			response.end(gbk);
		} else if (path === '/report.utf8') {
			response.writeHead(200, {'content-type': 'text/html; charset=utf-8'});
			response.end(html);
		} else if (path === '/moved') {
			response.writeHead(302, {location: '/moved-again'});
			response.end();
		} else if (path === '/moved-again') {
			response.writeHead(301, {location: `${base}/report.gbk`});
			response.end();
		} else if (path.startsWith('/loop')) {
			response.writeHead(302, {location: `/loop${path.length}`});
			response.end();
		} else if (path === '/slow') {
			hanging.push(response);
		} else if (path === '/huge') {
			// No length declared: plenum stops reading past its cap.
			response.writeHead(200, {'content-type': 'text/plain'});
			const chunk = Buffer.alloc(1 << 20, 'a');
			let sent = 0;
			const more = () => {
				while (sent < 21 && response.write(chunk)) sent++;
				if (sent >= 21) response.end();
				else response.once('drain', more);
			};
			response.on('error', () => {});
			more();
		} else if (path === '/huge-declared') {
			response.writeHead(200, {'content-type': 'text/plain', 'content-length': String(30 * 2 ** 20)});
			response.write('a');
		} else {
			response.writeHead(404, {'content-type': 'text/plain'});
			response.end('not here');
		}
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

after(async () => {
	sessions.forEach(s => s.dispose());
	hanging.forEach(r => r.destroy());
	server.closeAllConnections();
	await new Promise(resolve => server.close(resolve));
});

/** The command, run as a child without blocking this process, which serves the pages. */
function plenum(...args: string[]): Promise<{status: number; stdout: string; stderr: string}> {
	return new Promise(resolve => {
		execFile(process.execPath, [CLI, ...args], {encoding: 'utf8', maxBuffer: 16 << 20}, (error, stdout, stderr) => {
			resolve({status: error ? ((error as {code?: number}).code ?? 1) : 0, stdout, stderr});
		});
	});
}

test('the browser opens a GBK page after two redirects; Y cites the address it was found at', async () => {
	const s = start({cols: 120, rows: 30, args: [`${base}/moved`]});
	sessions.push(s);
	await s.waitForBrowser(10000);
	assert.match(s.screen()[0], /市委召开八届九次全体\(扩大\)会议/);
	assert.match(s.screen()[2], /1 Sections 12 /);
	await s.press({text: 'Y'});
	await s.waitFor(() => s.clipboard.length > 0 && /Sent|Copied/.test(statusRow(s)));
	const copied = Buffer.from(s.clipboard[0].split(';').at(-1) ?? '', 'base64').toString('utf8');
	assert.match(copied, new RegExp(`— 《市委召开八届九次全体\\(扩大\\)会议》, 2020-12-12, 绍兴网-绍兴日报, §1, ${base}/report\\.gbk\\n$`));
	await s.press({text: 'q'});
	await s.exited;
});

test('every command reads a URL: meta --json keeps the address, the sections match the page in UTF-8', async () => {
	const meta = await plenum('meta', '--json', `${base}/moved`);
	assert.equal(meta.status, 0, meta.stderr);
	assert.equal(JSON.parse(meta.stdout).url, `${base}/report.gbk`);
	const fromGbk = await plenum('sections', '--json', `${base}/report.gbk`);
	const fromUtf8 = await plenum('sections', '--json', `${base}/report.utf8`);
	assert.equal(fromGbk.status, 0, fromGbk.stderr);
	assert.deepEqual(JSON.parse(fromGbk.stdout), JSON.parse(fromUtf8.stdout));
	assert.equal(JSON.parse(fromGbk.stdout).length, 12);
	assert.match((await plenum('search', 'bbzl', `${base}/report.gbk`)).stdout, /八八战略/);
});

test('an HTTP error, a redirect loop, a page too large, no answer in time or no server: one line, exit 3', async () => {
	// A port nothing listens on: one just let go of.
	const closed = createServer();
	await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve));
	const port = (closed.address() as {port: number}).port;
	await new Promise(resolve => closed.close(resolve));
	const cases: [string[], RegExp][] = [
		[[`${base}/missing`], /^plenum: http:\/\/127\.0\.0\.1:\d+\/missing: HTTP 404 Not Found\n$/],
		[[`${base}/loop`], /: more than 5 redirects\n$/],
		[[`${base}/huge`], /\/huge: the page is more than the 20 MB plenum reads \(--max-size 40M reads more\)\n$/],
		[[`${base}/huge-declared`], /\/huge-declared: the page is 30 MB, more than the 20 MB plenum reads \(--max-size 40M reads more\)\n$/],
		[['--timeout', '1', `${base}/slow`], /\/slow: no answer within 1 s\n$/],
		[[`http://127.0.0.1:${port}/report`], /: cannot fetch: connection refused\n$/],
	];
	for (const [args, message] of cases) {
		const run = await plenum('meta', ...args);
		assert.equal(run.status, 3, `${args.join(' ')}: ${run.stderr}`);
		assert.match(run.stderr, message, args.join(' '));
		assert.equal(run.stdout, '');
	}
});

test('--max-size holds a page as it holds a file: a declared length or the bytes read past it', async () => {
	const declared = await plenum('meta', '--max-size', '1K', `${base}/report.gbk`);
	assert.equal(declared.status, 3, declared.stderr);
	assert.match(declared.stderr, /\/report\.gbk: the page is [\d.]+ KB, more than the 1 KB plenum reads \(--max-size 1M reads more\)\n$/);
	const streamed = await plenum('meta', '--max-size', '1K', `${base}/report.utf8`);
	assert.equal(streamed.status, 3, streamed.stderr);
	assert.match(streamed.stderr, /\/report\.utf8: the page is more than the 1 KB plenum reads \(--max-size 1M reads more\)\n$/);
	const enough = await plenum('meta', '--json', '--max-size', '1M', `${base}/report.gbk`);
	assert.equal(enough.status, 0, enough.stderr);
});

test('an address with controls in it is shown with placeholders in the error, never sent to the terminal', async () => {
	const run = await plenum('meta', `${base}/missing\x1b]0;owned\x07`);
	assert.equal(run.status, 3);
	assert.doesNotMatch(run.stderr, /[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
	assert.match(run.stderr, /^plenum: http:\/\/127\.0\.0\.1:\d+\/missing␛\]0;owned␇: HTTP 404 Not Found\n$/);
});

test('in a terminal, a page that cannot be fetched is one line, with the terminal as it was', async () => {
	const s = start({cols: 120, rows: 10, args: [`${base}/missing`], reportAfterExit: true});
	sessions.push(s);
	const {exitCode, stty} = await s.afterExit(10000);
	assert.equal(exitCode, 3);
	assert.match(s.text(), /^plenum: .*\/missing: HTTP 404 Not Found$/m);
	assert.equal(s.altScreen, false);
	assert.match(stty, /(^|\s)icanon(\s|$)/);
});
