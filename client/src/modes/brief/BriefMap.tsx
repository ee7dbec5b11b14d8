// The briefing's map component (its own chunk with the density layers): starts the engines, hands
// the controller what to draw.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Case } from '../../../../core/domain/model';
import { useAreaStore } from '../../state/area-store';
import { loadMapEngines } from '../../map/map-engines';
import { reloadWhenBack } from '../../recovery/reload-when-back';
import { BriefMapController, type BriefCamera } from './brief-map';
import type { MapViewKind } from './brief-view';
import '../../map/map.css';

export interface BriefMapProps {
  cases: readonly Case[];
  view: MapViewKind;
  community: string | null;
  initialCamera: BriefCamera | null;
  onMove: (camera: BriefCamera) => void;
  onCommunityClick: (code: string) => void;
  onController?: (controller: BriefMapController | null) => void;
}

export function BriefMap(props: BriefMapProps) {
  const { t, i18n } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [controller, setController] = useState<BriefMapController | null>(null);
  const [failed, setFailed] = useState(false);
  const area = useAreaStore((s) => s.area);
  const latest = useRef(props);
  latest.current = props;
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';

  useEffect(() => {
    const element = container.current;
    if (!area || !element) return;
    let cancelled = false;
    let made: BriefMapController | null = null;
    loadMapEngines().then(
      (engines) => {
        if (cancelled) return;
        try {
          made = new BriefMapController(
            element,
            area,
            engines,
            latest.current.initialCamera,
            {
              onMove: (camera) => {
                // Where the map really is, for the browser test of a restored view.
                element.dataset.camera = `${camera.lon.toFixed(4)},${camera.lat.toFixed(4)},${camera.zoom.toFixed(1)}`;
                latest.current.onMove(camera);
              },
              onCommunityClick: (code) => latest.current.onCommunityClick(code),
            },
            language,
          );
          setController(made);
          const ready = made;
          ready.onceLoaded(() => {
            if (!cancelled) latest.current.onController?.(ready);
          });
        } catch (error) {
          console.error('caohu: briefing map failed to start', error);
          setFailed(true);
        }
      },
      (error: unknown) => reloadWhenBack(error),
    );
    return () => {
      cancelled = true;
      latest.current.onController?.(null);
      made?.destroy();
      setController(null);
    };
    // The map is made once per area; the language and data follow through setInput.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [area]);

  useEffect(() => {
    controller?.setInput({ cases: props.cases, view: props.view, community: props.community, language });
  }, [controller, props.cases, props.view, props.community, language]);

  return (
    <div className="map-view" data-testid="brief-map">
      <div ref={container} className="map-view__canvas" />
      {!area && <div className="map-view__notice">{t('app.loadingArea')}</div>}
      {failed && <div className="map-view__notice">{t('app.mapFailed')}</div>}
    </div>
  );
}
