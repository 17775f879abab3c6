// The pipe slice of the UI state: the `|` and `s` prompt, this session's command history, the
// output overlay, and the side effect the reducer asks for (run, cancel, copy, open, save).
// Effects are data: the reducer stays pure, and usePipeEffects carries them out. Types only.
import type {Scope} from '../view/focused-text.ts';
import type {LineEdit} from './line-edit.ts';

/** `|`, `s`, and `:` (go to a section: its prompt is edited as the others are). */
export type PromptKind = 'pipe' | 'save' | 'goto';

export interface PipePrompt {
	kind: PromptKind;
	text: string;
	cursor: number;
	/** Index into the history while recalling with ↑/↓; history.length while typing anew. */
	recall: number;
	/** What was typed before ↑, given back by ↓ past the newest entry. */
	draft: string;
	scope: Scope;
	/** A save that found this path taken: Enter on the same path replaces the file. */
	replace: string | null;
}

export interface RunOutput {
	id: number;
	command: string;
	/** What went in: "§3 (292 characters)". */
	input: string;
	/** Everything the command wrote (stdout and stderr as they came), unsanitized. */
	text: string;
	truncated: boolean;
	running: boolean;
	cancelling: boolean;
	/** "exit 0", "exit 127: command not found", "cancelled" … */
	status: string;
	failed: boolean;
	/** First visible row of the output. */
	top: number;
}

export type Effect =
	| {id: number; kind: 'run'; run: number; command: string; input: string}
	| {id: number; kind: 'cancel'; run: number}
	/** `what`: “292 characters of §3”, for the status once the copy is done. */
	| {id: number; kind: 'copy'; text: string; what: string}
	| {id: number; kind: 'open'; program: 'editor' | 'pager'; text: string; stem: string}
	| {id: number; kind: 'save'; path: string; content: string; replace: boolean; what: string; formatName: string; scope: Scope};

export interface PipeSlice {
	/** --no-shell or PLENUM_NO_SHELL=1: no command, editor or pager is started. */
	noShell: boolean;
	/** `a` makes the next y, Y, |, e, v or s take the whole report. */
	scope: Scope;
	prompt: PipePrompt | null;
	history: Record<PromptKind, string[]>;
	output: RunOutput | null;
	effect: Effect | null;
	nextId: number;
}

export type PipeEvent =
	/** `submit`: the keys ended with Enter, typed faster than a frame. */
	| {kind: 'edit'; edits: LineEdit[]; submit: boolean}
	| {kind: 'output'; run: number; text: string; truncated: boolean}
	| {kind: 'done'; run: number; status: string; failed: boolean}
	| {kind: 'said'; message: string}
	| {kind: 'saveTaken'; path: string};

export type PipeAction = {type: 'pipe'; event: PipeEvent};

export function initialPipe(options: {noShell?: boolean} = {}): PipeSlice {
	return {noShell: options.noShell ?? false, scope: 'focused', prompt: null, history: {pipe: [], save: [], goto: []}, output: null, effect: null, nextId: 1};
}
