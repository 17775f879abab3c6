// The settings file, $XDG_CONFIG_HOME/plenum/config.json (~/.config/plenum/config.json): the
// browser's theme, the mouse, how wide ambiguous characters are, a maximum reading width, and
// keys of one's own. Every setting may be left out. A file that is not JSON, a setting plenum does
// not know or a value it cannot use ends plenum with one line naming the setting, never a stack.
import {readFileSync} from 'node:fs';
import {homedir} from 'node:os';
import {join} from 'node:path';
import {EXIT, PlenumError} from './errors.ts';

export type Theme = 'auto' | 'light' | 'dark';

/** A key as the settings name it: `x`, `ctrl-n`, `f5`, `pagedown` … */
export interface KeyName {
	label: string;
	/** A character typed (`x`, `?`, `：`). */
	input?: string;
	named?: 'upArrow' | 'downArrow' | 'leftArrow' | 'rightArrow' | 'pageUp' | 'pageDown' | 'home' | 'end' | 'return' | 'escape' | 'tab';
	ctrl?: boolean;
	fn?: 'f1' | 'f2' | 'f3' | 'f4' | 'f5' | 'f6' | 'f7' | 'f8' | 'f9' | 'f10' | 'f11' | 'f12';
}

export interface Settings {
	/** auto asks the terminal for its background colour (OSC 11). */
	theme: Theme;
	mouse: boolean;
	/** Draw ambiguous-width characters (“ ” … · ①) two columns wide, as CJK terminals set so do. */
	ambiguousWide: boolean;
	/** The reader's text is wrapped to at most this many columns on a wide terminal; null: the pane's width. */
	maxWidth: number | null;
	/** Keys of one's own, by command (`"quit": ["x"]`): they come before the built-in ones. */
	keys: Record<string, KeyName[]>;
}

export const DEFAULT_SETTINGS: Settings = {theme: 'auto', mouse: true, ambiguousWide: false, maxWidth: null, keys: {}};

/** Where the settings file is: $XDG_CONFIG_HOME/plenum/config.json, or ~/.config/plenum/config.json. */
export function settingsPath(env: NodeJS.ProcessEnv = process.env): string {
	const base = env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.startsWith('/') ? env.XDG_CONFIG_HOME : join(env.HOME || homedir(), '.config');
	return join(base, 'plenum', 'config.json');
}

const NAMED: Readonly<Record<string, NonNullable<KeyName['named']>>> = {
	up: 'upArrow',
	down: 'downArrow',
	left: 'leftArrow',
	right: 'rightArrow',
	pageup: 'pageUp',
	pgup: 'pageUp',
	pagedown: 'pageDown',
	pgdn: 'pageDown',
	home: 'home',
	end: 'end',
	enter: 'return',
	return: 'return',
	esc: 'escape',
	escape: 'escape',
	tab: 'tab',
};

export const KEY_GRAMMAR = 'a character, ctrl-x, f1–f12, space, or up, down, left, right, pageup, pagedown, home, end, enter, esc, tab';

/** A key's name as the settings write it, or null when plenum cannot read it. */
export function parseKeyName(name: string): KeyName | null {
	const text = name.trim();
	if ([...text].length === 1) return {label: text, input: text};
	const lower = text.toLowerCase();
	if (lower === 'space') return {label: 'Space', input: ' '};
	const ctrl = /^(?:ctrl|c)[-+]([a-z])$/.exec(lower);
	if (ctrl) return {label: `Ctrl-${ctrl[1].toUpperCase()}`, input: ctrl[1], ctrl: true};
	if (/^f([1-9]|1[0-2])$/.test(lower)) return {label: lower.toUpperCase(), fn: lower as KeyName['fn']};
	const named = NAMED[lower];
	return named ? {label: lower[0].toUpperCase() + lower.slice(1), named} : null;
}

const show = (value: unknown) => JSON.stringify(value);

/** The settings in `text` (the file's content), checked; `where` names the file in errors. */
export function parseSettings(text: string, where: string): Settings {
	const bad = (message: string): never => {
		throw new PlenumError(`${where}: ${message}`, EXIT.usage);
	};
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (error) {
		bad(`not JSON (${(error as Error).message.split('\n')[0]})`);
	}
	if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) bad('the settings must be one JSON object, {"theme": "light", …}');
	const settings: Settings = {...DEFAULT_SETTINGS, keys: {}};
	for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
		switch (name) {
			case 'theme':
				if (value !== 'auto' && value !== 'light' && value !== 'dark') bad(`"theme" must be "auto", "light" or "dark", not ${show(value)}`);
				settings.theme = value as Theme;
				break;
			case 'mouse':
			case 'ambiguousWide':
				if (typeof value !== 'boolean') bad(`"${name}" must be true or false, not ${show(value)}`);
				settings[name] = value as boolean;
				break;
			case 'maxWidth':
				if (value !== null && !(Number.isInteger(value) && (value as number) >= 20)) bad(`"maxWidth" must be a whole number of columns, 20 or more (or null), not ${show(value)}`);
				settings.maxWidth = value as number | null;
				break;
			case 'keys': {
				if (value === null || typeof value !== 'object' || Array.isArray(value)) bad('"keys" must be an object of commands and their keys, {"quit": ["x"]}');
				for (const [command, keys] of Object.entries(value as Record<string, unknown>)) {
					const list = typeof keys === 'string' ? [keys] : keys;
					if (!Array.isArray(list) || list.some(k => typeof k !== 'string')) bad(`"keys.${command}" must be a key or a list of keys, not ${show(keys)}`);
					settings.keys[command] = (list as string[]).map(k => parseKeyName(k) ?? bad(`"keys.${command}": cannot read the key ${show(k)} (${KEY_GRAMMAR})`));
				}
				break;
			}
			default:
				bad(`unknown setting ${show(name)} (settings: theme, mouse, ambiguousWide, maxWidth, keys)`);
		}
	}
	return settings;
}

/** The settings file's settings; with no file, the defaults. */
export function loadSettings(path: string = settingsPath()): Settings {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT' || code === 'ENOTDIR') return DEFAULT_SETTINGS;
		throw new PlenumError(`${path}: cannot be read (${code ?? 'error'})`, EXIT.unreadable);
	}
	return parseSettings(text, path);
}
