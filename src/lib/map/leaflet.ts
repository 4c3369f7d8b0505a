// The only module that imports Leaflet. It is loaded with import() after mount: Leaflet touches
// `window` at import time and would break prerendering.
//
// Built from Leaflet's own ES modules (leaflet/src, shipped in the package), only the parts the
// map calls: the whole dist bundle also carried popups, tooltips, overlays, the zoom, layers and
// scale controls and every interaction handler, none of which the story map uses (its handlers are
// all off: the reader drives it by scrolling). About 8 KB gzipped of the reader's first move.
// A factory the map starts to use must be added here; the type stays Leaflet's own.
import type * as Leaflet from 'leaflet';
import { createMap } from 'leaflet/src/map/Map.js';
import { toLatLng } from 'leaflet/src/geo/LatLng.js';
import { toLatLngBounds } from 'leaflet/src/geo/LatLngBounds.js';
import { toPoint } from 'leaflet/src/geometry/Point.js';
import * as DomUtil from 'leaflet/src/dom/DomUtil.js';
import { layerGroup } from 'leaflet/src/layer/LayerGroup.js';
import { geoJSON } from 'leaflet/src/layer/GeoJSON.js';
import { divIcon } from 'leaflet/src/layer/marker/DivIcon.js';
import { marker } from 'leaflet/src/layer/marker/Marker.js';
import { tileLayer } from 'leaflet/src/layer/tile/TileLayer.js';
import { svg } from 'leaflet/src/layer/vector/SVG.js';
import 'leaflet/src/layer/vector/Renderer.getRenderer.js'; // map.getRenderer, which every path uses
import { circleMarker } from 'leaflet/src/layer/vector/CircleMarker.js';
import { polyline } from 'leaflet/src/layer/vector/Polyline.js';
import { control } from 'leaflet/src/control/Control.js';
import { attribution } from 'leaflet/src/control/Control.Attribution.js';
import 'leaflet/dist/leaflet.css';
import './map.css';

const L = {
	map: createMap,
	latLng: toLatLng,
	latLngBounds: toLatLngBounds,
	point: toPoint,
	DomUtil,
	layerGroup,
	geoJSON,
	divIcon,
	marker,
	tileLayer,
	svg,
	circleMarker,
	polyline,
	control: Object.assign(control, { attribution })
};

export default L as unknown as typeof Leaflet;
