import * as v from 'valibot';
import { isMap, isNode, isPair, parseDocument, type Document } from 'yaml';
import type { Problems } from './errors';
import { didYouMean, nearest } from './suggest';
import { MAX_NESTING, nestingTooDeep } from './text-guards';

export type Key = string | number;

/**
 * A YAML text that remembers where everything came from, so a message can point at the exact
 * value (or key) that is wrong, inside a file or inside a fenced block of a Markdown file.
 */
export class YamlSource {
	readonly doc: Document.Parsed;
	/** Offset of the first character of each line. The yaml package's own LineCounter drifts
	 * after an error (a multi-line token counts as one line), so lines are counted here. */
	private readonly lineStarts: number[];
	readonly ok: boolean;
	private readonly data: unknown;

	constructor(
		readonly text: string,
		readonly file: string,
		/** The file line the text starts on (1-based). */
		readonly firstLine: number,
		problems: Problems,
		/** Column offset (for indented fences): 0 for whole files. */
		readonly indent = 0
	) {
		this.lineStarts = [0];
		for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
			this.lineStarts.push(i + 1);
		// Hostile nesting is refused before the parser recurses into it (text-guards.ts).
		const deep = nestingTooDeep(text);
		this.doc = parseDocument(deep === undefined ? text : '', {
			prettyErrors: false,
			uniqueKeys: true
		});
		// After the first syntax error the parser has lost its footing: what follows is mostly
		// the same mistake seen again. Report the first; fixing it shows any other.
		const e = this.doc.errors[0];
		const tooDeep = deep ?? (e?.code === 'RESOURCE_EXHAUSTION' ? e.pos[0] : undefined);
		if (tooDeep !== undefined || e) {
			const p = this.at(tooDeep ?? e?.pos[0] ?? 0);
			problems.error(
				file,
				p.line,
				p.column,
				tooDeep !== undefined || !e
					? `YAML: nesting too deep: expected at most ${MAX_NESTING} levels of lists and mappings`
					: `YAML syntax: ${e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
				tooDeep !== undefined || !e
					? 'close the brackets that open before this point; a scene needs only a few levels'
					: (YAML_HINTS[e.code] ??
							'check indentation, colons after keys, and quotes around text containing ": " or "#"')
			);
		}
		let data: unknown;
		let ok = !e && tooDeep === undefined;
		if (ok) {
			try {
				data = this.doc.toJS();
			} catch (err) {
				// e.g. aliases that expand without end ("billion laughs")
				ok = false;
				const p = this.at(0);
				problems.error(
					file,
					p.line,
					p.column,
					`YAML: ${err instanceof Error ? err.message : String(err)}`,
					'write the values out instead of using & anchors and * aliases'
				);
			}
		}
		this.ok = ok;
		this.data = data;
	}

	value(): unknown {
		return this.data;
	}

	/** File line and column of an offset in the text. */
	private at(offset: number): { line: number; column: number } {
		const o = Math.max(0, Math.min(offset, this.text.length));
		let lo = 0;
		let hi = this.lineStarts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if ((this.lineStarts[mid] ?? 0) <= o) lo = mid;
			else hi = mid - 1;
		}
		return { line: lo + this.firstLine, column: o - (this.lineStarts[lo] ?? 0) + 1 + this.indent };
	}

	/** Position of the value at path (or of its key when `key` is true); falls back to the parent. */
	pos(path: readonly Key[], key = false): { line: number; column: number } {
		for (let n = path.length; n >= 0; n--) {
			const sub = path.slice(0, n);
			const offset = this.offsetOf(sub, key && n === path.length);
			if (offset !== undefined) return this.at(offset);
		}
		return { line: this.firstLine, column: 1 + this.indent };
	}

	private offsetOf(path: readonly Key[], key: boolean): number | undefined {
		if (path.length === 0) return this.doc.contents?.range?.[0];
		const parent = path.length === 1 ? this.doc.contents : this.doc.getIn(path.slice(0, -1), true);
		const last = path[path.length - 1];
		if (key && isMap(parent)) {
			const pair = parent.items.find(
				(p) => isPair(p) && isNode(p.key) && (p.key as { value?: unknown }).value === last
			);
			if (pair && isNode(pair.key)) return pair.key.range?.[0];
		}
		const node = this.doc.getIn(path, true);
		return isNode(node) ? node.range?.[0] : undefined;
	}

	/** Validate with a valibot schema; every issue becomes a positioned problem. */
	check<S extends v.GenericSchema>(
		schema: S,
		data: unknown,
		problems: Problems,
		what: string,
		basePath: readonly Key[] = [],
		known: Record<string, readonly string[]> = {}
	): v.InferOutput<S> | undefined {
		// A list where fields were expected would otherwise read as fields named 0, 1, 2.
		if (Array.isArray(data) && (schema as SchemaNode).entries) {
			const p = this.pos(basePath);
			problems.error(
				this.file,
				p.line,
				p.column,
				`${what}: expected \`field: value\` lines, got a list`,
				'write one `field: value` per line, without "- " in front'
			);
			return undefined;
		}
		const r = v.safeParse(schema, data);
		if (r.success) return r.output;
		const rels = r.issues.map((issue) => (issue.path ?? []).map((p) => p.key as Key));
		// `lon:` for `lng:` is one mistake: say "unknown field lon, did you mean lng", not also
		// "missing field lng".
		const suggested = new Set<string>();
		r.issues.forEach((issue, i) => {
			const rel = rels[i] ?? [];
			if (issue.expected !== 'never') return;
			const parent = rel.slice(0, -1);
			const n = nearest(String(rel[rel.length - 1]), this.fieldsFor(schema, parent, known));
			if (n) suggested.add([...parent, n].join('.'));
		});
		r.issues.forEach((issue, i) => {
			const rel = rels[i] ?? [];
			const path = [...basePath, ...rel];
			const field = rel.length ? rel.join('.') : what;
			if (issue.expected === 'never') {
				const name = String(rel[rel.length - 1]);
				const parentField = rel.slice(0, -1).join('.');
				const options = this.fieldsFor(schema, rel.slice(0, -1), known);
				const p = this.pos(path, true);
				problems.error(
					this.file,
					p.line,
					p.column,
					/\s/.test(name)
						? `\`${name}\` in ${parentField ? `\`${parentField}\`` : what} reads as a field name: a comma inside { … } ended the text before it`
						: `unknown field \`${name}\` in ${parentField ? `\`${parentField}\`` : what}`,
					/\s/.test(name)
						? // `label: Rua Augusta, from the Rossio` inside { … }: the comma ended the value
							'put text with a comma in quotes, e.g. label: "The square, then the church"'
						: didYouMean(
								name,
								options,
								options.length ? `known fields: ${options.join(', ')}` : 'remove it'
							)
				);
				return;
			}
			const missing = issue.received === 'undefined';
			if (missing && suggested.has(rel.join('.'))) return;
			const p = this.pos(path);
			// A check inside a pipe (a regex, a length) carries our own words for what is expected.
			const validation = issue.kind === 'validation';
			const input: unknown = issue.input;
			const got = !validation
				? inWords(issue.received)
				: typeof input === 'string'
					? JSON.stringify(input)
					: Array.isArray(input)
						? `${input.length} item${input.length === 1 ? '' : 's'}`
						: issue.received;
			const key = String(rel[rel.length - 1] ?? field);
			problems.error(
				this.file,
				p.line,
				p.column,
				missing
					? `missing required field \`${field}\` in ${what}: expected ${expects(schema, rel)}`
					: `\`${field}\` in ${what}: expected ${validation ? issue.message : inWords(issue.expected ?? '')}, got ${got}`,
				missing
					? `add \`${key}: …\``
					: validation
						? VALIDATION_HINTS[issue.type]
						: hintFor(issue.expected, input)
			);
		});
		return undefined;
	}

	private fieldsFor(
		schema: unknown,
		parent: readonly Key[],
		known: Record<string, readonly string[]>
	): readonly string[] {
		return known[parent.join('.')] ?? fieldsAt(schema, parent);
	}
}

