/**
 * The entry `id` of a record of places, sources or layers, only if the story itself wrote it.
 * An id is author input: `constructor` or `toString` read with a plain `record[id]` would find
 * Object.prototype's function, pass the checks, and break every page (docs/security.md).
 */
export function own<T>(record: Readonly<Record<string, T>>, id: string): T | undefined {
	return Object.hasOwn(record, id) ? record[id] : undefined;
}
