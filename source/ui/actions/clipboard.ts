// Copying: through the terminal itself (OSC 52), which reaches the clipboard of the machine the
// terminal runs on, over SSH too, when the terminal allows it; and through the clipboard program
// this machine has (tmux's buffer inside tmux, wl-copy, xclip or xsel, pbcopy), which says whether
// it worked. tmux's default (`set-clipboard external`) drops OSC 52 from programs: there only the
// program gets the text to the clipboard. The status says what was actually done.
import {Buffer} from 'node:buffer';
import {spawnSync} from 'node:child_process';
import {clipboardText} from '../../text/sanitize.ts';

/**
 * The sequence that puts `text` on the clipboard, its controls as placeholders (clipboardText):
 * what is pasted later cannot end a bracketed paste or press Enter. Inside tmux it is sent twice: as is, for tmux to
 * take when `set-clipboard` is on, and wrapped for passthrough to the outer terminal, for when
 * `allow-passthrough` is on instead — setting the clipboard twice to the same text is harmless.
 */
export function osc52(text: string, options: {tmux?: boolean} = {}): string {
	const sequence = `\x1b]52;c;${Buffer.from(clipboardText(text), 'utf8').toString('base64')}\x07`;
	if (!options.tmux) return sequence;
	return `${sequence}\x1bPtmux;${sequence.replace(/\x1b/g, '\x1b\x1b')}\x1b\\`;
}

export interface ClipboardTool {
	/** As the status names it. */
	name: string;
	command: string;
	args: string[];
}

/** The clipboard programs worth trying here, best first: only those the environment points to. */
export function clipboardTools(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): ClipboardTool[] {
	const tools: ClipboardTool[] = [];
	// load-buffer -w also hands the text to the outer terminal's clipboard (tmux 3.2 and later).
	if (env.TMUX) tools.push({name: 'tmux', command: 'tmux', args: ['load-buffer', '-w', '-']}, {name: 'tmux', command: 'tmux', args: ['load-buffer', '-']});
	if (env.WAYLAND_DISPLAY) tools.push({name: 'wl-copy', command: 'wl-copy', args: []});
	if (env.DISPLAY) tools.push({name: 'xclip', command: 'xclip', args: ['-selection', 'clipboard']}, {name: 'xsel', command: 'xsel', args: ['--clipboard', '--input']});
	if (platform === 'darwin') tools.push({name: 'pbcopy', command: 'pbcopy', args: []});
	return tools;
}

export type ToolResult = {copied: true; tool: string} | {copied: false; tool: string | null; reason: string | null};

/**
 * Copy with the first program that works, the text as OSC 52 sends it. Its output is not read (xclip and wl-copy stay behind to
 * serve the selection, holding their output open); a program that hangs is given up on.
 */
export function copyWithTool(text: string, tools: ClipboardTool[], env: NodeJS.ProcessEnv = process.env): ToolResult {
	// What OSC 52 sends: controls as placeholders, so a paste cannot end a bracketed paste or press Enter.
	const input = clipboardText(text);
	let failed: {tool: string; reason: string} | null = null;
	for (const tool of tools) {
		const run = spawnSync(tool.command, tool.args, {input, stdio: ['pipe', 'ignore', 'ignore'], env, timeout: 3000});
		const code = (run.error as NodeJS.ErrnoException | undefined)?.code;
		if (code === 'ENOENT') continue;
		if (!run.error && run.status === 0) return {copied: true, tool: tool.name};
		failed ??= {tool: tool.name, reason: code === 'ETIMEDOUT' ? 'it did not finish' : run.signal ? `killed by ${run.signal}` : `exit ${run.status}`};
	}
	return failed ? {copied: false, ...failed} : {copied: false, tool: null, reason: null};
}

/** What the status says after a copy of `what` (“292 characters of §3”), by what was done. */
export function copyMessage(what: string, result: ToolResult | 'noShell'): string {
	if (result === 'noShell') return `Sent ${what} to the terminal (OSC 52); --no-shell starts no clipboard program to make sure.`;
	if (result.copied) return result.tool === 'tmux' ? `Copied ${what} into tmux's buffer and clipboard.` : `Copied ${what} to the clipboard (${result.tool}).`;
	if (result.tool) return `Sent ${what} to the terminal (OSC 52) only: ${result.tool} failed (${result.reason}).`;
	return `Sent ${what} to the terminal (OSC 52); no clipboard program found, so it is copied only if the terminal allows it.`;
}