/** What a field expects, in words: for "missing required field `calendar` …: expected …". */
function expects(schema: unknown, rel: readonly Key[]): string {
	return inWords(schemaAt(schema, rel)[0]?.expects ?? 'a value');
}

/** valibot names types as a programmer would; authors read "a list", not "Array". */
function inWords(type: string): string {
	const words: Record<string, string> = {
		string: 'text',
		number: 'a number',
		boolean: 'true or false',
		Array: 'a list',
		Object: 'a mapping (`field: value` lines, or { … })',
		null: 'nothing'
	};
	const parts = type.replace(/^\((.*)\)$/, '$1').split(' | ');
	return parts.map((t) => words[t] ?? t).join(' or ');
}

const VALIDATION_HINTS: Partial<Record<string, string>> = {
	url: 'write the whole address, starting with https://',
	// v.check is used for addresses only (schema.ts): a story never links to script or files.
	check: 'write the whole address, starting with https://: a story links only to web pages',
	regex: 'use lower-case letters, digits and hyphens, e.g. old-town',
	min_length: 'add what is missing, or remove the field',
	min_value: 'see the allowed range in docs/story-format.md',
	max_value: 'see the allowed range in docs/story-format.md'
};

const YAML_HINTS: Partial<Record<string, string>> = {
	DUPLICATE_KEY: 'each key may appear once; remove or rename the repeated one',
	TAB_AS_INDENT: 'indent with spaces: YAML does not allow tabs',
	BLOCK_AS_IMPLICIT_KEY:
		'text that contains ": " must be quoted, e.g. title: "Lisbon: a walk after the earthquake"',
	MISSING_CHAR: 'close the quote or the bracket that opens here',
	BAD_INDENT: 'line the fields of one mapping up under each other, and close every [ and {'
};

