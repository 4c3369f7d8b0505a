import { inflateSync } from 'node:zlib';

/**
 * A WOFF 1.0 font unpacked to the TrueType/OpenType file it wraps (W3C WOFF 1.0, section 4–5).
 * @fontsource ships only WOFF and WOFF2, and the build-time SVG renderer reads only plain
 * font files: this lets the preview images use the site's own fonts, with no system font.
 */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
	const src = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
	if (src.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 file (signature)');
	const flavor = src.getUint32(4);
	const numTables = src.getUint16(12);
	const totalSfntSize = src.getUint32(16);
	const out = new Uint8Array(totalSfntSize);
	const dst = new DataView(out.buffer);
	const pow2 = 2 ** Math.floor(Math.log2(numTables));
	dst.setUint32(0, flavor);
	dst.setUint16(4, numTables);
	dst.setUint16(6, pow2 * 16);
	dst.setUint16(8, Math.log2(pow2));
	dst.setUint16(10, numTables * 16 - pow2 * 16);
	let offset = 12 + 16 * numTables;
	for (let i = 0; i < numTables; i++) {
		const entry = 44 + 20 * i;
		const tag = src.getUint32(entry);
		const at = src.getUint32(entry + 4);
		const compLength = src.getUint32(entry + 8);
		const origLength = src.getUint32(entry + 12);
		const packed = woff.subarray(at, at + compLength);
		// A table is stored compressed only when that made it smaller.
		const data = compLength < origLength ? inflateSync(packed) : packed;
		if (data.byteLength !== origLength) throw new Error(`WOFF table ${i}: length mismatch`);
		if (offset + origLength > totalSfntSize) throw new Error('WOFF totalSfntSize too small');
		const record = 12 + 16 * i;
		dst.setUint32(record, tag);
		dst.setUint32(record + 4, src.getUint32(entry + 16));
		dst.setUint32(record + 8, offset);
		dst.setUint32(record + 12, origLength);
		out.set(data, offset);
		offset += (origLength + 3) & ~3; // tables start on 4-byte boundaries
	}
	return out;
}
