// Shared by the pipe and hand-over end-to-end tests: the bundled report's model, a scratch
// folder, and a session in a UTF-8 locale (wc -m counts characters only there).
import {after} from 'node:test';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {start, ROOT, type Session, type StartOptions} from './harness.ts';
import {parseReport} from '../../source/parse/index.ts';
import {focusedText} from '../../source/ui/view/focused-text.ts';
import {tempDir} from '../helpers/temp.ts';

export const report = parseReport(readFileSync(join(ROOT, 'data', 'shaoxing-2020-12-plenum.txt'), 'utf8'));
export const section3 = focusedText(report, {kind: 'section', id: 3});
export const dir = tempDir('pipe-e2e');
export const sessions: Session[] = [];
after(() => sessions.forEach(s => s.dispose()));

export async function open(options: StartOptions = {}): Promise<Session> {
	const s = start({cols: 100, rows: 30, ...options, env: {LC_ALL: 'C.UTF-8', ...options.env}});
	sessions.push(s);
	await s.waitForBrowser();
	await s.idle(60);
	return s;
}
