// One-line-per-fact descriptions of what is under the pointer, for the map tooltip.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveData } from '../state/apply-sync';
import type { AreaIndex } from '../state/area-store';
import type { LiveIndicators } from '../state/indicators';
import type { PickRef } from '../state/ui-store';
import { formatHourMinute } from '../format/time';
import { categoryColour, ENTERPRISE_STATUS_COLOUR, toCss } from './palette';
import { useNames } from '../i18n/use-names';

export interface Description {
  title: string;
  swatch?: string;
  lines: string[];
}

export function useDescribe() {
  const { t, i18n } = useTranslation();
  const names = useNames();
  return useCallback(
    (
      ref: PickRef,
      area: AreaIndex | null,
      live: LiveData,
      indicators: LiveIndicators,
    ): Description | null => {
      switch (ref.kind) {
        case 'case': {
          const c = live.cases.get(ref.id);
          if (!c) return null;
          return {
            title: t(`category.${c.category}`),
            swatch: toCss(categoryColour(c.category)),
            lines: [
              `${t(`severity.${c.severity}`)} · ${t(`caseState.${c.state}`)}`,
              `${names.community(area, c.communityCode)} · ${names.cell(area, c.cellCode)}`,
              `${formatHourMinute(c.openedAt, i18n.language)} · ${c.sources
                .map((s) => t(`source.${s}`))
                .join(t('common.listSeparator'))}`,
            ],
          };
        }
        case 'enterprise': {
          const f = area?.enterpriseById.get(ref.id);
          if (!f) return null;
          const state = live.enterprises.get(ref.id);
          const lines = [t(`risk.${f.properties.risk}`), f.properties.industry];
          if (state) lines.unshift(t('tooltip.openHazards', { n: state.openHazards }));
          return {
            title: f.properties.name,
            swatch: state ? toCss(ENTERPRISE_STATUS_COLOUR[state.status]) : undefined,
            lines: state ? [t(`enterpriseStatus.${state.status}`), ...lines] : lines,
          };
        }
        case 'cell': {
          const f = area?.cellByCode.get(ref.id);
          if (!f) return null;
          const workers = f.properties.workers.map((w) => w.name).join(t('common.listSeparator'));
          return {
            title: names.cell(area, ref.id),
            lines: [
              names.community(area, f.properties.communityCode),
              t('tooltip.openCasesInCell', { n: indicators.cases.byCell[ref.id] ?? 0 }),
              ...(workers ? [t('common.labelled', { label: t('details.workers'), value: workers })] : []),
            ],
          };
        }
        case 'camera': {
          const f = area?.cameraById.get(ref.id);
          if (!f) return null;
          const detects = f.properties.detects
            .map((id) => names.category(id))
            .join(t('common.listSeparator'));
          return {
            title: `${t('detailsKind.camera')} · ${names.camera(area, ref.id)}`,
            lines: detects ? [detects] : [],
          };
        }
      }
    },
    [t, i18n.language, names],
  );
}
