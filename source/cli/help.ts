// What plenum says about itself, written once as data — usage, the commands (commands/index.ts),
// the options, settings, exit codes, examples — and rendered three ways: the --help text, the
// man page (`plenum man`, and dist/plenum.1 at build time), and shell completion for bash, zsh
// and fish (`plenum completion SHELL`). None of the three can drift from the others.
import {COMMANDS} from './commands/index.ts';

export interface OptionHelp {
	flag: string;
	short?: string;
	/** The value's name in the text (G, NAME, FILE); none for a switch. */
	arg?: string;
	/** The values completion offers. */
	values?: string[];
	/** The value is a file name (completion offers files). */
	file?: boolean;
	text: string;
}

export const OPTIONS: OptionHelp[] = [
	{flag: 'json', text: "print JSON: the whole model, or the command's part of it"},
	{flag: 'raw', text: "print the report's control characters as they are on a terminal too (by default a terminal shows them as placeholders: ␛ ␇ ␚; pipes, files and --json always get the original bytes)"},
	{flag: 'group', arg: 'G', text: 'measures: only the groups whose name contains G'},
	{flag: 'explain', text: 'measures, attendees: the rule behind each list, person and body'},
	{flag: 'encoding', arg: 'NAME', values: ['gbk', 'gb18030', 'gb2312', 'utf-8', 'utf-16le', 'utf-16be', 'big5'], text: 'read FILE in this encoding (gbk, gb18030, utf-16le …)'},
	{flag: 'max-size', arg: 'SIZE', text: 'read at most SIZE (200M, 1G; default 100M for a file or stdin, 20M for a web page); more is refused'},
	{flag: 'timeout', arg: 'S', text: 'a web page: give up after S seconds (default 20)'},
	{
		flag: 'format',
		arg: 'F',
		values: ['md', 'json', 'txt', 'ndjson'],
		text: "export: md, json or txt (default: from -o's extension, else md); diff: the same (else the redline as text); ndjson with a folder: bulk-index lines for OpenSearch/Elasticsearch",
	},
	{flag: 'csv', text: 'trend: year,count lines'},
	{
		flag: 'output',
		short: 'o',
		arg: 'FILE',
		file: true,
		text: "export, diff: write to FILE instead of stdout ('-' is stdout), whole or not at all; never over a report read, and over a file already there only with --force",
	},
	{flag: 'force', text: 'export, diff: replace a file (or symbolic link) already at -o FILE'},
	{flag: 'previous', text: 'diff: compare NEW with the previous report of its series in its folder'},
	{flag: 'compare', text: "with two files: open the browser's Compare view (on a pipe: the redline)"},
	{flag: 'no-shell', text: 'browser: run no shell command, editor or pager (also PLENUM_NO_SHELL=1)'},
	{flag: 'no-mouse', text: 'browser: leave the mouse to the terminal (its own selection and scrolling)'},
	{flag: 'theme', arg: 'T', values: ['auto', 'light', 'dark'], text: 'browser: light, dark, or auto (ask the terminal; the default)'},
	{flag: 'help', short: 'h', text: 'this text (also plenum help)'},
	{flag: 'version', short: 'v', text: "plenum's version"},
];

const SYNOPSIS: [string, string][] = [
	['plenum [FILE|URL|-]', 'browse a report; prints its outline when stdout is not a terminal'],
	['plenum COMMAND [ARGS]', 'print one part of it, for pipes'],
	['plenum DIR', 'browse a folder of reports as a library: by series, search and timelines across it'],
	['plenum OLD NEW --compare', 'two reports in the Compare view (on a pipe: the redline plenum diff prints)'],
];

const DESCRIPTION = `With no FILE, plenum reads a report piped to it (an empty pipe is an error), or else opens the bundled report (Shaoxing municipal plenum, December 2020). FILE may be plain text, a saved HTML page, UTF-8, UTF-16 or GBK; '-' reads stdin; an http(s):// address fetches the page (redirects followed, its charset as the server says, 20 MB at most). A file or stdin is read up to 100 MB (--max-size); a device is refused.`;

const SETTINGS = [
	'The browser reads $XDG_CONFIG_HOME/plenum/config.json (plenum config path says where):',
	'{"theme": "light", "mouse": false, "ambiguousWide": true, "maxWidth": 100,',
	' "keys": {"quit": ["x"], "down": ["ctrl-n"]}}',
];

