// The floor for the browser on plenum's stack: Ink draws one line of text on the alternate screen
// (layout engine loaded as plenum loads it), and the program ends.
import React from 'react';
import {render, Text} from 'ink';
import {loadLayoutEngine} from '../../source/ui/terminal/yoga.ts';

export async function drawOnce(words: string[]): Promise<void> {
	await loadLayoutEngine();
	process.stdout.write('\x1b[?1049h');
	const app = render(<Text>{`${words.join(' ')} 市委召开八届九次全体 q quit`}</Text>);
	setTimeout(() => {
		app.unmount();
		process.stdout.write('\x1b[?1049l');
	}, 50);
}

if (!process.env.PLENUM_FLOOR_MEOW) await drawOnce(process.argv.slice(2));
