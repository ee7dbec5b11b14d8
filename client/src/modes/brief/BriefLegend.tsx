// What the colours on the briefing's map mean: category groups (points) or density.
import { useTranslation } from 'react-i18next';
import { CATEGORY_GROUPS, CATEGORY_GROUP_COLOUR, toCss } from '../../map/palette';
import type { MapViewKind } from './brief-view';

export function BriefLegend({ view }: { view: MapViewKind }) {
  const { t } = useTranslation();
  return (
    <div className="brief-legend" data-testid="brief-legend">
      {view === 'points' ? (
        <>
          {CATEGORY_GROUPS.map((group) => (
            <span key={group} className="brief-legend__item">
              <span
                className="brief-legend__dot"
                style={{ background: toCss(CATEGORY_GROUP_COLOUR[group]) }}
              />
              {t(`legend.categoryGroup.${group}`)}
            </span>
          ))}
          <span className="brief-legend__item">{t('legend.phase')}</span>
        </>
      ) : (
        <span className="brief-legend__item">
          <span className="brief-legend__ramp" />
          {t('brief.legendDensity')}
        </span>
      )}
    </div>
  );
}
