import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('../map/map-scene', () => ({ createMapScene: 'scene' }));
vi.mock('../map/leaflet', () => ({ default: 'leaflet' }));

const { mapData, mapModule, warmMap } = await import('./map-warm');

/** A fetch that answers each URL with its own name, counting the requests. */
function fakeFetch(status = 200) {
	const asked: string[] = [];
	vi.stubGlobal('fetch', async (url: string) => {
		asked.push(url);
		return { ok: status === 200, status, json: async () => ({ url }) };
	});
	return asked;
}

afterEach(() => vi.unstubAllGlobals());

describe('map-warm', () => {
	it('a warmed map takes the data already asked for, once; a later map asks anew', async () => {
		const asked = fakeFetch();
		warmMap('/a/map.json');
		warmMap('/a/map.json');
		expect(asked).toEqual(['/a/map.json']);
		expect(await mapData('/a/map.json')).toEqual({ url: '/a/map.json' });
		expect(asked).toHaveLength(1);
		await mapData('/a/map.json');
		expect(asked).toHaveLength(2);
	});

	it('an unwarmed map fetches its own data; a failed answer is an error for the map', async () => {
		fakeFetch(404);
		await expect(mapData('/b/map.json')).rejects.toThrow('/b/map.json: 404');
		warmMap('/c/map.json'); // its failure waits, unreported, for the map that takes it
		await expect(mapData('/c/map.json')).rejects.toThrow('404');
	});

	it('the map module is loaded once', async () => {
		const first = mapModule();
		expect(mapModule()).toBe(first);
		expect((await first).createMapScene).toBe('scene');
	});
});
