import * as v from 'valibot';
import { isMap, isNode, isPair, LineCounter, parseDocument, type Document } from 'yaml';
import type { Problems } from './errors';
import { didYouMean } from './suggest';

export type Key = string | number;

/**
 * A YAML text that remembers where everything came from, so a message can point at the exact
 * value (or key) that is wrong, inside a file or inside a fenced block of a Markdown file.
 */
export class YamlSource {
	readonly doc: Document.Parsed;
	private readonly lines = new LineCounter();
	readonly ok: boolean;

	constructor(
		readonly text: string,
		readonly file: string,
		/** The file line the text starts on (1-based). */
		readonly firstLine: number,
		problems: Problems,
		/** Column offset (for indented fences): 0 for whole files. */
		readonly indent = 0
	) {
		this.doc = parseDocument(text, {
			lineCounter: this.lines,
			prettyErrors: false,
			uniqueKeys: true
		});
		for (const e of this.doc.errors) {
			const [start] = e.pos;
			const { line, col } = this.lines.linePos(start);
			problems.error(
				file,
				line + firstLine - 1,
				col + indent,
				`YAML syntax: ${e.message.split('\n')[0]}`,
				e.code === 'DUPLICATE_KEY'
					? 'each key may appear once; remove or rename the repeated one'
					: 'check indentation, colons after keys, and quotes around text containing ": " or "#"'
			);
		}
		this.ok = this.doc.errors.length === 0;
	}

	value(): unknown {
		return this.ok ? this.doc.toJS() : undefined;
	}

	/** Position of the value at path (or of its key when `key` is true); falls back to the parent. */
	pos(path: readonly Key[], key = false): { line: number; column: number } {
		for (let n = path.length; n >= 0; n--) {
			const sub = path.slice(0, n);
			const offset = this.offsetOf(sub, key && n === path.length);
			if (offset !== undefined) {
				const { line, col } = this.lines.linePos(offset);
				return { line: line + this.firstLine - 1, column: col + this.indent };
			}
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
		const r = v.safeParse(schema, data);
		if (r.success) return r.output;
		for (const issue of r.issues) {
			const rel = (issue.path ?? []).map((p) => p.key as Key);
			const path = [...basePath, ...rel];
			const field = rel.length ? rel.join('.') : what;
			if (issue.expected === 'never') {
				const name = String(rel[rel.length - 1]);
				const parentField = rel.slice(0, -1).join('.');
				const options = known[parentField] ?? [];
				const p = this.pos(path, true);
				problems.error(
					this.file,
					p.line,
					p.column,
					`unknown field \`${name}\` in ${parentField ? `\`${parentField}\`` : what}`,
					didYouMean(
						name,
						options,
						options.length ? `known fields: ${options.join(', ')}` : 'remove it'
					)
				);
				continue;
			}
			const p = this.pos(path);
			const missing = issue.received === 'undefined';
			problems.error(
				this.file,
				p.line,
				p.column,
				missing
					? `missing required field \`${field}\` in ${what}: expected ${issue.expected}`
					: `\`${field}\` in ${what}: expected ${issue.expected}, got ${issue.received}`,
				missing ? `add \`${String(rel[rel.length - 1] ?? field)}: …\`` : hintFor(issue.expected)
			);
		}
		return undefined;
	}
}

function hintFor(expected: string | null): string | undefined {
	if (!expected) return undefined;
	if (expected.startsWith('(')) return `use one of ${expected.replace(/[()]/g, '')}`;
	if (expected === 'string') return 'write text; quote it if it looks like a number or date';
	if (expected === 'number') return 'write a plain number, e.g. 59.93917';
	if (expected === 'Array') return 'write a list: [a, b] or one item per line starting with "- "';
	return undefined;
}
