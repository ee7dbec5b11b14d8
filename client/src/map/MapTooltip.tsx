// The hover tooltip: what the pointer is on, in a few readable lines.
import { useTranslation } from 'react-i18next';
import { useAreaStore } from '../state/area-store';
import { useLiveStore } from '../state/live-store';
import { useIndicators } from '../state/selectors';
import { useUiStore, type HoverRef } from '../state/ui-store';
import { useDescribe, type Description } from './describe';

export function MapTooltip() {
  const hover = useUiStore((s) => s.hover);
  if (!hover) return null;
  return <TooltipBody hover={hover} />;
}

function TooltipBody({ hover }: { hover: HoverRef }) {
  const { t } = useTranslation();
  const describe = useDescribe();
  const area = useAreaStore((s) => s.area);
  const live = useLiveStore((s) => s.data);
  const indicators = useIndicators();
  const description: Description | null = describe(hover, area, live, indicators);
  if (!description) return null;
  // Near the right or bottom edge the tooltip opens towards the other side.
  const flipX = hover.x > window.innerWidth * 0.45;
  const flipY = hover.y > window.innerHeight * 0.55;
  const x = flipX ? `calc(${hover.x - 16}px - 100%)` : `${hover.x + 16}px`;
  const y = flipY ? `calc(${hover.y - 16}px - 100%)` : `${hover.y + 16}px`;
  return (
    <div className="map-tooltip" style={{ transform: `translate(${x}, ${y})` }} role="tooltip">
      <div className="map-tooltip__title">
        {description.swatch && <span className="swatch" style={{ background: description.swatch }} />}
        {description.title}
      </div>
      {description.lines.map((line) => (
        <div key={line} className="map-tooltip__line">
          {line}
        </div>
      ))}
      <div className="map-tooltip__hint">{t('tooltip.clickForDetails')}</div>
    </div>
  );
}
