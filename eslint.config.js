import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// The layers of source/, and what each may import besides itself (ARCHITECTURE.md draws them).
// An import that reaches a layer not listed fails the lint. The entry, cli.tsx, is the one module
// above them all: it hands the command line a browser that loads source/ui on demand.
const LAYERS = {
	text: [],
	model: [],
	load: ['text'],
	'parse/lexicon': [],
	parse: ['text', 'model', 'parse/lexicon'],
	search: ['text', 'model', 'parse/lexicon'],
	format: ['text', 'model', 'parse/lexicon'],
	library: ['text', 'model', 'load', 'parse', 'parse/lexicon', 'search'],
	compare: ['text', 'model'],
	app: ['text', 'model', 'load', 'parse', 'parse/lexicon', 'search', 'format', 'library', 'compare'],
	cli: ['text', 'model', 'parse/lexicon', 'search', 'format', 'library', 'compare', 'app'],
	ui: ['text', 'model', 'parse/lexicon', 'search', 'format', 'library', 'compare', 'app'],
};

// Imports are relative, so a layer is recognised by its folder's name in the path ('../../app/…');
// no folder inside a layer may take a layer's name. parse/lexicon is part of parse, but a layer
// allowed the lexicon is not allowed the rest of the parser.
const LEAVES = new Set(['text', 'model', 'parse/lexicon']);
// A slash as the patterns write it: esquery (no-restricted-syntax) reads a literal / as the end.
const SLASH = '\\x2f';
function forbidden(layer) {
	// A layer with no folders inside imports nothing outside its own folder.
	if (LEAVES.has(layer)) return `^\\.\\.${SLASH}`;
	const allowed = new Set([layer, ...LAYERS[layer]]);
	const names = Object.keys(LAYERS).filter(name => !allowed.has(name));
	const patterns = names.map(name => (name === 'parse' && allowed.has('parse/lexicon') ? `parse${SLASH}(?!lexicon${SLASH})` : `${name.replace('/', SLASH)}${SLASH}`));
	return `(^|${SLASH})(${patterns.join('|')})`;
}

// parse/lexicon after parse: of two blocks for the same file, ESLint applies the later.
const boundaries = Object.keys(LAYERS)
	.sort((a, b) => a.length - b.length)
	.map(layer => {
		const regex = forbidden(layer);
		const message = `source/${layer} may import only ${LAYERS[layer].map(l => `source/${l}`).join(', ') || 'its own modules'} (ARCHITECTURE.md: layers)`;
		return {
			files: [`source/${layer}/**/*.{ts,tsx}`],
			rules: {
				'no-restricted-imports': ['error', {patterns: [{regex, message}]}],
				// import() as well: the browser and the heavy libraries are imported on demand.
				'no-restricted-syntax': ['error', {selector: `ImportExpression[source.value=/${regex}/]`, message}],
			},
		};
	});

export default tseslint.config(
	// Reports kept as their sources hold them (a JavaScript or PHP file that carries one) are data, not our code.
	{ignores: ['dist/**', 'node_modules/**', '.bench/**', 'coverage/**', 'test/corpus/**', 'test/fixtures/**', 'test/compare/pairs/**', 'test/compare/heldout/**']},
	js.configs.recommended,
	...tseslint.configs.recommended,
	{files: ['**/*.tsx', 'source/ui/**/*.ts'], ...reactHooks.configs.flat.recommended},
	{
		languageOptions: {
			globals: {
				process: 'readonly',
				console: 'readonly',
				Buffer: 'readonly',
				setTimeout: 'readonly',
				clearTimeout: 'readonly',
				setInterval: 'readonly',
				clearInterval: 'readonly',
				URL: 'readonly',
				performance: 'readonly',
			},
		},
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
			'no-control-regex': 'off',
			'no-irregular-whitespace': 'off',
			'no-misleading-character-class': 'off',
		},
	},
	...boundaries,
);
