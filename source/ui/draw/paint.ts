// Pane lines as terminal text: each segment styled the way Ink's <Text> styles its props, the
// line fitted to its width. Ink draws these strings as they are, and the first screen is written
// with them before Ink has loaded, so the two are the same bytes.
import defaultChalk, {Chalk} from 'chalk';
import {fitSegments} from '../view/segments.ts';
import type {PaneLine} from './screen-lines.ts';
import {styleProps, type StyleName} from './theme.ts';
import {screenText} from '../../text/sanitize.ts';

// On a terminal bold, inverse and underline always apply, whatever FORCE_COLOR says, so the
// highlights stay when colour is off (the palette without colour uses only them); whether colour
// is used is the theme's to say (colourEnabled). Off a terminal (tests), nothing is styled.
const chalk = new Chalk({level: Math.max(defaultChalk.level, process.stdout.isTTY ? 1 : 0) as 0 | 1 | 2 | 3});

/** What Ink's <Text> does with these props, in its order. */
export function styled(text: string, style: StyleName, colour: boolean): string {
	const props = styleProps(style, colour);
	let out = text;
	if (props.dimColor) out = chalk.dim(out);
	if (props.color) out = chalk[props.color as 'cyan'](out);
	if (props.backgroundColor) out = chalk[`bg${props.backgroundColor[0].toUpperCase()}${props.backgroundColor.slice(1)}` as 'bgCyan'](out);
	if (props.bold) out = chalk.bold(out);
	if (props.italic) out = chalk.italic(out);
	if (props.underline) out = chalk.underline(out);
	if (props.inverse) out = chalk.inverse(out);
	return out;
}

/**
 * A pane line as terminal text. Every row the browser draws comes through here (Line, ScreenRow,
 * Column and the first screen): each segment passes screenText, the one sanitizing boundary, so
 * no label, prompt, status message or title can carry a report's escape sequences to the terminal.
 */
export function paintLine(line: PaneLine, colour: boolean): string {
	const segments = line.segments.map(s => {
		const text = screenText(s.text);
		return text === s.text ? s : {...s, text};
	});
	return fitSegments(segments, line.width, line.fill ?? 'plain')
		.map(s => styled(s.text, s.style, colour))
		.join('');
}

/** Screen rows as terminal text: the pane lines of each row side by side. */
export function paintRows(rows: PaneLine[][], colour: boolean): string[] {
	return rows.map(lines => lines.map(line => paintLine(line, colour)).join(''));
}
