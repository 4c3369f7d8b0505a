import type { LatLng, Place } from '../story/types';

/** Everything a renderer needs to draw one step, resolved to coordinates: pure data. */
export interface Scene {
	step: number;
	stepId: string;
	view: SceneView;
	markers: readonly SceneMarker[];
	routes: readonly SceneRoute[];
	layers: readonly SceneLayer[];
	cues: readonly string[];
	/** A sentence for screen readers: what the map shows. */
	description: string;
}

export type SceneView =
	| { kind: 'bounds'; bounds: readonly [LatLng, LatLng]; maxZoom: number }
	| { kind: 'center'; center: LatLng; zoom: number };

export interface SceneMarker {
	id: string;
	/** The name of the story's time: Petrograd. */
	name: string;
	/** Today's name, when it differs. */
	today?: string;
	lat: number;
	lng: number;
	highlighted: boolean;
	kind: Place['kind'];
}

export interface SceneRoute {
	id: string;
	points: readonly LatLng[];
	draw: boolean;
	label: string;
}

export interface SceneLayer {
	id: string;
	label: string;
	minZoom: number;
	/** Drawn in the scene's view (in-view.ts): the map's caption names these. */
	inView: boolean;
}
