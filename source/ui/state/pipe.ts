// y, Y, |, e, v, s and a: what each does to the state. Anything that touches the world (a child
// process, the clipboard, the terminal, a file) is asked for as an Effect, which usePipeEffects
// carries out and answers with a PipeEvent.
import type {State} from './types.ts';
import type {Command, Mode, PipeCommand} from '../input/keymap.ts';
import type {Effect, PipeEvent, PipePrompt, PromptKind} from './pipe-types.ts';
import {selectTarget} from './selectors.ts';
import {maxOutputTop, outputCopy, selectOutputGeometry, selectOutputTop} from './pipe-selectors.ts';
import {characterCount, focusedText, withCitation, type Focused, type Scope} from '../view/focused-text.ts';
import {saveContent} from '../view/focused-report.ts';
import {applyEdit} from './line-edit.ts';
import {unknownExtension} from '../../app/export.ts';

const PIPE_COMMANDS: readonly string[] = ['pipe', 'copy', 'copyCited', 'edit', 'page', 'save', 'wholeReport'] satisfies PipeCommand[];

export const isPipeCommand = (command: Command): command is PipeCommand => PIPE_COMMANDS.includes(command);

export const NO_SHELL = 'Commands are off (--no-shell): no shell, editor or pager is started.';

type EffectRequest = Effect extends infer E ? (E extends Effect ? Omit<E, 'id'> : never) : never;

function withEffect(s: State, effect: EffectRequest): State {
	const id = s.pipe.nextId;
	return {...s, pipe: {...s.pipe, effect: {...effect, id} as Effect, nextId: id + 1}};
}

function focused(s: State, scope: Scope): Focused {
	return focusedText(s.view.report, selectTarget(s), scope);
}

const count = (text: string) => `${characterCount(text).toLocaleString('en')} character${characterCount(text) === 1 ? '' : 's'}`;

export function openPrompt(s: State, kind: PromptKind, scope: Scope, text: string): State {
	const prompt: PipePrompt = {kind, text, cursor: text.length, recall: s.pipe.history[kind].length, draft: '', scope, replace: null};
	return {...s, mode: 'prompt', pipe: {...s.pipe, prompt}};
}

export const closePrompt = (s: State): State => ({...s, mode: 'normal', pipe: {...s.pipe, prompt: null}});

/** A pipe command in normal mode. `a` makes the next one take the whole report. */
export function pipeCommand(s: State, command: PipeCommand): State {
	const scope = s.pipe.scope;
	const t: State = {...s, pipe: {...s.pipe, scope: 'focused'}};
	if (command === 'wholeReport') {
		if (scope === 'report') return {...t, message: 'Back to the focused item.'};
		return {...s, pipe: {...s.pipe, scope: 'report'}, message: 'Next y, Y, |, e, v or s: the whole report.'};
	}
	const f = focused(s, scope);
	switch (command) {
		case 'copy':
		case 'copyCited': {
			if (f.text === '') return {...t, message: `Nothing to copy: no text for ${f.label}.`};
			const text = command === 'copyCited' ? withCitation(s.view.report, f) : f.text;
			const what = command === 'copyCited' ? `${f.label} with its citation` : f.label;
			return withEffect(t, {kind: 'copy', text, what: `${count(text)} of ${what}`});
		}
		case 'pipe':
			return s.pipe.noShell ? {...t, message: NO_SHELL} : openPrompt(t, 'pipe', scope, '');
		case 'save':
			return openPrompt(t, 'save', scope, `${f.stem}.md`);
		case 'edit':
		case 'page':
			if (s.pipe.noShell) return {...t, message: NO_SHELL};
			return withEffect(t, {kind: 'open', program: command === 'edit' ? 'editor' : 'pager', text: f.text, stem: f.stem});
	}
}

function recall(s: State, prompt: PipePrompt, step: 1 | -1): State {
	const history = s.pipe.history[prompt.kind];
	const next = prompt.recall + step;
	if (next < 0 || next > history.length) return s;
	const draft = prompt.recall === history.length ? prompt.text : prompt.draft;
	const text = next === history.length ? draft : history[next];
	return {...s, pipe: {...s.pipe, prompt: {...prompt, recall: next, draft, text, cursor: text.length, replace: null}}};
}

function toggleScope(s: State, prompt: PipePrompt): State {
	const scope: Scope = prompt.scope === 'report' ? 'focused' : 'report';
	// A save name still as suggested follows the scope; one the user typed stays.
	const suggested = `${focused(s, prompt.scope).stem}.md`;
	const text = prompt.kind === 'save' && prompt.text === suggested ? `${focused(s, scope).stem}.md` : prompt.text;
	const cursor = text === prompt.text ? prompt.cursor : text.length;
	return {...s, pipe: {...s.pipe, prompt: {...prompt, scope, text, cursor, replace: null}}};
}

function promptCommand(s: State, prompt: PipePrompt, command: Command): State {
	switch (command) {
		case 'back':
		case 'interrupt':
			return closePrompt(s);
		case 'up':
			return recall(s, prompt, -1);
		case 'down':
			return recall(s, prompt, 1);
		case 'nextTab':
			return prompt.kind === 'goto' ? s : toggleScope(s, prompt);
		case 'open':
			return submit(s, prompt.text);
		default:
			return s;
	}
}

function scrollOutput(s: State, to: number): State {
	const output = s.pipe.output;
	if (!output) return s;
	const top = Math.max(0, Math.min(to, maxOutputTop(s)));
	return top === output.top ? s : {...s, pipe: {...s.pipe, output: {...output, top}}};
}

