// `e` and `v`: the focused text in a temporary file, opened in $VISUAL/$EDITOR or $PAGER while
// plenum hands the terminal over. The file is removed afterwards; edits are not read back.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {basename, join} from 'node:path';
import {constants} from 'node:os';
import type {HandOver} from './hand-over.ts';

/**
 * The signal a shell's exit status reports (128 + its number): the hand-over's shell outlives
 * Ctrl-C and Ctrl-\ to wait for its child, and reports the child's death by one that way.
 */
function signalOf(code: number | null): string | null {
	if (code === null || code <= 128) return null;
	return Object.entries(constants.signals).find(([, number]) => number === code - 128)?.[0] ?? null;
}

export function programFor(kind: 'editor' | 'pager', env: NodeJS.ProcessEnv = process.env): string {
	return kind === 'editor' ? env.VISUAL || env.EDITOR || 'vi' : env.PAGER || 'less';
}

/** Open the text and return the status message to show once plenum has the terminal back. */
export function openIn(kind: 'editor' | 'pager', text: string, stem: string, handOver: HandOver | undefined, env: NodeJS.ProcessEnv = process.env): string {
	if (!handOver) return 'No terminal to hand over here.';
	const program = programFor(kind, env);
	const name = basename(program.trim().split(/\s+/)[0] ?? program);
	const dir = mkdtempSync(join(tmpdir(), 'plenum-'));
	try {
		const file = join(dir, `${stem}.txt`);
		writeFileSync(file, text);
		const result = handOver.run(program, file);
		if (result.error) return `Could not start ${name}: ${result.error}.`;
		if (result.code === 127) return `Could not start ${name}: command not found (set ${kind === 'editor' ? 'VISUAL or EDITOR' : 'PAGER'}).`;
		const signal = result.signal ?? signalOf(result.code);
		if (signal) return `${name} was killed by ${signal}.`;
		const status = result.code === 0 ? '' : ` (exit ${result.code})`;
		return kind === 'editor' ? `Back from ${name}${status}; the report is unchanged.` : `Back from ${name}${status}.`;
	} finally {
		rmSync(dir, {recursive: true, force: true});
	}
}
