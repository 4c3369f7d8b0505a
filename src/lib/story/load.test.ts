import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	rmSync,
	symlinkSync,
	unlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem } from './errors';
import { checkStory, loadStory, readMedia } from './load';

/**
 * A story folder may hold symbolic links: the loader follows none that leads out of the folder,
 * so a link `media/plan.png -> /etc/passwd` can never be published (docs/security.md).
 */
let tmp: string;
let root: string;
let story: string;
let secret: string;

beforeEach(() => {
	tmp = mkdtempSync(join(tmpdir(), 'lantern-links-'));
	root = join(tmp, 'stories');
	story = join(root, 'walk');
	mkdirSync(root);
	cpSync('tests/fixtures/broken/_base', story, { recursive: true });
	secret = join(tmp, 'secret.txt');
	writeFileSync(secret, 'not for publishing\n');
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

/** Replace a file of the story with a symbolic link to `target`. */
function link(name: string, target: string): void {
	unlinkSync(join(story, name));
	symlinkSync(target, join(story, name));
}

const check = () => checkStory('walk', root).problems.map(formatProblem);
const at = (name: string) => `\`${name}\` is a link to ${secret}, outside the story folder`;

describe('symbolic links out of a story folder', () => {
	it('loads the story as it is, and a link that stays inside the folder', () => {
		expect(check()).toEqual([]);
		link('media/plan.png', 'plan-copy.png');
		cpSync('tests/fixtures/broken/_base/media/plan.png', join(story, 'media/plan-copy.png'));
		expect(check()).toEqual([]);
		expect(readMedia('walk', 'media/plan.png', root)?.length).toBeGreaterThan(0);
	});

	it('refuses a picture that links out, where the story names it, and never reads it', () => {
		link('media/plan.png', secret);
		const problems = check();
		expect(problems[0]).toMatch(/^.*stories\/walk\/story\.md:27:9 {2}error: /);
		expect(problems[0]).toContain(at('media/plan.png'));
		expect(problems[1]).toMatch(/story\.md:34:35 {2}error: /);
		expect(readMedia('walk', 'media/plan.png', root)).toBeUndefined();
	});

	it('refuses a gazetteer, a bibliography or a layer that links out', () => {
		for (const [name, line] of [
			['places.yaml', 1],
			['sources.yaml', 1],
			['plan.geojson', 8]
		] as const) {
			cpSync(`tests/fixtures/broken/_base/${name}`, join(tmp, 'keep'));
			link(name, secret);
			const problems = check();
			expect(
				problems.find((p) => p.includes(at(name))),
				name
			).toMatch(new RegExp(`story\\.md:${line}:\\d+ {2}error: `));
			expect(problems.join('\n')).not.toContain('not for publishing');
			unlinkSync(join(story, name));
			cpSync(join(tmp, 'keep'), join(story, name));
		}
	});

	it('refuses story.md that links out, and a story folder that is a link', () => {
		writeFileSync(secret, '---\ntitle: x\n---\n');
		link('story.md', secret);
		expect(check()[0]).toContain(at('story.md'));
		const elsewhere = join(tmp, 'elsewhere');
		cpSync('tests/fixtures/broken/_base', elsewhere, { recursive: true });
		symlinkSync(elsewhere, join(root, 'linked'));
		expect(checkStory('linked', root).problems.map(formatProblem)[0]).toContain(
			`\`story.md\` is a link to ${join(elsewhere, 'story.md')}, outside the story folder`
		);
	});

	it('refuses a story folder whose name is not an address, or is one the site uses', () => {
		for (const [slug, why] of [
			['_app', "cannot be a story's address"],
			['Walk', "cannot be a story's address"],
			['embed', 'is a name the site uses itself']
		] as const) {
			cpSync(story, join(root, slug), { recursive: true });
			const [first, ...rest] = checkStory(slug, root).problems.map(formatProblem);
			expect(first).toContain(`${join(root, slug)}:1:1  error: \`${slug}\` ${why}`);
			expect(rest).toEqual([]);
			expect(() => loadStory(slug, root)).toThrow(why);
		}
	});
});
