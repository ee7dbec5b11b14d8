// The key to the map, in one quiet row: what the dots' colours and sizes mean.
import { useTranslation } from 'react-i18next';
import { CATEGORY_GROUP_COLOUR, CATEGORY_GROUPS, ENTERPRISE_STATUS_COLOUR, toCss } from '../../map/palette';

export function WallLegend() {
  const { t } = useTranslation();
  return (
    <div className="wall-legend" data-testid="wall-legend">
      {CATEGORY_GROUPS.map((g) => (
        <span key={g} className="wall-legend__item">
          <span className="dot" style={{ background: toCss(CATEGORY_GROUP_COLOUR[g]) }} />
          {t(`legend.categoryGroup.${g}`)}
        </span>
      ))}
      <span className="wall-legend__item">
        <span className="ring ring--pulse" />
        {t('wall.legend.newCase')}
      </span>
      <span className="wall-legend__item">
        <span className="square" style={{ ['--swatch' as string]: toCss(ENTERPRISE_STATUS_COLOUR.ok) }} />
        {t('wall.legend.enterprise')}
      </span>
    </div>
  );
}