function cancelRun(s: State): State {
	const output = s.pipe.output;
	if (!output?.running || output.cancelling) return s;
	return withEffect({...s, pipe: {...s.pipe, output: {...output, cancelling: true, status: 'cancelling…'}}}, {kind: 'cancel', run: output.id});
}

function outputCommand(s: State, command: Command): State {
	const height = selectOutputGeometry(s).height;
	const top = selectOutputTop(s);
	const half = Math.max(1, Math.floor(height / 2));
	switch (command) {
		case 'interrupt':
			// Ctrl-C stops a running command; once it has ended, Ctrl-C quits as everywhere else.
			return s.pipe.output?.running ? cancelRun(s) : {...s, quit: true};
		case 'back':
		case 'quit': {
			const t = cancelRun(s);
			return {...t, mode: 'normal' as Mode, pipe: {...t.pipe, output: null}};
		}
		case 'down':
			return scrollOutput(s, top + 1);
		case 'up':
			return scrollOutput(s, top - 1);
		case 'pageDown':
		case 'halfDown':
			return scrollOutput(s, top + (command === 'halfDown' ? half : Math.max(1, height - 1)));
		case 'pageUp':
		case 'halfUp':
			return scrollOutput(s, top - (command === 'halfUp' ? half : Math.max(1, height - 1)));
		case 'top':
			return scrollOutput(s, 0);
		case 'bottom':
			return scrollOutput(s, maxOutputTop(s));
		case 'copy': {
			const text = outputCopy(s.pipe.output?.text ?? '');
			if (text === '') return {...s, message: 'Nothing to copy: no output.'};
			return withEffect(s, {kind: 'copy', text, what: `${count(text)} of the output`});
		}
		default:
			return s;
	}
}

/** A command while the prompt or the output overlay has the keys. */
export function pipeModeCommand(s: State, command: Command): State {
	if (s.mode === 'prompt' && s.pipe.prompt) return promptCommand(s, s.pipe.prompt, command);
	if (s.mode === 'output') return outputCommand(s, command);
	return {...s, mode: 'normal'};
}

/** The `a` prefix lasts for one command: any other command drops it. */
export function leaveWholeReport(s: State): State {
	return s.pipe.scope === 'focused' ? s : {...s, pipe: {...s.pipe, scope: 'focused'}};
}

function remember(history: string[], value: string): string[] {
	return history.at(-1) === value ? history : [...history.filter(h => h !== value), value].slice(-100);
}

function submit(s: State, value: string): State {
	const prompt = s.pipe.prompt;
	if (!prompt) return s;
	const entry = value.trim();
	if (entry === '') return closePrompt(s);
	const history = {...s.pipe.history, [prompt.kind]: remember(s.pipe.history[prompt.kind], entry)};
	const t: State = {...closePrompt(s), pipe: {...s.pipe, prompt: null, history}};
	const target = prompt.scope === 'report' ? null : selectTarget(s);
	const f = focusedText(s.view.report, target, prompt.scope);
	if (prompt.kind === 'save') {
		// A save is the report as `plenum export` writes it: with its measures, attendees and terms.
		if (!s.view.complete) return {...s, message: 'Still reading the report: Enter again in a moment saves it whole.'};
		const saved = saveContent(s.view.report, target, entry);
		// A name whose extension promises another format: nothing is written (↑ in the next s
		// prompt gives the name back to change it).
		if (!saved) return {...t, message: `Cannot save ${entry}: ${unknownExtension(entry)}.`};
		return withEffect(t, {kind: 'save', path: entry, content: saved.content, replace: prompt.replace === entry, what: f.label, formatName: saved.formatName, scope: prompt.scope});
	}
	const run = t.pipe.nextId;
	const output = {id: run, command: entry, input: `${f.label}, ${count(f.text)}`, text: '', truncated: false, running: true, cancelling: false, status: 'running', failed: false, top: 0};
	return withEffect({...t, mode: 'output', pipe: {...t.pipe, output, nextId: run + 1}}, {kind: 'run', run, command: entry, input: f.text});
}

export function pipeReducer(s: State, event: PipeEvent): State {
	const output = s.pipe.output;
	switch (event.kind) {
		case 'edit': {
			const prompt = s.pipe.prompt;
			if (!prompt) return s;
			const {text, cursor} = event.edits.reduce(applyEdit, {text: prompt.text, cursor: prompt.cursor});
			const t = {...s, pipe: {...s.pipe, prompt: {...prompt, text, cursor, replace: prompt.replace === text ? prompt.replace : null}}};
			return event.submit ? submit(t, text) : t;
		}
		case 'output':
			if (output?.id !== event.run) return s;
			return {...s, pipe: {...s.pipe, output: {...output, text: event.text, truncated: event.truncated}}};
		case 'done':
			if (output?.id !== event.run) return s;
			return {...s, pipe: {...s.pipe, output: {...output, running: false, cancelling: false, status: event.status, failed: event.failed}}};
		case 'said':
			return {...s, message: event.message};
		case 'saveTaken': {
			const effect = s.pipe.effect;
			const scope = effect?.kind === 'save' ? effect.scope : 'focused';
			const t = openPrompt(s, 'save', scope, event.path);
			return {...t, pipe: {...t.pipe, prompt: {...t.pipe.prompt!, replace: event.path}}, message: `${event.path} exists: Enter replaces it, Esc keeps it.`};
		}
	}
}
