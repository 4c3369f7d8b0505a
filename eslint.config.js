import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Layer direction: pure story/scene code never reaches the DOM libraries. */
const domLibraries = {
	patterns: [
		{ group: ['leaflet', 'gsap', 'gsap/*', 'scrollama'], message: 'Only map/, motion/ and scroll/ import these.' },
		{ group: ['**/map/*', '**/motion/*', '**/scroll/*', '**/ui/*', '**/shells/*'], message: 'story/ and scene/ are pure: no DOM layers.' }
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
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{
		files: ['src/lib/story/**', 'src/lib/scene/**'],
		rules: { 'no-restricted-imports': ['error', domLibraries] }
	},
	{
		files: ['src/**'],
		ignores: ['src/lib/map/**'],
		rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'leaflet', message: 'Leaflet lives in src/lib/map only.' }] }] }
	},
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/'] }
);
