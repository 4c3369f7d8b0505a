import { describe, expect, it } from 'vitest';
import { distanceToGeometryM, pointInGeometry } from './planar';

// At 60° N a degree of longitude is half a degree of latitude: ~55.6 km against ~111.2 km.
const square = {
	type: 'Polygon',
	coordinates: [
		[
			[30, 60],
			[30.01, 60],
			[30.01, 60.01],
			[30, 60.01],
			[30, 60]
		]
	]
};

describe('distance from a place to a geometry', () => {
	it('is 0 inside a polygon, and to its nearest edge outside', () => {
		expect(pointInGeometry(30.005, 60.005, square)).toBe(true);
		expect(distanceToGeometryM(30.005, 60.005, square)).toBe(0);
		expect(distanceToGeometryM(30.005, 60.011, square)).toBeCloseTo(111.2, 0);
	});

	it('measures to a line between its vertices, and to a point', () => {
		const line = {
			type: 'LineString',
			coordinates: [
				[30, 60],
				[30.02, 60]
			]
		};
		expect(distanceToGeometryM(30.01, 60.001, line)).toBeCloseTo(111.2, 0);
		expect(distanceToGeometryM(30.03, 60, line)).toBeCloseTo(556, -1);
		expect(distanceToGeometryM(30, 60.001, { type: 'Point', coordinates: [30, 60] })).toBeCloseTo(
			111.2,
			0
		);
	});
});