const EXIT_CODES: [string, string][] = [
	['0', 'done'],
	['1', 'nothing found: no such section, no search match'],
	['2', 'a usage error, a missing file, a bad setting'],
	['3', 'a file or a web page that cannot be read'],
	['4', 'a file that is not text'],
	['5', 'an empty file or pipe'],
	['6', 'a folder with no reports'],
	['70', 'something plenum did not expect (still one line, never a stack trace)'],
	['74', 'the output or -o FILE cannot be written (a full disk, a file size limit)'],
	['130', 'ended with Ctrl-C'],
	['128+N', 'ended by signal N, the terminal restored (SIGTERM: 143)'],
];

const EXAMPLES: [string, string][] = [
	['plenum', 'browse the bundled report'],
	['plenum report.html --json | jq .sections', ''],
	['plenum section 3 report.txt | pbcopy', ''],
];

const optionLabel = (o: OptionHelp) => `${o.short ? `-${o.short}, ` : ''}--${o.flag}${o.arg ? ` ${o.arg}` : ''}`;

/** The --help text meow prints. */
export function helpText(): string {
	const width = Math.max(...COMMANDS.map(c => `${c.name} ${c.usage}`.length)) + 2;
	const commands = COMMANDS.map(c => `  ${`${c.name} ${c.usage}`.padEnd(width)} ${c.summary}\n  ${' '.repeat(width)} e.g. ${c.example}`).join('\n');
	const optionWidth = Math.max(...OPTIONS.map(o => optionLabel(o).length)) + 1;
	const synopsisWidth = Math.max(...SYNOPSIS.map(([s]) => s.length)) + 2;
	const examples = EXAMPLES.map(([e, what]) => (what ? `    ${e.padEnd(36)}${what}` : `    ${e}`)).join('\n');
	return `
  Usage
${SYNOPSIS.map(([s, what]) => `    ${s.padEnd(synopsisWidth)} ${what}`).join('\n')}

${wrapLines(DESCRIPTION, 96)
	.map(l => `  ${l}`)
	.join('\n')}

  Commands
${commands}

  Options
${OPTIONS.map(o => `    ${optionLabel(o).padEnd(optionWidth)} ${o.text}`).join('\n')}

  Settings
${SETTINGS.map(l => `    ${l}`).join('\n')}

  Exit codes
${EXIT_CODES.map(([code, what]) => `    ${code.padEnd(5)} ${what}`).join('\n')}

  Examples
${examples}
`;
}

function wrapLines(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		if (line && line.length + 1 + word.length > width) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	return line ? [...lines, line] : lines;
}

