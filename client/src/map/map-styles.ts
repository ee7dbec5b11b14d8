// MapLibre's stylesheet, then ours over it, as one module: every map of the app (the live map, the
// field page's) imports this, so the two always load together and in this order.
import 'maplibre-gl/dist/maplibre-gl.css';
import './map.css';
