// The side column's indicators: open cases by phase and severity, enterprises by safety status,
// and the communities with most open cases.
import { useWords } from '../i18n/use-words';
import { ENTERPRISE_STATUSES } from '../../../core/domain/model';
import { useNames } from '../i18n/use-names';
import { ENTERPRISE_STATUS_COLOUR, PHASE_COLOUR, toCss } from '../map/palette';
import { useAreaStore } from '../state/area-store';
import { OPEN_PHASES } from '../state/case-phase';
import { useLiveStore } from '../state/live-store';
import { useIndicators } from '../state/selectors';
import './kpi.css';

export function KpiTiles() {
  const { t } = useWords();
  const indicators = useIndicators();
  const names = useNames();
  const area = useAreaStore((s) => s.area);
  const hasData = useLiveStore((s) => s.data.seq !== null);
  const show = (n: number) => (hasData ? n : '—');
  const top = Object.entries(indicators.cases.byCommunity)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3);
  const topMax = top[0]?.[1] ?? 1;

  return (
    <section className="panel kpi" aria-label={t('kpi.title')}>
      <h2 className="panel__title">{t('kpi.casesByPhase')}</h2>
      <ul className="kpi__tiles">
        {OPEN_PHASES.map((phase) => (
          <li key={phase} className="kpi-tile" data-testid={`kpi-phase-${phase}`}>
            <span className="kpi-tile__value">{show(indicators.byPhase[phase])}</span>
            <span className="kpi-tile__label">
              <span className="ring" style={{ borderColor: toCss(PHASE_COLOUR[phase]) }} />
              {t(`kpi.${phase}`)}
            </span>
          </li>
        ))}
      </ul>
      <div className="kpi__severity">
        {([1, 2, 3] as const).map((s) => (
          <span key={s} className={`severity-chip severity-chip--${s}`}>
            {t(`kpi.severity${s}`)} <b>{show(indicators.cases.bySeverity[s])}</b>
          </span>
        ))}
      </div>

      <h2 className="panel__title">
        {t('kpi.enterprises')}
        <span className="panel__aside">
          {t('kpi.enterprisesTotal')}{' '}
          {hasData ? indicators.enterprises.total : (area?.enterprises.features.length ?? '—')}
        </span>
      </h2>
      <ul className="kpi__statuses">
        {ENTERPRISE_STATUSES.map((status) => (
          <li key={status} className="status-row" data-testid={`kpi-enterprise-${status}`}>
            <span
              className={`square${status === 'inspection-due' ? ' square--outline' : ''}`}
              style={{ ['--swatch' as string]: toCss(ENTERPRISE_STATUS_COLOUR[status]) }}
            />
            <span className="status-row__label">{t(`enterpriseStatus.${status}`)}</span>
            <span className="status-row__value">{show(indicators.enterprises.byStatus[status])}</span>
          </li>
        ))}
      </ul>

      {top.length > 0 && (
        <>
          <h2 className="panel__title">{t('kpi.topCommunities')}</h2>
          <ul className="kpi__bars">
            {top.map(([code, n]) => (
              <li key={code} className="bar-row">
                <span className="bar-row__label">{names.community(area, code)}</span>
                <span className="bar-row__bar">
                  <span style={{ width: `${(n / topMax) * 100}%` }} />
                </span>
                <span className="bar-row__value">{n}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
