// plenum completion bash|zsh|fish and plenum man: the completion script and the man page, both
// made from the data --help is made from (cli/help.ts).
import type {Subcommand} from '../subcommand.ts';
import {EXIT, fail} from '../../app/errors.ts';
import {write} from '../output.ts';
import {completionScript, manPage, SHELLS, type Shell} from '../help.ts';

export const completionCommand: Subcommand = {
	name: 'completion',
	usage: 'bash|zsh|fish',
	summary: 'print the completion script for the shell: commands, options and their values',
	example: 'plenum completion bash > ~/.local/share/bash-completion/completions/plenum',
	run(context) {
		const [shell, ...extra] = context.args;
		if (extra.length > 0 || !SHELLS.includes(shell as Shell)) fail(`completion takes a shell: plenum completion ${SHELLS.join('|')}`, EXIT.usage);
		write(completionScript(shell as Shell));
		return EXIT.ok;
	},
};

export const manCommand: Subcommand = {
	name: 'man',
	usage: '',
	summary: 'print the man page (roff) made from this help',
	example: 'plenum man > plenum.1 && man -l plenum.1',
	run(context) {
		if (context.args.length > 0) fail('man takes nothing: plenum man', EXIT.usage);
		const {version, description} = context.about();
		write(manPage(version, description));
		return EXIT.ok;
	},
};
