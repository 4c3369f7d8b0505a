/**
 * Where things are in a JSON text: JSON.parse gives values without positions, and an author needs
 * the line of the bad feature in a layer of thousands of lines.
 */

/**
 * The text offset at which each element of the top-level object's `features` list starts, in
 * order. One pass over the (already parsed, so valid) text; strings are skipped with their escapes.
 */
export function featureOffsets(text: string): number[] {
	const out: number[] = [];
	const stack: ('{' | '[')[] = [];
	let key: string | undefined;
	let inFeatures = false;
	let expectValue = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === ',' || c === ':') {
			if (c === ',' && inFeatures && stack.length === 2) expectValue = true;
			continue;
		}
		if (inFeatures && stack.length === 2 && expectValue && c !== ']') {
			out.push(i);
			expectValue = false;
		}
		if (c === '"') {
			const start = i;
			for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
			// A key is a string followed by a colon; a value string ("features" as a name) is not.
			const colon = /^\s*:/.test(text.slice(i + 1, i + 40));
			if (stack.length === 1 && colon) key = JSON.parse(text.slice(start, i + 1));
			continue;
		}
		if (c === '{' || c === '[') {
			stack.push(c);
			if (c === '[' && stack.length === 2 && key === 'features') {
				inFeatures = true;
				expectValue = true;
			}
		} else if (c === '}' || c === ']') {
			stack.pop();
			if (stack.length === 1) inFeatures = false;
		}
	}
	return out;
}

/** 1-based line and column of a text offset. */
export function lineAt(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset).split('\n');
	return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