/** Text for roff: backslashes and hyphens escaped, no line starting with a control character. */
const roff = (text: string) =>
	text
		.replace(/\\/g, '\\e')
		.replace(/-/g, '\\-')
		.replace(/^([.'])/gm, '\\&$1');

/** The man page, in roff: `plenum man > plenum.1`, `man -l plenum.1`. */
export function manPage(version: string, summary: string): string {
	const lines = [
		`.TH PLENUM 1 "" "plenum ${roff(version)}" "User Commands"`,
		'.SH NAME',
		`plenum \\- ${roff(summary)}`,
		'.SH SYNOPSIS',
		...SYNOPSIS.flatMap(([s]) => [`.B ${roff(s.split(' ')[0])}`, roff(s.split(' ').slice(1).join(' ')), '.br']),
		'.SH DESCRIPTION',
		...SYNOPSIS.flatMap(([s, what]) => ['.TP', `.B ${roff(s)}`, roff(what)]),
		'.PP',
		roff(DESCRIPTION),
		'.SH COMMANDS',
		...COMMANDS.flatMap(c => ['.TP', `.B ${roff(`${c.name} ${c.usage}`)}`, roff(c.summary), '.br', `e.g. \\fB${roff(c.example)}\\fR`]),
		'.SH OPTIONS',
		...OPTIONS.flatMap(o => ['.TP', `.B ${roff(optionLabel(o))}`, roff(o.text)]),
		'.SH SETTINGS',
		roff(SETTINGS[0]),
		'.PP',
		'.nf',
		...SETTINGS.slice(1).map(roff),
		'.fi',
		'.SH "EXIT STATUS"',
		...EXIT_CODES.flatMap(([code, what]) => ['.TP', `.B ${code}`, roff(what)]),
		'.SH EXAMPLES',
		...[...EXAMPLES.map(([e]) => e), ...COMMANDS.map(c => c.example)].flatMap(e => ['.PP', `.B ${roff(e)}`]),
		'.SH "SEE ALSO"',
		'The README, and \\fB?\\fR in the browser for its keys.',
	];
	return lines.join('\n') + '\n';
}

export type Shell = 'bash' | 'zsh' | 'fish';
export const SHELLS: Shell[] = ['bash', 'zsh', 'fish'];

const flagsOf = () => OPTIONS.flatMap(o => [`--${o.flag}`, ...(o.short ? [`-${o.short}`] : [])]);

/** The completion script for `shell`: commands, options, and the values of those that take some. */
export function completionScript(shell: Shell): string {
	const names = COMMANDS.map(c => c.name);
	const valued = OPTIONS.filter(o => o.values);
	if (shell === 'bash') {
		const cases = valued.map(o => `\t\t--${o.flag}) COMPREPLY=($(compgen -W "${o.values!.join(' ')}" -- "$cur")); return ;;`).join('\n');
		const files = OPTIONS.filter(o => o.file).flatMap(o => [`--${o.flag}`, ...(o.short ? [`-${o.short}`] : [])]);
		return `# plenum completion for bash: source <(plenum completion bash)
_plenum() {
	local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
	case "$prev" in
${cases}
		${files.join('|')}) COMPREPLY=($(compgen -f -- "$cur")); return ;;
		completion) COMPREPLY=($(compgen -W "${SHELLS.join(' ')}" -- "$cur")); return ;;
		config) COMPREPLY=($(compgen -W "path" -- "$cur")); return ;;
	esac
	if [[ "$cur" == -* ]]; then
		COMPREPLY=($(compgen -W "${flagsOf().join(' ')}" -- "$cur"))
	elif [[ $COMP_CWORD -eq 1 ]]; then
		COMPREPLY=($(compgen -W "${names.join(' ')}" -- "$cur") $(compgen -f -- "$cur"))
	else
		COMPREPLY=($(compgen -f -- "$cur"))
	fi
}
complete -o filenames -F _plenum plenum
`;
	}
	if (shell === 'zsh') {
		const quote = (text: string) => text.replace(/'/g, "'\\''").replace(/([[\]:])/g, '\\$1');
		const options = OPTIONS.map(o => {
			const spec = o.values ? `:${o.arg}:(${o.values.join(' ')})` : o.file ? `:${o.arg}:_files` : o.arg ? `:${o.arg}:` : '';
			const flags = o.short ? `'(-${o.short} --${o.flag})'{-${o.short},--${o.flag}}'` : `'--${o.flag}`;
			return `\t\t${flags}[${quote(o.text)}]${spec}'`;
		});
		const commands = COMMANDS.map(c => `\t\t'${c.name}:${quote(c.summary)}'`);
		return `#compdef plenum
# plenum completion for zsh: source <(plenum completion zsh), or save as _plenum in $fpath
_plenum() {
	local -a commands
	commands=(
${commands.join('\n')}
	)
	_arguments -s \\
${options.join(' \\\n')} \\
		'1: :->first' \\
		'*:file:_files'
	case $state in
		first) _describe -t commands 'plenum command' commands; _files ;;
	esac
}
compdef _plenum plenum
`;
	}
	const quote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
	const options = OPTIONS.map(o => {
		const short = o.short ? ` -s ${o.short}` : '';
		const takes = o.values ? ` -x -a ${quote(o.values.join(' '))}` : o.file ? ' -r -F' : o.arg ? ' -x' : '';
		return `complete -c plenum${short} -l ${o.flag}${takes} -d ${quote(o.text)}`;
	});
	const commands = COMMANDS.map(c => `complete -c plenum -n '__fish_use_subcommand' -a ${c.name} -d ${quote(c.summary)}`);
	return `# plenum completion for fish: plenum completion fish | source
${commands.join('\n')}
complete -c plenum -n '__fish_seen_subcommand_from completion' -x -a ${quote(SHELLS.join(' '))}
complete -c plenum -n '__fish_seen_subcommand_from config' -x -a path
${options.join('\n')}
`;
}
