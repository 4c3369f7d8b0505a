import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE, baseStory } from '../../../tests/unit/base-story';
import type { MapData } from '../map/map-data';
import { sceneAt } from '../scene/scene-at';
import type { Story } from '../story/types';
import { previewSvg, renderPng } from './og-image';

const none = { type: 'FeatureCollection', features: [] } as const;
const DATA: MapData = { land: none, lakes: none, rivers: none, layers: {} };
const story = (extra?: string): Story => {
	const { story } = baseStory(extra);
	if (!story) throw new Error('the base story does not build');
	return story;
};
const label = (s: Story, step: number) =>
	sceneAt(s, step).description.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

describe('og.png agrees with the cover', () => {
	it('shows the opening scene by default', () => {
		const s = story();
		expect(previewSvg(s, DATA)).toContain(`aria-label="${label(s, 0)}"`);
	});

	it('shows the scene the front matter names', () => {
		const s = story('cover: the-church');
		const svg = previewSvg(s, DATA);
		expect(svg).toContain(`aria-label="${label(s, 1)}"`);
		expect(svg).not.toContain(`aria-label="${label(s, 0)}"`);
	});

	it('shows the picture the front matter names, and renders it', () => {
		const s = story(
			'cover:\n  file: media/plan.png\n  alt: The square and the church\n  credit: Drawn for the test suite'
		);
		const png = readFileSync(`${BASE}/media/plan.png`);
		const svg = previewSvg(s, DATA, (file) =>
			file === 'media/plan.png' ? new Uint8Array(png) : undefined
		);
		expect(svg).toContain(`<image href="data:image/png;base64,${png.toString('base64')}"`);
		expect(renderPng(svg).length).toBeGreaterThan(1000);
	});
});
