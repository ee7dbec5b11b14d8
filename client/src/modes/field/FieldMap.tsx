// The way to the case on the phone: the offline basemap with the case and, when the browser may
// tell it, my own position (GPS is WGS84, like the map). MapLibre loads only when this opens.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Map as MapLibreMap, Marker } from 'maplibre-gl';
import '../../map/map-styles';
import type { Case } from '../../../../core/domain/model';
import { useAreaStore } from '../../state/area-store';

type Fix = { lon: number; lat: number; accuracyM: number };
type GeoState = 'asking' | 'on' | 'denied' | 'unavailable';

function markerElement(className: string, label: string): HTMLElement {
  const element = document.createElement('div');
  element.className = className;
  element.setAttribute('aria-label', label);
  return element;
}

export function FieldMap({ c }: { c: Case }) {
  const { t, i18n } = useTranslation();
  const area = useAreaStore((s) => s.area);
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<MapLibreMap | null>(null);
  const me = useRef<Marker | null>(null);
  const [fix, setFix] = useState<Fix | null>(null);
  const [geo, setGeo] = useState<GeoState>('asking');
  const [ready, setReady] = useState(false);

  useEffect(() => {
    if (!('geolocation' in navigator)) return setGeo('unavailable');
    const id = navigator.geolocation.watchPosition(
      (p) => {
        setGeo('on');
        setFix({ lon: p.coords.longitude, lat: p.coords.latitude, accuracyM: p.coords.accuracy });
      },
      (error) => setGeo(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable'),
      { enableHighAccuracy: true, maximumAge: 30_000, timeout: 20_000 },
    );
    return () => navigator.geolocation.clearWatch(id);
  }, []);

  useEffect(() => {
    const element = container.current;
    if (!area || !element) return;
    let cancelled = false;
    void Promise.all([import('../../map/create-basemap'), import('maplibre-gl')]).then(
      ([basemap, maplibre]) => {
        if (cancelled) return;
        const created = basemap.createBasemap(element, area, {
          scale: 1,
          language: i18n.language === 'en' ? 'en' : 'zh-CN',
          padding: { top: 40, right: 40, bottom: 40, left: 40 },
          reducedMotion: true,
        });
        created.jumpTo({ center: [c.location.lon, c.location.lat], zoom: 15 });
        new maplibre.Marker({
          element: markerElement('field-marker field-marker--case', t('field.caseHere')),
        })
          .setLngLat([c.location.lon, c.location.lat])
          .addTo(created);
        me.current = new maplibre.Marker({
          element: markerElement('field-marker field-marker--me', t('field.youAreHere')),
        });
        map.current = created;
        setReady(true);
      },
    );
    return () => {
      cancelled = true;
      map.current?.remove();
      map.current = null;
      me.current = null;
      setReady(false);
    };
  }, [area, c.location.lon, c.location.lat, i18n.language, t]);

  useEffect(() => {
    const m = map.current;
    if (!fix || !m || !me.current) return;
    me.current.setLngLat([fix.lon, fix.lat]).addTo(m);
    m.fitBounds(
      [
        [Math.min(fix.lon, c.location.lon), Math.min(fix.lat, c.location.lat)],
        [Math.max(fix.lon, c.location.lon), Math.max(fix.lat, c.location.lat)],
      ],
      { padding: 48, maxZoom: 16.5, duration: 0 },
    );
  }, [fix, ready, c.location.lon, c.location.lat]);

  return (
    <section className="field-map" data-testid="field-map">
      <div ref={container} className="field-map__canvas" />
      <p className="field-map__note">
        {geo === 'on' && fix ? t('field.geoOn', { m: Math.round(fix.accuracyM) }) : t(`field.geo.${geo}`)}
      </p>
    </section>
  );
}
