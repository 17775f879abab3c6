// Every key plenum answers to, as data: the browser's router, the report picker and the Compare
// view look commands up here and the `?` help is drawn from the same rows, so the help cannot drift from the keys
// (a test also holds the README's key table to them). Each letter command has a non-letter twin,
// because a Chinese input method in pinyin mode swallows letters, and each punctuation key its
// full-width forms, which such a method sends instead (／ or 、 for /, ？, ｛ ｝ or 「 」, ｜).
import type {Key} from 'ink';
import type {KeyName as SettingsKey} from '../../app/settings.ts';

/**
 * Which handler owns the keyboard. 'search' (/, n, N) and 'prompt' (|, y, e, v, s) join here:
 * each gets its own handler in the input router and its own case in the reducer.
 */
export type Mode = 'normal' | 'help' | 'search' | 'results' | 'prompt' | 'output';

/**
 * The browser's modes, and the report picker's list (ui/picker) and the Compare view
 * (ui/compare-view), which have keys of their own.
 */
export type KeymapMode = Mode | 'picker' | 'compare';

/** The commands of the pipe slice (state/pipe.ts carries them out). */
export type PipeCommand = 'pipe' | 'copy' | 'copyCited' | 'edit' | 'page' | 'save' | 'wholeReport';

export type Command =
	| 'down'
	| 'up'
	| 'pageDown'
	| 'pageUp'
	| 'halfDown'
	| 'halfUp'
	| 'top'
	| 'bottom'
	| 'nextTab'
	| 'prevTab'
	| 'tab1'
	| 'tab2'
	| 'tab3'
	| 'tab4'
	| 'focusList'
	| 'focusReader'
	| 'open'
	| 'back'
	| 'prevSection'
	| 'nextSection'
	| 'goTo'
	| 'help'
	| 'quit'
	| 'interrupt'
	| 'suspend'
	| 'redraw'
	| 'search'
	| 'nextMatch'
	| 'prevMatch'
	| 'results'
	| 'timeline'
	| CompareCommand
	| PipeCommand;

/** Comparing two reports: the browser's and the picker's c, the picker's mark, the Compare view's sides. */
export type CompareCommand = 'compare' | 'mark' | 'oldSide' | 'newSide';

type KeyName = 'upArrow' | 'downArrow' | 'leftArrow' | 'rightArrow' | 'pageUp' | 'pageDown' | 'home' | 'end' | 'return' | 'escape' | 'tab';

export interface KeySpec {
	/** Shown in the help. */
	label: string;
	input?: string;
	key?: KeyName;
	ctrl?: boolean;
	shift?: boolean;
	/** A function key: terminal/decode.ts reads them (Ink does not) and sets Key.fn. */
	fn?: FunctionKey;
}

export type FunctionKey = 'f1' | 'f2' | 'f3' | 'f4' | 'f5' | 'f6' | 'f7' | 'f8' | 'f9' | 'f10' | 'f11' | 'f12';

/** Ink's Key, plus the function key terminal/decode.ts recognised. */
export type FnKey = Key & {fn?: FunctionKey};

export type HelpGroup = 'Move' | 'Read' | 'Tabs and panes' | 'Search' | 'Pipe and copy' | 'General' | 'Compare';

export interface Binding {
	command: Command;
	keys: KeySpec[];
	help: string;
	group: HelpGroup;
	modes: readonly KeymapMode[];
}

const ch = (input: string, label = input): KeySpec => ({input, label});
const named = (key: KeyName, label: string, shift = false): KeySpec => ({key, label, shift});
const ctrl = (input: string): KeySpec => ({input, ctrl: true, label: `Ctrl-${input.toUpperCase()}`});

const BOTH = ['normal', 'help'] as const;
/** The browser's list and help, and the picker's list. */
const LISTS = ['normal', 'help', 'picker'] as const;
/** The Compare view (its list of differences and its help): ui/compare-view. */
const COMPARE = ['compare'] as const;
const PICKER = ['picker'] as const;
const NORMAL = ['normal'] as const;
const PROMPT = ['search'] as const;
const fn = (key: FunctionKey, shift = false): KeySpec => ({fn: key, shift, label: `${shift ? 'Shift-' : ''}${key.toUpperCase()}`});

