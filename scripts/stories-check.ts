/**
 * `npm run stories:check [slug…]`: validate every story (or the named ones), print every error and
 * warning as file:line:column, and exit 1 when any story has an error.
 */
import { formatProblem } from '../src/lib/story/errors';
import { checkStory, storySlugs } from '../src/lib/story/load';

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const slugs = wanted.length ? wanted : storySlugs();
let errors = 0;
let warnings = 0;
for (const slug of slugs) {
	const { story, problems } = checkStory(slug);
	for (const p of problems) console.log(formatProblem(p));
	const e = problems.filter((p) => p.severity === 'error').length;
	errors += e;
	warnings += problems.length - e;
	console.log(
		story
			? `✓ ${slug}: ${story.steps.length} steps, ${story.chapters.length} chapters`
			: `✗ ${slug}: ${e} error${e === 1 ? '' : 's'}`
	);
}
console.log(
	`${slugs.length} ${slugs.length === 1 ? 'story' : 'stories'}, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`
);
process.exit(errors > 0 ? 1 : 0);
