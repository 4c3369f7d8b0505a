// Leaflet's ES modules (leaflet/src) have no types of their own; src/lib/map/leaflet.ts gives the
// map Leaflet's published types.
declare module 'leaflet/src/*';
