import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { qrPath } from './qr';

describe('qrPath', () => {
	it('draws every dark module of the code, with a quiet zone around it', () => {
		const text = 'http://192.168.1.20:4180/j/K7QF';
		const { size, d } = qrPath(text);
		const squares = [...d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => [+m[1]!, +m[2]!]);
		const qr = encode(text, { ecc: 'M', border: 4 });
		expect(size).toBe(qr.size);
		expect(squares.length).toBe(qr.data.flat().filter(Boolean).length);
		// Nothing dark within 4 modules of the edge.
		expect(squares.every(([x, y]) => x! >= 4 && y! >= 4 && x! < size - 4 && y! < size - 4)).toBe(
			true
		);
	});
});
