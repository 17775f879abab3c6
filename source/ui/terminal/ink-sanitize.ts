// Ink's sanitizeAnsi, as the build gives it to Ink (scripts/bundle-rules.mjs). Ink strips every
// escape sequence but colours from each text node on every frame, tokenizing the whole text to do
// it; plenum's rows carry only colours (SGR), and text sanitized before it was painted. Text whose
// every escape is a colour is what Ink's own function returns for it, unchanged: only other text
// is handed to Ink's.
import original from 'plenum:ink-original-sanitize-ansi';

/** SGR as Ink keeps it: CSI, parameters of digits, colons and semicolons, m. */
const SGR = /\x1b\[[\d:;]*m/g;
/** What makes Ink tokenize: ESC, or a C1 control. */
const CONTROL = /[\x1b\x80-\x9f]/;

export default function sanitizeAnsi(text: string): string {
	return CONTROL.test(text.replace(SGR, '')) ? original(text) : text;
}
