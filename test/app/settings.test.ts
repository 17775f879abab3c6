// The settings file read and checked: where it is, every setting, and the one line for each fault.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {DEFAULT_SETTINGS, parseKeyName, parseSettings, settingsPath} from '../../source/app/settings.ts';

test('the file is $XDG_CONFIG_HOME/plenum/config.json, else ~/.config/plenum/config.json', () => {
	assert.equal(settingsPath({XDG_CONFIG_HOME: '/x/cfg', HOME: '/home/u'}), '/x/cfg/plenum/config.json');
	assert.equal(settingsPath({HOME: '/home/u'}), '/home/u/.config/plenum/config.json');
	// A relative XDG_CONFIG_HOME is to be ignored, as the XDG spec says.
	assert.equal(settingsPath({XDG_CONFIG_HOME: 'cfg', HOME: '/home/u'}), '/home/u/.config/plenum/config.json');
});

test('every setting, and the defaults for those left out', () => {
	assert.deepEqual(parseSettings('{}', 'f'), DEFAULT_SETTINGS);
	const all = parseSettings('{"theme": "light", "mouse": false, "ambiguousWide": true, "maxWidth": 100, "keys": {"quit": ["x", "ctrl-q"], "down": "f5"}}', 'f');
	assert.equal(all.theme, 'light');
	assert.equal(all.mouse, false);
	assert.equal(all.ambiguousWide, true);
	assert.equal(all.maxWidth, 100);
	assert.deepEqual(
		all.keys.quit.map(k => k.label),
		['x', 'Ctrl-Q'],
	);
	assert.deepEqual(all.keys.down, [{label: 'F5', fn: 'f5'}]);
});

test('key names: a character, ctrl-x, f1–f12, space and the named keys; anything else is unread', () => {
	assert.deepEqual(parseKeyName('：'), {label: '：', input: '：'});
	assert.deepEqual(parseKeyName('C-n'), {label: 'Ctrl-N', input: 'n', ctrl: true});
	assert.deepEqual(parseKeyName('PageDown'), {label: 'Pagedown', named: 'pageDown'});
	assert.deepEqual(parseKeyName('space'), {label: 'Space', input: ' '});
	for (const bad of ['ctrl-', 'f13', 'hyper-x', '']) assert.equal(parseKeyName(bad), null, bad);
});

test('each fault is one line that names the setting', () => {
	const fault = (text: string) => {
		try {
			parseSettings(text, 'config.json');
		} catch (error) {
			return (error as Error).message;
		}
		return 'no fault';
	};
	assert.equal(fault('[1]'), 'config.json: the settings must be one JSON object, {"theme": "light", …}');
	assert.equal(fault('{"mouse": "no"}'), 'config.json: "mouse" must be true or false, not "no"');
	assert.equal(fault('{"keys": {"quit": 3}}'), 'config.json: "keys.quit" must be a key or a list of keys, not 3');
	assert.match(fault('{"theme": "light"'), /^config\.json: not JSON \(/);
	for (const message of [fault('{"a": 1}'), fault('{"maxWidth": 10.5}')]) assert.equal(message.split('\n').length, 1);
});
