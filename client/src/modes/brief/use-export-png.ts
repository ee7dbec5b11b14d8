// "Map as PNG": the map at the playback moment with its legend, named after the range. The same
// legend goes on the map of the PDF briefing.
import { useCallback, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { OSM_ATTRIBUTION } from '../../map/basemap-style';
import { CATEGORY_GROUPS, CATEGORY_GROUP_COLOUR } from '../../map/palette';
import type { BriefMapController } from './brief-map';
import { formatShanghai } from './brief-time';
import type { BriefView } from './brief-view';
import { composeMapPng, downloadBlob, type PngLegend } from './export-png';

export interface MapLegendInput {
  view: BriefView;
  fromMs: number;
  toMs: number;
  at: number;
  shown: number;
  filter: string;
}

export function useMapLegend(input: MapLegendInput): () => PngLegend {
  const { t } = useTranslation();
  const { view, fromMs, toMs, at, shown, filter } = input;
  return useCallback(
    () => ({
      title: t('brief.title'),
      lines: [
        `${t('brief.range')}  ${formatShanghai(fromMs)} – ${formatShanghai(toMs)}`,
        `${formatShanghai(at)}  ${t(`brief.${view.window}`, { n: view.windowHours })}`,
        `${filter} · ${t('brief.shownCases', { n: shown })}`,
        t('brief.madeAt', { time: formatShanghai(Date.now()) }),
      ],
      swatches:
        view.map === 'points'
          ? CATEGORY_GROUPS.map((g) => ({
              colour: CATEGORY_GROUP_COLOUR[g],
              label: t(`legend.categoryGroup.${g}`),
            }))
          : [],
      attribution: OSM_ATTRIBUTION.replace(/<[^>]+>/g, ''),
    }),
    [t, view, fromMs, toMs, at, shown, filter],
  );
}

export function useExportPng(
  controller: RefObject<BriefMapController | null>,
  legend: () => PngLegend,
  at: number,
): () => void {
  return useCallback(() => {
    const map = controller.current;
    if (!map) return;
    composeMapPng(map.container(), legend()).then(
      (blob) => downloadBlob(blob, `caohu-brief-${formatShanghai(at).replace(/\D/g, '')}.png`),
      (error: unknown) => console.error('caohu: PNG export failed', error),
    );
  }, [controller, legend, at]);
}
