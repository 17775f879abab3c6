// Ink drawing one line of text on the alternate screen (its layout engine loaded as plenum loads
// it), then the program ends: what the browser floors draw.
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
