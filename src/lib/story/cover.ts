import type { Problems } from './errors';
import { checkImage, type MediaFiles } from './images';
import { imageSchema } from './schema';
import { didYouMean } from './suggest';
import type { StoryCover } from './types';
import type { YamlSource } from './yaml-source';

/**
 * The front matter's `cover:`: a step id (its scene is drawn) or a picture from media/ written
 * like a scene's `image:`. Absent, the cover is the opening scene. Returns undefined after
 * reporting a problem.
 */
export function checkCover(
	value: unknown,
	src: YamlSource,
	file: string,
	stepIds: readonly string[],
	media: MediaFiles,
	problems: Problems
): StoryCover | undefined {
	if (value === undefined) return { kind: 'scene', step: 0 };
	const at = src.pos(['cover']);
	const err = (message: string, hint: string) =>
		problems.error(file, at.line, at.column, message, hint);
	const picture = 'cover: { file: media/<name>.jpg, alt: what it shows, credit: who made it }';
	if (typeof value === 'string') {
		const step = stepIds.indexOf(value);
		if (step >= 0) return { kind: 'scene', step };
		if (/[./]/.test(value)) {
			err(
				`cover \`${value}\` has no alt text: expected a picture written as a mapping with \`alt:\` and \`credit:\``,
				`write ${picture.replace('media/<name>.jpg', value)}`
			);
			return undefined;
		}
		err(
			`cover \`${value}\`: no step has the id \`${value}\`, expected a step id or a picture`,
			didYouMean(value, stepIds, `name a step by its {#id}, or a picture: ${picture}`)
		);
		return undefined;
	}
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		err(
			`cover: expected a step id or a picture, got ${Array.isArray(value) ? 'a list' : JSON.stringify(value)}`,
			`write cover: <step-id>, or ${picture}`
		);
		return undefined;
	}
	const input = src.check(imageSchema, value, problems, '`cover`', ['cover']);
	if (!input) return undefined;
	const where = { file, image: src.pos(['cover'], true), path: src.pos(['cover', 'file']) };
	const image = checkImage(input, { ...where, markdown: false }, media, problems);
	return image && { kind: 'image', image };
}
