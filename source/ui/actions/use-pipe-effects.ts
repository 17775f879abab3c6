// Carries out the effects the pipe reducer asks for, each once, and answers with events.
import {useEffect, useRef, type Dispatch} from 'react';
import {useStdout} from 'ink';
import type {Action} from '../state/types.ts';
import type {Effect, PipeEvent} from '../state/pipe-types.ts';
import {runCommand, type Running} from './run-command.ts';
import {clipboardTools, copyMessage, copyWithTool, osc52} from './clipboard.ts';
import {openIn} from './open-in.ts';
import {saveFile} from './save.ts';
import type {HandOver} from './hand-over.ts';
import {fileErrorText} from '../../app/export.ts';

export interface PipeEnvironment {
	/** How to give the terminal to an editor or pager; without it, e and v say they cannot. */
	handOver?: HandOver;
	/** Where escape sequences for the terminal go (tests capture them); default: Ink's stdout. */
	writeTerminal?: (data: string) => void;
	env?: NodeJS.ProcessEnv;
}

export function usePipeEffects(effect: Effect | null, dispatch: Dispatch<Action>, environment: PipeEnvironment = {}, noShell = false): void {
	const {stdout, write} = useStdout();
	const runs = useRef(new Map<number, Running>());
	const handled = useRef(0);
	// The environment of the last render, for the effect below (which runs after this one).
	const latest = useRef(environment);
	useEffect(() => {
		latest.current = environment;
	});

	useEffect(() => {
		const live = runs.current;
		return () => live.forEach(r => r.cancel());
	}, []);

	useEffect(() => {
		if (!effect || effect.id <= handled.current) return;
		handled.current = effect.id;
		const {handOver, writeTerminal, env = process.env} = latest.current;
		const send = (event: PipeEvent) => dispatch({type: 'pipe', event});
		switch (effect.kind) {
			case 'copy': {
				// Straight to the terminal: the sequence moves no cursor, so Ink's frame is untouched.
				const sequence = osc52(effect.text, {tmux: Boolean(env.TMUX)});
				if (writeTerminal) writeTerminal(sequence);
				else stdout.write(sequence);
				// Then the clipboard program, which can say whether the text got there.
				const result = noShell ? 'noShell' : copyWithTool(effect.text, clipboardTools(env), env);
				send({kind: 'said', message: copyMessage(effect.what, result)});
				return;
			}
			case 'run': {
				const running = runCommand(effect.command, effect.input, {
					output: (text, truncated) => send({kind: 'output', run: effect.run, text, truncated}),
					done: result => {
						runs.current.delete(effect.run);
						const status = result.stoppedReading && !result.failed ? `${result.status}, stopped reading its input early` : result.status;
						send({kind: 'done', run: effect.run, status, failed: result.failed});
					},
				});
				runs.current.set(effect.run, running);
				return;
			}
			case 'cancel':
				runs.current.get(effect.run)?.cancel();
				return;
			case 'open': {
				const message = openIn(effect.program, effect.text, effect.stem, handOver, env);
				// The alternate screen came back blank: Ink's write clears what it thinks is on
				// screen and draws the whole frame again, at the size the terminal has now.
				if (handOver) write('');
				send({kind: 'said', message});
				return;
			}
			case 'save': {
				const result = saveFile(effect.path, effect.content, effect.replace);
				if (result.ok) send({kind: 'said', message: `Saved ${effect.what} to ${effect.path} as ${effect.formatName} (${result.bytes.toLocaleString('en')} bytes).`});
				else if (result.taken) send({kind: 'saveTaken', path: effect.path});
				else send({kind: 'said', message: `Could not save ${effect.path}: ${fileErrorText(result.reason)}.`});
				return;
			}
		}
	}, [effect, dispatch, stdout, write, noShell]);
}
