// plenum config path: where the settings file is; plenum config: the settings in force, checked
// (a bad setting is the same one line the browser would end with).
import type {Subcommand} from '../subcommand.ts';
import {EXIT, fail} from '../../app/errors.ts';
import {write, writeJson} from '../output.ts';
import {loadSettings, settingsPath} from '../../app/settings.ts';

export const configCommand: Subcommand = {
	name: 'config',
	usage: '[path]',
	summary: 'print where the settings file is (config path), or the settings in force, checked',
	example: 'plenum config path',
	run(context) {
		const [what, ...extra] = context.args;
		if (extra.length > 0 || (what !== undefined && what !== 'path')) fail(`config takes path or nothing: plenum config [path]`, EXIT.usage);
		if (what === 'path') {
			write(settingsPath());
			return EXIT.ok;
		}
		const settings = loadSettings();
		writeJson({...settings, keys: Object.fromEntries(Object.entries(settings.keys).map(([command, keys]) => [command, keys.map(k => k.label)]))});
		return EXIT.ok;
	},
};
