import { encode } from 'uqr';

/**
 * A QR code as one SVG path of unit squares (the page's one use of uqr): one element, not
 * hundreds, drawn in the page's own ink, and no markup string to trust. `size` includes a quiet
 * zone of 4 modules, which phone cameras need to find the code against a busy slide.
 */
export function qrPath(text: string): { size: number; d: string } {
	// Medium error correction: a code on a projector survives glare and a keystoned image.
	const qr = encode(text, { ecc: 'M', border: 4 });
	let d = '';
	qr.data.forEach((row, y) =>
		row.forEach((dark, x) => {
			if (dark) d += `M${x} ${y}h1v1h-1z`;
		})
	);
	return { size: qr.size, d };
}
