// The only module that imports Leaflet. It is loaded with import() after mount: Leaflet touches
// `window` at import time and would break prerendering.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import './map.css';

export default L;