export const KEYMAP: readonly Binding[] = [
	{command: 'interrupt', keys: [ctrl('c')], help: 'quit; first stops a running command or closes a prompt', group: 'General', modes: [...LISTS, ...COMPARE]},
	{command: 'down', keys: [ch('j'), named('downArrow', '↓')], help: 'next item; in the reader, scroll a line', group: 'Move', modes: LISTS},
	{command: 'up', keys: [ch('k'), named('upArrow', '↑')], help: 'previous item; in the reader, scroll back a line', group: 'Move', modes: LISTS},
	{command: 'top', keys: [ch('g'), named('home', 'Home')], help: 'first item, or top of the text', group: 'Move', modes: LISTS},
	{command: 'bottom', keys: [ch('G'), named('end', 'End')], help: 'last item, or end of the text', group: 'Move', modes: LISTS},
	{command: 'pageDown', keys: [ch(' ', 'Space'), named('pageDown', 'PgDn')], help: 'reader: page down', group: 'Read', modes: BOTH},
	{command: 'pageUp', keys: [ch('b'), named('pageUp', 'PgUp')], help: 'reader: page up', group: 'Read', modes: BOTH},
	{command: 'halfDown', keys: [ch('d'), named('downArrow', 'Shift-↓', true), ctrl('d')], help: 'reader: half a page down', group: 'Read', modes: BOTH},
	{command: 'halfUp', keys: [ch('u'), named('upArrow', 'Shift-↑', true), ctrl('u')], help: 'reader: half a page up', group: 'Read', modes: BOTH},
	{command: 'prevSection', keys: [ch('{'), ch('｛'), ch('「')], help: 'reader: previous section', group: 'Read', modes: NORMAL},
	{command: 'nextSection', keys: [ch('}'), ch('｝'), ch('」')], help: 'reader: next section', group: 'Read', modes: NORMAL},
	{command: 'goTo', keys: [ch(':'), ch('：')], help: 'go to a section: :12 Enter reads §12', group: 'Read', modes: NORMAL},
	{command: 'open', keys: [named('return', 'Enter')], help: 'read the item; again: its next occurrence', group: 'Read', modes: NORMAL},
	{command: 'nextTab', keys: [named('tab', 'Tab')], help: 'next tab', group: 'Tabs and panes', modes: NORMAL},
	{command: 'prevTab', keys: [named('tab', 'Shift-Tab', true)], help: 'previous tab', group: 'Tabs and panes', modes: NORMAL},
	{command: 'tab1', keys: [ch('1')], help: 'Sections', group: 'Tabs and panes', modes: NORMAL},
	{command: 'tab2', keys: [ch('2')], help: 'Measures', group: 'Tabs and panes', modes: NORMAL},
	{command: 'tab3', keys: [ch('3')], help: 'Attendees', group: 'Tabs and panes', modes: NORMAL},
	{command: 'tab4', keys: [ch('4')], help: 'Terms', group: 'Tabs and panes', modes: NORMAL},
	{command: 'focusList', keys: [ch('h'), named('leftArrow', '←')], help: 'focus the list', group: 'Tabs and panes', modes: NORMAL},
	{command: 'focusReader', keys: [ch('l'), named('rightArrow', '→')], help: 'focus the reader', group: 'Tabs and panes', modes: NORMAL},
	{command: 'back', keys: [named('escape', 'Esc')], help: 'back to the list; from the list, back to the report picker; close the help', group: 'Tabs and panes', modes: LISTS},
	{command: 'search', keys: [ch('/'), ch('、'), ch('／')], help: 'search the text (汉字 繁體 pinyin); list: filter it', group: 'Search', modes: NORMAL},
	{command: 'nextMatch', keys: [ch('n'), fn('f3')], help: 'next match, across sections (a filtered list: next item)', group: 'Search', modes: NORMAL},
	{command: 'prevMatch', keys: [ch('N'), fn('f3', true)], help: 'previous match', group: 'Search', modes: NORMAL},
	{command: 'results', keys: [fn('f2'), ctrl('f')], help: 'list every hit: sections, measures, people, terms', group: 'Search', modes: NORMAL},
	{command: 'open', keys: [named('return', 'Enter')], help: 'in the prompt: keep the search (or the filter)', group: 'Search', modes: PROMPT},
	{command: 'back', keys: [named('escape', 'Esc')], help: 'cancel the prompt; later, Esc clears the filter or search', group: 'Search', modes: PROMPT},
	{command: 'nextMatch', keys: [named('downArrow', '↓'), fn('f3')], help: 'in the prompt: next match', group: 'Search', modes: PROMPT},
	{command: 'prevMatch', keys: [named('upArrow', '↑'), fn('f3', true)], help: 'in the prompt: previous match', group: 'Search', modes: PROMPT},
	{command: 'results', keys: [named('tab', 'Tab'), fn('f2')], help: 'in the prompt: list every hit', group: 'Search', modes: PROMPT},
	{command: 'timeline', keys: [ch('T'), ctrl('g')], help: 'timeline of the term or person in focus across the library (plenum DIR)', group: 'Search', modes: NORMAL},
	{command: 'pipe', keys: [ch('|'), ch('｜'), ctrl('p')], help: 'pipe the item in focus to a shell command', group: 'Pipe and copy', modes: NORMAL},
	{command: 'copy', keys: [ch('y'), ctrl('y')], help: 'copy it (the clipboard program here, and OSC 52 over SSH)', group: 'Pipe and copy', modes: NORMAL},
	{command: 'copyCited', keys: [ch('Y'), ctrl('t')], help: 'copy it with a citation: title, date, source, section', group: 'Pipe and copy', modes: NORMAL},
	{command: 'edit', keys: [ch('e'), ctrl('e')], help: 'open it in $VISUAL or $EDITOR', group: 'Pipe and copy', modes: NORMAL},
	{command: 'page', keys: [ch('v'), ctrl('o')], help: 'open it in $PAGER (less)', group: 'Pipe and copy', modes: NORMAL},
	{command: 'save', keys: [ch('s'), ctrl('s')], help: 'save it: .md, .json or .txt, by the file name', group: 'Pipe and copy', modes: NORMAL},
	{command: 'wholeReport', keys: [ch('a'), ctrl('r')], help: 'the next of these keys takes the whole report', group: 'Pipe and copy', modes: NORMAL},
	{command: 'compare', keys: [ch('c'), ctrl('k')], help: 'compare with the previous report of its series in its folder', group: 'General', modes: NORMAL},
	{command: 'help', keys: [ch('?'), ch('？')], help: 'this help (q, ? or Esc closes it)', group: 'General', modes: BOTH},
	{command: 'quit', keys: [ch('q')], help: 'quit (Ctrl-C also quits)', group: 'General', modes: [...LISTS, ...COMPARE]},
	{command: 'suspend', keys: [ctrl('z')], help: 'suspend plenum to the shell; fg brings it back as it was', group: 'General', modes: [...BOTH, ...COMPARE]},
	{command: 'redraw', keys: [ctrl('l')], help: 'redraw the screen', group: 'General', modes: [...BOTH, ...COMPARE]},
	{command: 'open', keys: [named('return', 'Enter')], help: 'picker: open the report (Esc in its list comes back)', group: 'General', modes: PICKER},
	{command: 'mark', keys: [ch(' ', 'Space')], help: 'picker: mark a report to compare (again: unmark it)', group: 'General', modes: PICKER},
	{command: 'compare', keys: [ch('c'), ctrl('k')], help: 'picker: compare the marked report with this one (the earlier is the old side)', group: 'General', modes: PICKER},
	{command: 'search', keys: [ch('/'), ch('、'), ch('／')], help: 'picker: filter the reports by title, meeting, date or file name', group: 'General', modes: PICKER},
	// The Compare view's list: its `?` help is drawn from these rows.
	{command: 'down', keys: [ch('j'), named('downArrow', '↓')], help: 'next difference', group: 'Compare', modes: COMPARE},
	{command: 'up', keys: [ch('k'), named('upArrow', '↑')], help: 'previous difference', group: 'Compare', modes: COMPARE},
	{command: 'pageDown', keys: [ch(' ', 'Space'), named('pageDown', 'PgDn')], help: 'a page down', group: 'Compare', modes: COMPARE},
	{command: 'pageUp', keys: [ch('b'), named('pageUp', 'PgUp')], help: 'a page up', group: 'Compare', modes: COMPARE},
	{command: 'top', keys: [ch('g'), named('home', 'Home')], help: 'first difference', group: 'Compare', modes: COMPARE},
	{command: 'bottom', keys: [ch('G'), named('end', 'End')], help: 'last difference', group: 'Compare', modes: COMPARE},
	{command: 'nextTab', keys: [named('tab', 'Tab')], help: 'next tab', group: 'Compare', modes: COMPARE},
	{command: 'prevTab', keys: [named('tab', 'Shift-Tab', true)], help: 'previous tab', group: 'Compare', modes: COMPARE},
	{command: 'tab1', keys: [ch('1')], help: 'Terms: changed formulations, new, dropped and kept terms', group: 'Compare', modes: COMPARE},
	{command: 'tab2', keys: [ch('2')], help: 'Measures: groups matched, items new, dropped, reworded', group: 'Compare', modes: COMPARE},
	{command: 'tab3', keys: [ch('3')], help: 'Attendees: people and bodies, head counts', group: 'Compare', modes: COMPARE},
	{command: 'tab4', keys: [ch('4')], help: 'Text: every sentence that changed, moved, came or went', group: 'Compare', modes: COMPARE},
	{command: 'oldSide', keys: [ch('h'), named('leftArrow', '←')], help: 'Enter opens the old report', group: 'Compare', modes: COMPARE},
	{command: 'newSide', keys: [ch('l'), named('rightArrow', '→')], help: 'Enter opens the new report', group: 'Compare', modes: COMPARE},
	{command: 'open', keys: [named('return', 'Enter')], help: 'open the difference in that report (Esc there comes back)', group: 'Compare', modes: COMPARE},
	{command: 'back', keys: [named('escape', 'Esc')], help: 'close the help; back to where the comparison was opened from', group: 'Compare', modes: COMPARE},
	{command: 'help', keys: [ch('?'), ch('？')], help: 'this help (q quits)', group: 'Compare', modes: COMPARE},
];

