// Copying through the terminal itself (OSC 52): it reaches the clipboard of the machine the
// terminal runs on, over SSH too, with no clipboard program on this one.
import {Buffer} from 'node:buffer';
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
