/**
 * Helpers for the lecture-mode tests (deck, notes window, offline, print). They read the test
 * contract (architecture.md): html[data-mode], the story root's [data-active-step], the map's
 * [data-scene-step] (set only once a scene is applied), and the URL hash naming the step.
 */
import { expect as baseExpect, type Page } from '@playwright/test';

/**
 * Assertions with room for a shared, busy machine (several browsers and builds at once): a slow
 * page is still a failure after 15 s, but not after the default 5.
 */
export const expect = baseExpect.configure({ timeout: 15_000 });

export interface StoryInfo {
	slug: string;
	/** Step ids in order, index = the step's 0-based index. */
	ids: string[];
}

let cached: StoryInfo | undefined;

/**
 * The longest story on the index page (a lecture needs room to step through), and its step ids,
 * read from its handout.
 */
export async function storyInfo(page: Page): Promise<StoryInfo> {
	if (cached) return cached;
	await page.goto('/');
	const stories = await page.$$eval('main li', (items) =>
		items.map((li) => ({
			href: li.querySelector('h2 a')?.getAttribute('href') ?? '',
			steps: Number(/(\d+)\s+steps/.exec(li.textContent ?? '')?.[1] ?? 0)
		}))
	);
	expect(stories.length, 'the index page lists stories').toBeGreaterThan(0);
	const longest = stories.reduce((a, b) => (b.steps > a.steps ? b : a));
	const slug = new URL(longest.href, page.url()).pathname.split('/').filter(Boolean).pop();
	expect(slug, 'the index page links to a story').toBeTruthy();
	await page.goto(`/${slug}/print/`);
	const ids = await page.$$eval('article.step', (els) => els.map((el) => el.id));
	expect(ids.length, 'the handout lists the steps').toBeGreaterThan(12);
	cached = { slug: slug as string, ids };
	return cached;
}

export const deckPath = (slug: string, id?: string) => `/${slug}/present/${id ? `#${id}` : ''}`;
export const notesPath = (slug: string) => `/${slug}/present/notes/`;

export interface DeckState {
	active: number;
	scene: number | null;
	hash: string;
}

export async function deckState(page: Page): Promise<DeckState> {
	return page.evaluate(() => {
		const root = document.querySelector('[data-active-step]') as HTMLElement | null;
		const scene = (document.querySelector('.map') as HTMLElement | null)?.dataset.sceneStep;
		return {
			active: root ? Number(root.dataset.activeStep) : -1,
			scene: scene === undefined ? null : Number(scene),
			hash: location.hash
		};
	});
}

/** Waits until the deck is on step `index`: root, map scene and URL hash all agree. */
export async function expectStep(
	page: Page,
	info: StoryInfo,
	index: number,
	why = ''
): Promise<void> {
	await expect
		.poll(() => deckState(page), {
			message: `${why ? `${why}: ` : ''}deck on step ${index} (#${info.ids[index]})`,
			timeout: 20_000
		})
		.toEqual({ active: index, scene: index, hash: `#${info.ids[index]}` });
}

/**
 * The lecturer's first touch of the keyboard, one that does not move the deck (Shift): on the
 * first step the deck shows the scene's picture and starts its live map only at an interaction.
 */
export async function startDeckMap(page: Page): Promise<void> {
	// The deck's app is listening once it has mounted (main.deck loses .pending): a key before
	// that reaches no script of the deck's.
	await expect(page.locator('main.deck')).not.toHaveClass(/\bpending\b/);
	await page.keyboard.press('Shift');
}

/**
 * Opens the deck (at a step, if given) and waits until that step's scene is applied. On the
 * first step the live map is started as the lecturer would (startDeckMap).
 */
export async function openDeck(page: Page, info: StoryInfo, index?: number): Promise<void> {
	await page.goto(deckPath(info.slug, index === undefined ? undefined : info.ids[index]));
	await expect(page.locator('html')).toHaveAttribute('data-mode', 'present');
	if (!index) await startDeckMap(page);
	await expectStep(page, info, index ?? 0, 'deck opened');
	await expect(page.locator(`article[id="${info.ids[index ?? 0]}"] h2`)).toBeVisible();
}

/** The step the notes window shows (0-based), from its [data-active-step]. */
export async function notesStep(page: Page): Promise<number> {
	return Number(await page.locator('[data-active-step]').getAttribute('data-active-step'));
}
