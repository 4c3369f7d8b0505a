import { describe, expect, it } from 'vitest';
import { isStoryStatus, isWorkerMessage, shellPaths, storyPaths } from './precache-plan';

const build = [
	'/_app/immutable/entry/start.A.js',
	'/_app/immutable/assets/literata.B.woff2',
	'/_app/immutable/assets/literata.B.woff',
	'/_app/version.json'
];
const files = ['/favicon.svg', '/embed.js', '/_headers'];
const prerendered = [
	'/',
	'/__data.json',
	'/crisis/',
	'/crisis/map.json',
	'/crisis/present/',
	'/crisis/scene/why-now.svg',
	'/lisbon/',
	'/lisbon/map.json'
];

describe('the precache plan', () => {
	it('caches the shell at install: scripts, WOFF2, static files and the home page', () => {
		expect(shellPaths([...build, ...files, ...prerendered], '')).toEqual([
			'/_app/immutable/entry/start.A.js',
			'/_app/immutable/assets/literata.B.woff2',
			'/_app/version.json',
			'/favicon.svg',
			'/embed.js',
			'/',
			'/__data.json'
		]);
	});

	it('caches one story when asked, not the others', () => {
		expect(storyPaths(prerendered, '', 'crisis')).toEqual([
			'/crisis/',
			'/crisis/map.json',
			'/crisis/present/',
			'/crisis/scene/why-now.svg'
		]);
		expect(storyPaths(prerendered, '', 'lisbon')).toEqual(['/lisbon/', '/lisbon/map.json']);
		expect(storyPaths(prerendered, '', 'nothing')).toEqual([]);
	});

	it('works under a base path', () => {
		const under = prerendered.map((p) => `/docs${p}`);
		expect(storyPaths(under, '/docs', 'lisbon')).toEqual([
			'/docs/lisbon/',
			'/docs/lisbon/map.json'
		]);
		expect(shellPaths(under, '/docs')).toEqual(['/docs/', '/docs/__data.json']);
	});
});

describe('worker messages', () => {
	it.each([
		[{ type: 'hello', version: '1765000000000' }, true],
		[{ type: 'story', slug: 'the-crisis-has-matured' }, true],
		[{ type: 'skip-waiting' }, true],
		[{ type: 'story', slug: '../etc' }, false],
		[{ type: 'story', slug: 'https://evil.example/' }, false],
		[{ type: 'story', slug: 7 }, false],
		[{ type: 'hello', version: '<script>' }, false],
		[{ type: 'hello' }, false],
		[{ type: 'delete-all' }, false],
		['story', false],
		[null, false]
	])('%j → %s', (data, ok) => {
		expect(isWorkerMessage(data)).toBe(ok);
	});

	it('reads a status for its own story only', () => {
		const status = { type: 'story-status', version: '1', slug: 'crisis', done: 3, total: 5 };
		expect(isStoryStatus(status, 'crisis')).toBe(true);
		expect(isStoryStatus(status, 'lisbon')).toBe(false);
		expect(isStoryStatus({ ...status, done: '3' }, 'crisis')).toBe(false);
	});
});
