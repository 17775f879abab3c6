// The Compare view's keys, as data: the handler looks commands up here and `?` draws its help
// from the same rows. Every letter has a twin that needs no letters (an input method in pinyin
// mode swallows letters).
import type {Key} from 'ink';

export type CompareCommand = 'down' | 'up' | 'pageDown' | 'pageUp' | 'top' | 'bottom' | 'nextTab' | 'prevTab' | 'tab1' | 'tab2' | 'tab3' | 'tab4' | 'oldSide' | 'newSide' | 'open' | 'back' | 'help' | 'quit';

interface Spec {
	label: string;
	input?: string;
	key?: 'upArrow' | 'downArrow' | 'leftArrow' | 'rightArrow' | 'pageUp' | 'pageDown' | 'home' | 'end' | 'return' | 'escape' | 'tab';
	shift?: boolean;
	ctrl?: boolean;
}

export interface CompareBinding {
	command: CompareCommand;
	keys: Spec[];
	help: string;
}

const ch = (input: string, label = input): Spec => ({input, label});
const named = (key: Spec['key'], label: string, shift?: boolean): Spec => ({key, label, shift});

export const COMPARE_KEYS: readonly CompareBinding[] = [
	{command: 'down', keys: [ch('j'), named('downArrow', '↓')], help: 'next difference'},
	{command: 'up', keys: [ch('k'), named('upArrow', '↑')], help: 'previous difference'},
	{command: 'pageDown', keys: [ch(' ', 'Space'), named('pageDown', 'PgDn')], help: 'a page down'},
	{command: 'pageUp', keys: [ch('b'), named('pageUp', 'PgUp')], help: 'a page up'},
	{command: 'top', keys: [ch('g'), named('home', 'Home')], help: 'first difference'},
	{command: 'bottom', keys: [ch('G'), named('end', 'End')], help: 'last difference'},
	{command: 'nextTab', keys: [named('tab', 'Tab', false)], help: 'next tab'},
	{command: 'prevTab', keys: [named('tab', 'Shift-Tab', true)], help: 'previous tab'},
	{command: 'tab1', keys: [ch('1')], help: 'Terms: changed formulations, new, dropped and kept terms'},
	{command: 'tab2', keys: [ch('2')], help: 'Measures: groups matched, items new, dropped, reworded'},
	{command: 'tab3', keys: [ch('3')], help: 'Attendees: people and bodies, head counts'},
	{command: 'tab4', keys: [ch('4')], help: 'Text: every sentence that changed, moved, came or went'},
	{command: 'oldSide', keys: [ch('h'), named('leftArrow', '←')], help: 'Enter opens the old report'},
	{command: 'newSide', keys: [ch('l'), named('rightArrow', '→')], help: 'Enter opens the new report'},
	{command: 'open', keys: [named('return', 'Enter')], help: 'open the difference in that report (Esc there comes back)'},
	{command: 'back', keys: [named('escape', 'Esc')], help: 'close the help; back to where the comparison was opened from'},
	{command: 'help', keys: [ch('?'), ch('？')], help: 'this help'},
	{command: 'quit', keys: [ch('q'), {input: 'c', ctrl: true, label: 'Ctrl-C'}], help: 'quit'},
];

export function compareCommand(input: string, key: Key): CompareCommand | undefined {
	for (const binding of COMPARE_KEYS) {
		for (const spec of binding.keys) {
			if (Boolean(spec.ctrl) !== Boolean(key.ctrl)) continue;
			if (spec.key ? key[spec.key] && (spec.shift === undefined || spec.shift === Boolean(key.shift)) : spec.input === input) return binding.command;
		}
	}
	return undefined;
}
