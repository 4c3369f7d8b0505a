/** Edit distance (Levenshtein), small inputs only: ids and field names. */
export function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let prev = row[0] ?? 0;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const tmp = row[j] ?? 0;
			row[j] = Math.min(
				(row[j] ?? 0) + 1,
				(row[j - 1] ?? 0) + 1,
				prev + (a[i - 1] === b[j - 1] ? 0 : 1)
			);
			prev = tmp;
		}
	}
	return row[b.length] ?? 0;
}

/** Names authors bring from other tools, and what this format calls them. */
const ALIASES: Readonly<Record<string, string>> = {
	lon: 'lng',
	long: 'lng',
	longitude: 'lng',
	latitude: 'lat',
	alttext: 'alt',
	zoomlevel: 'zoom',
	centre: 'center',
	cues: 'cue',
	place: 'places'
};

/** The nearest known name, if it is near enough to be what the author meant. */
export function nearest(name: string, known: Iterable<string>): string | undefined {
	const list = [...known];
	const alias = ALIASES[name.toLowerCase()];
	if (alias && list.includes(alias)) return alias;
	let best: string | undefined;
	let bestD = Infinity;
	for (const k of list) {
		const d = distance(name.toLowerCase(), k.toLowerCase());
		if (d < bestD) {
			bestD = d;
			best = k;
		}
	}
	return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

export function didYouMean(name: string, known: Iterable<string>, fallback: string): string {
	const n = nearest(name, known);
	return n ? `did you mean \`${n}\`?` : fallback;
}