/**
 * Keys of the user's own (the settings' "keys"), by command: in the browser's main screen they come
 * before the built-in ones, so a key given to another command is that command's there.
 */
let overrides: {command: Command; keys: KeySpec[]}[] = [];

/**
 * A key of the settings given to no command of the browser: ui/launch.ts ends with its message and
 * exit 2, as a bad setting does. (Not app/errors.ts's PlenumError: that module brings the loader
 * into the browser's chunks.)
 */
export class KeySettingError extends Error {}

/** The user's keys, checked: an unknown command is one line naming it (app/settings.ts read the keys). */
export function applyKeyOverrides(keys: Record<string, SettingsKey[]>): void {
	const commands = new Set(KEYMAP.filter(b => b.modes.includes('normal')).map(b => b.command));
	overrides = Object.entries(keys).map(([command, names]) => {
		if (!commands.has(command as Command)) throw new KeySettingError(`settings: "keys.${command}" is no command of the browser (commands: ${[...commands].join(', ')})`);
		return {command: command as Command, keys: names.map(name => ({label: name.label, input: name.input, key: name.named, ctrl: name.ctrl, fn: name.fn}))};
	});
}

/** The keys the user gave `command`, shown first in the help. */
export function userKeys(command: Command): KeySpec[] {
	return overrides.filter(o => o.command === command).flatMap(o => o.keys);
}

function matches(spec: KeySpec, input: string, key: FnKey): boolean {
	if (Boolean(spec.ctrl) !== Boolean(key.ctrl)) return false;
	// A function key counts with its modifiers: Ctrl-F3 or Alt-F3 is not F3.
	if (spec.fn || key.fn) return spec.fn === key.fn && Boolean(spec.shift) === Boolean(key.shift) && !key.meta;
	if (spec.key) return key[spec.key] && (spec.shift === undefined || spec.shift === Boolean(key.shift));
	return spec.input === input;
}

export function commandFor(mode: KeymapMode, input: string, key: FnKey): Command | undefined {
	if (mode === 'normal') for (const o of overrides) if (o.keys.some(spec => matches(spec, input, key))) return o.command;
	for (const binding of KEYMAP) {
		if (!binding.modes.includes(mode)) continue;
		if (binding.keys.some(spec => matches(spec, input, key))) return binding.command;
	}
	return undefined;
}
