import { compare } from './dates';
import type { LayerSpec, StepDate } from './types';

/**
 * Whether a layer holds on a step's date. A step's span and the layer's [from, to] need only
 * overlap: a step from 15 September to 11 October shows the front as it stood before and after
 * the islands fell, because both held within its span. A step without a date shows only layers
 * without dates: the map cannot say which of two dated fronts it means.
 */
export function holdsOn(
	layer: Pick<LayerSpec, 'from' | 'to'>,
	date: StepDate | undefined
): boolean {
	if (!layer.from && !layer.to) return true;
	if (!date) return false;
	const end = date.end ?? date.start;
	if (layer.from && compare(end, layer.from) < 0) return false;
	if (layer.to && compare(date.start, layer.to) > 0) return false;
	return true;
}

/**
 * The layers a step shows: those it names and every `auto` layer, each only on the dates it
 * holds, in the order the front matter declares them (so the author decides what lies on top).
 * Pure: the same step always gets the same layers.
 */
export function layersOn(
	layers: Readonly<Record<string, LayerSpec>>,
	named: readonly string[],
	date: StepDate | undefined
): LayerSpec[] {
	return Object.values(layers).filter((l) => (l.auto || named.includes(l.id)) && holdsOn(l, date));
}
