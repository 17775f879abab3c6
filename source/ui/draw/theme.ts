// How each kind of text looks, with colour and without. Under NO_COLOR the focus and the hits
// stay visible through inverse, bold and underline, which are not colours.
import type {TextProps} from 'ink';

export type StyleName =
	'plain' | 'dim' | 'lead' | 'count' | 'part' | 'group' | 'title' | 'note' | 'hit' | 'currentHit' | 'selected' | 'selectedIdle' | 'tab' | 'tabActive' | 'status' | 'statusStrong' | 'heading' | 'rule';

type Props = Pick<TextProps, 'color' | 'backgroundColor' | 'bold' | 'dimColor' | 'inverse' | 'underline' | 'italic'>;

const COLOUR: Record<StyleName, Props> = {
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

const MONO: Record<StyleName, Props> = {
	...Object.fromEntries(Object.entries(COLOUR).map(([k, v]) => [k, {bold: v.bold, dimColor: v.dimColor, inverse: v.inverse, underline: v.underline}])),
	hit: {underline: true},
	currentHit: {inverse: true, bold: true},
	selected: {inverse: true, bold: true},
} as Record<StyleName, Props>;

export function styleProps(style: StyleName, colour: boolean): Props {
	return (colour ? COLOUR : MONO)[style];
}
