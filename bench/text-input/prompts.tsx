// Two search prompts, an Ink app each, for drops.ts: 'reducer' edits the query in the app's one
// input handler, as plenum's prompts do; 'text-input' hands the prompt to ink-text-input once `/`
// opens it, seeded with whatever came in the same read after the `/`. Enter ends the app and
// prints the query. ink-text-input is not one of plenum's dependencies: install it to run this.
import React, {useReducer, useState} from 'react';
import {render, Text, Box, useInput, useApp} from 'ink';

interface TextInputProps {
	value: string;
	onChange(value: string): void;
	onSubmit(value: string): void;
}
const {default: TextInput} = (await import('ink-text-input' as string)) as {default: (props: TextInputProps) => React.ReactElement};

function done(query: string, exit: () => void): void {
	process.stdout.write(`\nRESULT[${query}]\n`);
	setTimeout(exit, 0);
}

function ReducerPrompt() {
	const {exit} = useApp();
	const [state, dispatch] = useReducer(
		(s: {mode: 'normal' | 'search' | 'done'; query: string}, input: string) => {
			let next = s;
			for (const ch of input) {
				if (next.mode === 'normal') next = ch === '/' ? {mode: 'search', query: ''} : next;
				else if (ch === '\r') next = {...next, mode: 'done'};
				else next = {...next, query: next.query + ch};
			}
			return next;
		},
		{mode: 'normal', query: ''},
	);
	useInput((input, key) => dispatch(key.return ? '\r' : input));
	if (state.mode === 'done') done(state.query, exit);
	return <Text>{state.mode === 'normal' ? 'READY' : `/${state.query}`}</Text>;
}

function TextInputPrompt() {
	const {exit} = useApp();
	const [mode, setMode] = useState<'normal' | 'search'>('normal');
	const [query, setQuery] = useState('');
	useInput(
		input => {
			const at = input.indexOf('/');
			if (at < 0) return;
			setQuery(input.slice(at + 1).replace(/\r.*$/s, ''));
			setMode('search');
		},
		{isActive: mode === 'normal'},
	);
	if (mode === 'normal') return <Text>READY</Text>;
	return (
		<Box>
			<Text>/</Text>
			<TextInput value={query} onChange={setQuery} onSubmit={value => done(value, exit)} />
		</Box>
	);
}

render(process.argv[2] === 'reducer' ? <ReducerPrompt /> : <TextInputPrompt />, {exitOnCtrlC: true});
