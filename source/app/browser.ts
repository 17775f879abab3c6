// What the command line asks of the browser, as types only. The command line may not import the
// browser (source/ui), nor the browser the command line: the entry, cli.tsx, hands main() a
// Browser whose functions import source/ui on first call, so pipe commands never load Ink.
import type {Library} from './library.ts';

export interface BrowserOptions {
	/** --encoding: read the report in this encoding. */
	encoding?: string;
	/** Where keys come from: stdin, or the terminal itself when the report is piped in. */
	keys: NodeJS.ReadStream;
	/** --no-shell: no shell command, editor or pager (PLENUM_NO_SHELL=1 does the same). */
	noShell: boolean;
}

export interface Browser {
	/** Browse the report at `path` ('-' for stdin, undefined for the bundled one); the exit code. */
	browse(path: string | undefined, options: BrowserOptions): Promise<number>;
	/** The picker over a folder's reports, each opened in the browser; the exit code. */
	pick(library: Library, options: BrowserOptions): Promise<number>;
}
