// What the colours mean, and the switches for the layers.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTERPRISE_STATUSES } from '../../../core/domain/model';
import {
  CATEGORY_GROUP_COLOUR,
  CATEGORY_GROUPS,
  CELL_RAMP,
  ENTERPRISE_STATUS_COLOUR,
  PHASE_COLOUR,
  toCss,
  BOUNDARY_COLOUR,
  CAMERA_COLOUR,
  RISK_COLOUR,
} from '../map/palette';
import { OPEN_PHASES } from '../state/case-phase';
import { LAYER_KEYS, useUiStore, type LayerKey } from '../state/ui-store';
import './legend.css';

/** Layers whose key is one swatch: shown on the toggle's line. */
const INLINE = new Set<LayerKey>(['boundary', 'cameras']);

export function Legend() {
  const { t } = useTranslation();
  const visible = useUiStore((s) => s.visible);
  const toggle = useUiStore((s) => s.toggleLayer);

  const body: Record<LayerKey, ReactNode> = {
    boundary: <span className="legend__line" style={{ background: toCss(BOUNDARY_COLOUR) }} />,
    cells: (
      <span className="legend__ramp">
        <span className="legend__ramp-label">{t('legend.cellRamp')}</span>
        {CELL_RAMP.slice(1).map(({ min, colour: [r, g, b] }) => (
          <span key={min} style={{ background: toCss([r, g, b, 230]) }}>
            {min}+
          </span>
        ))}
      </span>
    ),
    enterprises: (
      <span className="legend__items">
        {ENTERPRISE_STATUSES.map((s) => (
          <span key={s} className="legend__item">
            <span
              className={`square${s === 'inspection-due' ? ' square--outline' : ''}`}
              style={{ ['--swatch' as string]: toCss(ENTERPRISE_STATUS_COLOUR[s]) }}
            />
            {t(`enterpriseStatus.${s}`)}
          </span>
        ))}
        <span className="legend__item legend__item--wide">
          <span className="square square--framed" style={{ ['--frame' as string]: toCss(RISK_COLOUR.red) }} />
          {t('legend.riskFrame')}
        </span>
      </span>
    ),
    incidents: (
      <span className="legend__items">
        {CATEGORY_GROUPS.map((g) => (
          <span key={g} className="legend__item">
            <span className="dot" style={{ background: toCss(CATEGORY_GROUP_COLOUR[g]) }} />
            {t(`legend.categoryGroup.${g}`)}
          </span>
        ))}
        {OPEN_PHASES.map((p) => (
          <span key={p} className="legend__item">
            <span className="ring" style={{ borderColor: toCss(PHASE_COLOUR[p]) }} />
            {t(`kpi.${p}`)}
          </span>
        ))}
        <span className="legend__item legend__item--wide">
          <span className="ring ring--pulse" />
          {t('legend.newCase')}
        </span>
      </span>
    ),
    cameras: <span className="dot dot--small" style={{ background: toCss(CAMERA_COLOUR) }} />,
  };

  return (
    <section className="legend panel" aria-label={t('legend.title')}>
      <ul>
        {LAYER_KEYS.map((key) => (
          <li
            key={key}
            className={`legend__row${INLINE.has(key) ? ' legend__row--inline' : ''}${visible[key] ? '' : ' is-off'}`}
          >
            <button
              type="button"
              className="legend__toggle"
              aria-pressed={visible[key]}
              data-testid={`layer-toggle-${key}`}
              title={t('legend.toggle', { name: t(`legend.layer.${key}`) })}
              onClick={() => toggle(key)}
            >
              <span className="legend__check" aria-hidden />
              {t(`legend.layer.${key}`)}
            </button>
            <div className="legend__body">{body[key]}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}
