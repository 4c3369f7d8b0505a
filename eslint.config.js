import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Layer direction: pure story/scene code never reaches the DOM libraries. */
const domLibraries = {
	patterns: [
		{
			group: ['leaflet', 'gsap', 'gsap/*', 'scrollama'],
			message: 'Only map/, motion/ and scroll/ import these.'
		},
		{
			group: ['**/map/*', '**/motion/*', '**/scroll/*', '**/ui/*', '**/shells/*'],
			message: 'story/ and scene/ are pure: no DOM layers.'
		}
	]
};

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			// Links are relative (./slug/, #step) so the static site works under any base path;
			// replaceState only swaps the hash.
			'svelte/no-navigation-without-resolve': [
				'error',
				{ ignoreLinks: true, ignoreReplaceState: true }
			],
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }
			]
		}
	},
	// Each outside library is imported in exactly one folder.
	...[
		['leaflet', 'src/lib/map/**'],
		['gsap', 'src/lib/motion/**'],
		['scrollama', 'src/lib/scroll/**']
	].map(([name, home]) => ({
		files: ['src/**'],
		ignores: [home],
		rules: {
			'no-restricted-imports': [
				'error',
				{ paths: [{ name, message: `${name} is imported only in ${home}.` }] }
			]
		}
	})),
	{
		files: ['src/lib/story/**', 'src/lib/scene/**'],
		rules: { 'no-restricted-imports': ['error', domLibraries] }
	},
	{
		// The live protocol is shared by the pages and the relay: no Node, no socket library.
		files: ['src/lib/live/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [{ group: ['node:*', 'ws', 'ioredis'], message: 'src/lib/live/ is pure TS.' }] }
			]
		}
	},
	{
		// .bench/: the benchmark's generated story, its builds and the floor page (npm run bench).
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'.bench/'
		]
	}
);
