// The live map: MapLibre basemap + deck.gl overlay, and the hover tooltip. The two libraries load
// as chunks of their own after the page is up (deck.gl after the basemap's first frame), so the
// header and panels show at once.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './map-styles';
import { useAreaStore } from '../state/area-store';
import { MapController, type MapInsets, type MapLanguage } from './map-controller';
import { loadBasemapEngine, loadDeckEngine } from './map-engines';
import { reloadWhenBack } from '../recovery/reload-when-back';
import { MapTooltip } from './MapTooltip';

const DEFAULT_INSETS: MapInsets = { top: 2, right: 2, bottom: 2, left: 2 };

export function MapView({ insets = DEFAULT_INSETS }: { insets?: MapInsets }) {
  const { t, i18n } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<MapController | null>(null);
  const area = useAreaStore((s) => s.area);
  const areaStatus = useAreaStore((s) => s.status);
  const [failed, setFailed] = useState<'load' | 'start' | null>(null);
  const language: MapLanguage = i18n.language === 'en' ? 'en' : 'zh-CN';
  const languageRef = useRef(language);
  languageRef.current = language;
  const insetsRef = useRef(insets);
  insetsRef.current = insets;

  useEffect(() => {
    const element = container.current;
    if (!area || !element) return;
    let cancelled = false;
    loadBasemapEngine().then(
      (basemap) => {
        if (cancelled) return;
        try {
          controller.current = new MapController(
            element,
            area,
            languageRef.current,
            insetsRef.current,
            basemap,
            loadDeckEngine,
          );
        } catch (error) {
          console.error('caohu: map failed to start', error);
          setFailed('start');
        }
      },
      (error: unknown) => {
        setFailed('load');
        reloadWhenBack(error);
      },
    );
    return () => {
      cancelled = true;
      controller.current?.destroy();
      controller.current = null;
    };
  }, [area]);

  useEffect(() => controller.current?.setLanguage(language), [language]);

  return (
    <div className="map-view" data-testid="map">
      <div ref={container} className="map-view__canvas" />
      {!area && (
        <div className="map-view__notice">
          {areaStatus === 'error' ? t('app.areaFailed') : t('app.loadingArea')}
        </div>
      )}
      {failed && (
        <div className="map-view__notice">{failed === 'start' ? t('app.mapFailed') : t('app.failed')}</div>
      )}
      <MapTooltip />
    </div>
  );
}
