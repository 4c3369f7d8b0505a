import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from './woff';

/** A one-table WOFF built by hand: the table stored compressed or not. */
function woff(table: Uint8Array, compress: boolean): Uint8Array {
	const packed = compress ? new Uint8Array(deflateSync(table)) : table;
	const out = new Uint8Array(44 + 20 + packed.byteLength);
	const v = new DataView(out.buffer);
	v.setUint32(0, 0x774f4646);
	v.setUint32(4, 0x00010000);
	v.setUint32(8, out.byteLength);
	v.setUint16(12, 1);
	v.setUint32(16, 12 + 16 + ((table.byteLength + 3) & ~3));
	v.setUint32(44, 0x6e616d65); // 'name'
	v.setUint32(48, 64);
	v.setUint32(52, packed.byteLength);
	v.setUint32(56, table.byteLength);
	v.setUint32(60, 0xdeadbeef);
	out.set(packed, 64);
	return out;
}

describe('woffToSfnt', () => {
	const table = new TextEncoder().encode('Literata Literata Literata Literata!');

	it.each([[true], [false]])(
		'unpacks a table (compressed: %s) behind an sfnt header',
		(compress) => {
			const sfnt = woffToSfnt(woff(table, compress));
			const v = new DataView(sfnt.buffer);
			expect(v.getUint32(0)).toBe(0x00010000);
			expect(v.getUint16(4)).toBe(1);
			expect(v.getUint32(12)).toBe(0x6e616d65);
			expect(v.getUint32(16)).toBe(0xdeadbeef);
			expect(v.getUint32(20)).toBe(28);
			expect(v.getUint32(24)).toBe(table.byteLength);
			expect(sfnt.subarray(28, 28 + table.byteLength)).toEqual(table);
		}
	);

	it('refuses a file that is not WOFF 1.0', () => {
		expect(() => woffToSfnt(new Uint8Array(64))).toThrow(/signature/);
	});

	it('unpacks the site’s own font into a file with the tables a renderer needs', () => {
		const file = 'node_modules/@fontsource/literata/files/literata-latin-700-normal.woff';
		const sfnt = woffToSfnt(new Uint8Array(readFileSync(file)));
		const v = new DataView(sfnt.buffer);
		const tags = Array.from({ length: v.getUint16(4) }, (_, i) =>
			String.fromCharCode(...sfnt.subarray(12 + 16 * i, 16 + 16 * i))
		);
		expect(tags).toEqual(expect.arrayContaining(['cmap', 'head', 'hhea', 'hmtx', 'name']));
		for (let i = 0; i < tags.length; i++) {
			const end = v.getUint32(12 + 16 * i + 8) + v.getUint32(12 + 16 * i + 12);
			expect(end).toBeLessThanOrEqual(sfnt.byteLength);
		}
	});
});
