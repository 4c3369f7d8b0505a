import { describe, expect, it } from 'vitest';
import { VERST_M, metresPerPixel, scaleBars } from './scale-bar';

describe('scale bar', () => {
	it('uses Leaflet’s metres per pixel: 156 543 m at the equator at zoom 0, half at 60°', () => {
		expect(metresPerPixel(0, 0)).toBeCloseTo(156_543.03, 1);
		expect(metresPerPixel(60, 0)).toBeCloseTo(78_271.5, 0);
	});

	it('picks round lengths that fit, with their bars in proportion', () => {
		// Petrograd at zoom 14: about 4.78 m per pixel.
		const mpp = metresPerPixel(59.94, 14);
		const { km, verst } = scaleBars(mpp, 110);
		expect(km.label).toBe('500 m');
		expect(km.px).toBe(Math.round(500 / mpp));
		expect(verst.label).toBe('¼ verst');
		expect(verst.px).toBe(Math.round((0.25 * VERST_M) / mpp));
		for (const b of [km, verst]) expect(b.px).toBeLessThanOrEqual(110);
	});

	it('counts versts in whole numbers at a regional zoom', () => {
		const mpp = metresPerPixel(60, 8); // about 306 m per pixel
		const { km, verst } = scaleBars(mpp, 110);
		expect(km.label).toBe('20 km');
		expect(verst.label).toBe('20 versts');
		expect(verst.px).toBeGreaterThan(km.px);
	});
});
