import {test} from 'node:test';
import assert from 'node:assert/strict';
import {leftRightMargins} from '../../source/ui/terminal/frame-home.ts';

test('left and right margins are used in xterm, iTerm2 and WezTerm, never through tmux or screen', () => {
	assert.equal(leftRightMargins({XTERM_VERSION: 'XTerm(390)', TERM: 'xterm-256color'}), true);
	assert.equal(leftRightMargins({TERM_PROGRAM: 'iTerm.app'}), true);
	assert.equal(leftRightMargins({TERM_PROGRAM: 'WezTerm'}), true);
	assert.equal(leftRightMargins({TERM_PROGRAM: 'vscode'}), false);
	assert.equal(leftRightMargins({TERM: 'xterm-256color'}), false, 'VTE, kitty and Alacritty say xterm too');
	assert.equal(leftRightMargins({TERM_PROGRAM: 'iTerm.app', TMUX: '/tmp/tmux-0/default,1,0'}), false);
	assert.equal(leftRightMargins({XTERM_VERSION: 'XTerm(390)', TERM: 'screen-256color'}), false);
	assert.equal(leftRightMargins({XTERM_VERSION: 'XTerm(390)', VTE_VERSION: '7600'}), false, 'a VTE terminal started from an xterm');
	assert.equal(leftRightMargins({XTERM_VERSION: 'XTerm(390)', TERM_PROGRAM: 'vscode'}), false);
});
