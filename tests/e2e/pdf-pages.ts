/**
 * The text of a printed PDF, page by page and line by line, read with PDF.js (a dev dependency
 * used only here): the handout tests check where the page breaks fall, which only the printed
 * document knows.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * Each page's lines of text in reading order, with runs of white space made one space. A page may
 * be set in two columns: a line is the runs that share a baseline within one half of the page, and
 * the left half is read before the right.
 */
export async function pdfPages(pdf: Uint8Array): Promise<string[][]> {
	const doc = await getDocument({
		data: new Uint8Array(pdf),
		isEvalSupported: false,
		useSystemFonts: false
	}).promise;
	const pages: string[][] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const page = await doc.getPage(n);
		const middle = page.view[2]! / 2;
		const content = await page.getTextContent();
		// PDF.js gives runs of text, not lines: a line is the runs on one baseline in one column.
		const lines: { col: number; y: number; runs: { x: number; s: string }[] }[] = [];
		for (const item of content.items) {
			if (!('str' in item) || !item.str.trim()) continue;
			const y = item.transform[5] as number;
			const x = item.transform[4] as number;
			const col = x < middle - 4 ? 0 : 1;
			let line = lines.find((l) => l.col === col && Math.abs(l.y - y) <= 2);
			if (!line) lines.push((line = { col, y, runs: [] }));
			line.runs.push({ x, s: item.str });
		}
		pages.push(
			lines
				.sort((a, b) => a.col - b.col || b.y - a.y)
				.map(({ runs }) =>
					runs
						.sort((a, b) => a.x - b.x)
						.map((r) => r.s)
						.join(' ')
						.replace(/\s+/g, ' ')
						.trim()
				)
		);
	}
	await doc.destroy();
	return pages;
}
