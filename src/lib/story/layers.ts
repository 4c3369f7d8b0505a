import type { Problems } from './errors';
import type { GeoJSONCollection } from './types';

interface Where {
	file: string;
	line: number;
	column: number;
}

/** Read an extra map layer (GeoJSON); any problem points at the file, or at the line naming it. */
export function checkLayer(
	text: string | undefined,
	name: string,
	path: string,
	where: Where,
	problems: Problems
): GeoJSONCollection | undefined {
	if (text === undefined) {
		problems.error(
			where.file,
			where.line,
			where.column,
			`layer file \`${name}\` not found: expected ${path}`,
			'check the file name, or add the file beside story.md'
		);
		return undefined;
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		const msg = e instanceof Error ? e.message : String(e);
		const m = /position (\d+)/.exec(msg);
		const offset = m ? Number(m[1]) : 0;
		const before = text.slice(0, offset).split('\n');
		// Node's wording varies by version ("… at position 136 (line 6 column 57)"): keep the what,
		// the position is in the file:line:column already.
		const what = msg
			.replace(/\s*(in JSON )?at position \d+.*$/, '')
			.replace(/\s*\(line \d+ column \d+\)$/, '');
		problems.error(
			path,
			before.length,
			(before.at(-1)?.length ?? 0) + 1,
			`GeoJSON syntax: ${what}`,
			'the layer must be valid JSON; check commas and brackets near this point'
		);
		return undefined;
	}
	const fc = data as { type?: unknown; features?: unknown };
	if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
		problems.error(
			path,
			1,
			1,
			'expected a GeoJSON FeatureCollection with a `features` list',
			'wrap the features: { "type": "FeatureCollection", "features": [ … ] }'
		);
		return undefined;
	}
	return data as GeoJSONCollection;
}
