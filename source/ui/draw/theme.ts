// How each kind of text looks: on a dark terminal, on a light one, and without colour. Under
// NO_COLOR the focus and the hits stay visible through inverse, bold and underline, which are not
// colours. Only the 16 named colours are used, which every terminal draws in its own scheme; the
// light palette leaves out yellow and cyan text, which a white background washes out.
import type {TextProps} from 'ink';

export type StyleName =
	'plain' | 'dim' | 'lead' | 'count' | 'part' | 'group' | 'title' | 'note' | 'hit' | 'currentHit' | 'selected' | 'selectedIdle' | 'tab' | 'tabActive' | 'status' | 'statusStrong' | 'heading' | 'rule';

type Props = Pick<TextProps, 'color' | 'backgroundColor' | 'bold' | 'dimColor' | 'inverse' | 'underline' | 'italic'>;

export type Palette = 'dark' | 'light';

const DARK: Record<StyleName, Props> = {
	plain: {},
	dim: {dimColor: true},
	lead: {color: 'cyan'},
	count: {color: 'yellow'},
	part: {color: 'green'},
	group: {bold: true, color: 'magenta'},
	title: {bold: true, color: 'cyan'},
	note: {dimColor: true, italic: true},
	hit: {backgroundColor: 'yellow', color: 'black'},
	currentHit: {backgroundColor: 'magenta', color: 'white', bold: true},
	selected: {backgroundColor: 'blue', color: 'white', bold: true},
	selectedIdle: {bold: true, underline: true},
	tab: {dimColor: true},
	tabActive: {inverse: true, bold: true},
	status: {inverse: true},
	statusStrong: {inverse: true, bold: true},
	heading: {bold: true},
	rule: {dimColor: true},
};

const LIGHT: Record<StyleName, Props> = {
	...DARK,
	lead: {color: 'blue'},
	count: {color: 'red'},
	part: {color: 'green'},
	group: {bold: true, color: 'magenta'},
	title: {bold: true, color: 'blue'},
	// Black on yellow reads on white; the current hit and the selection keep white on a deep colour.
	hit: {backgroundColor: 'yellow', color: 'black'},
	currentHit: {backgroundColor: 'magenta', color: 'white', bold: true},
	selected: {backgroundColor: 'blue', color: 'white', bold: true},
};

const MONO: Record<StyleName, Props> = {
	...Object.fromEntries(Object.entries(DARK).map(([k, v]) => [k, {bold: v.bold, dimColor: v.dimColor, inverse: v.inverse, underline: v.underline}])),
	hit: {underline: true},
	currentHit: {inverse: true, bold: true},
	selected: {inverse: true, bold: true},
} as Record<StyleName, Props>;

let palette = DARK;

/** The palette for the terminal's background (the theme setting, or OSC 11): set before drawing. */
export function setPalette(name: Palette): void {
	palette = name === 'light' ? LIGHT : DARK;
}

export function styleProps(style: StyleName, colour: boolean): Props {
	return (colour ? palette : MONO)[style];
}
