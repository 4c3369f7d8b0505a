/**
 * `npm run new -- <slug>`: scaffold stories/<slug>/ with a small story that passes the checks,
 * and say where to open it. Refuses a slug that is not a valid address or is already taken.
 */
import { formatProblem } from '../src/lib/story/errors';
import { checkStory, STORIES_DIR } from '../src/lib/story/load';
import { createStory } from '../src/lib/story/scaffold';

const slug = process.argv.slice(2).find((a) => !a.startsWith('-'));
const made = createStory(slug, STORIES_DIR);
if (!made.ok) {
	console.error(`✗ ${made.message}`);
	process.exit(1);
}
const { problems } = checkStory(slug!);
for (const p of problems) console.log(formatProblem(p));
console.log(`✓ created ${made.dir}/: ${made.files.join(', ')}`);
console.log(`
Open it:   npm run dev, then http://localhost:5173/${slug}/
           (the page updates as you save; mistakes show in an overlay with their line)
Check it:  npm run stories:check ${slug}
Reference: docs/story-format.md`);
process.exit(problems.some((p) => p.severity === 'error') ? 1 : 0);
