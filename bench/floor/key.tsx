// The floor for a key at a terminal's full size: Ink drawing one line that counts the keys typed,
// as the browser's frame is drawn (alternate screen, one row short of the terminal, Ink's layout
// engine loaded as plenum loads it). q ends it. The least Ink does to answer a key.
import {useState} from 'react';
import {render, Box, Text, useApp, useInput} from 'ink';
import {loadLayoutEngine} from '../../source/ui/terminal/yoga.ts';

function Counter() {
	const [keys, setKeys] = useState(0);
	const {exit} = useApp();
	useInput(input => (input === 'q' ? exit() : setKeys(n => n + 1)));
	return (
		<Box height={(process.stdout.rows || 24) - 1} flexDirection="column">
			<Text>{`市委召开八届九次全体 q quit · keys ${keys}`}</Text>
		</Box>
	);
}

await loadLayoutEngine();
process.stdout.write('\x1b[?1049h');
const app = render(<Counter />, {exitOnCtrlC: false, patchConsole: false, maxFps: 60});
await app.waitUntilExit();
process.stdout.write('\x1b[?1049l');
