// Whether output is coloured: only on a terminal, NO_COLOR honoured, FORCE_COLOR obeyed. The
// command line's printed views and the browser decide alike.

export function colourEnabled(stream: NodeJS.WriteStream = process.stdout): boolean {
	if ('NO_COLOR' in process.env && process.env.NO_COLOR !== '') return false;
	if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
	return Boolean(stream.isTTY);
}