/** Schema nodes as far as the walk below needs them (valibot's own types are too deep to walk). */
interface SchemaNode {
	type?: string;
	entries?: Record<string, SchemaNode>;
	wrapped?: SchemaNode;
	item?: SchemaNode;
	value?: SchemaNode;
	options?: SchemaNode[];
	items?: SchemaNode[];
	expects?: string;
}

function unwrap(list: readonly (SchemaNode | undefined)[]): SchemaNode[] {
	return list.flatMap((n) =>
		!n || typeof n !== 'object'
			? []
			: n.wrapped
				? unwrap([n.wrapped])
				: n.options
					? unwrap(n.options)
					: [n]
	);
}

/** The schema nodes that can stand at `path` (a union may offer several). */
function schemaAt(schema: unknown, path: readonly Key[]): SchemaNode[] {
	let nodes = [schema as SchemaNode];
	for (const key of path) {
		nodes = unwrap(nodes).flatMap((n) => {
			if (n.entries) return n.entries[String(key)] ?? [];
			if (n.item) return [n.item];
			if (n.items) return n.items[Number(key)] ?? [];
			if (n.value) return [n.value];
			return [];
		});
	}
	// Keep optional wrappers' inner schema but not unions' options: `expects` of a union reads well.
	return nodes.flatMap((n) => (n?.wrapped ? [n.wrapped] : n ? [n] : []));
}

/** The field names an object in the schema allows at `path` (for "did you mean" on any level). */
export function fieldsAt(schema: unknown, path: readonly Key[]): string[] {
	return [...new Set(unwrap(schemaAt(schema, path)).flatMap((n) => Object.keys(n.entries ?? {})))];
}

function hintFor(expected: string | null, input: unknown): string | undefined {
	if (!expected) return undefined;
	// A choice: "julian" | "gregorian"
	if (/^\(?"/.test(expected)) {
		const options = [...expected.matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? '');
		const fallback = `use one of ${options.join(', ')}`;
		return typeof input === 'string' ? didYouMean(input, options, fallback) : fallback;
	}
	if (expected === 'string') return 'write text; quote it if it looks like a number or date';
	if (expected === 'number') return 'write a plain number, e.g. 38.7075: no units, no degree signs';
	if (expected === 'Array') return 'write a list: [a, b] or one item per line starting with "- "';
	if (expected === 'Object')
		return 'write a mapping: { key: value } or indented `key: value` lines';
	return undefined;
}
