/**
 * docs/security.md names, for every promise, the code that keeps it and the test that checks it:
 * each file it names must exist, so that a renamed test cannot leave a promise unchecked unseen.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DOC = readFileSync('docs/security.md', 'utf8');

describe('docs/security.md', () => {
	it('has the threat model’s sections', () => {
		for (const heading of [
			'# Security',
			'## A hostile host page',
			'## A hostile network',
			'## A stale deploy',
			'## Dependencies'
		])
			expect(DOC.split('\n')).toContain(heading);
	});

	it('names only files that exist', () => {
		const named = [...DOC.matchAll(/`((?:src|tests|static|docs)\/[\w./-]+)`/g)].map((m) => m[1]!);
		expect(named.length).toBeGreaterThan(10);
		for (const path of named) expect(existsSync(path), path).toBe(true);
	});

	it('is linked from the README', () => {
		expect(readFileSync('README.md', 'utf8')).toContain('](docs/security.md)');
	});
});
