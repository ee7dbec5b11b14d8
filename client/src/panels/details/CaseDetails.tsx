import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../core/domain/model';
import { formatDateTime } from '../../format/time';
import { maskReporter } from '../../format/mask';
import { useNames } from '../../i18n/use-names';
import { categoryColour, toCss } from '../../map/palette';
import type { AreaIndex } from '../../state/area-store';
import { phaseOf } from '../../state/case-phase';
import { caseHistory } from './case-history';
import { Field, Fields } from './Field';

export function CaseDetails({ value: c, area }: { value: Case; area: AreaIndex | null }) {
  const { t, i18n } = useTranslation();
  const names = useNames();
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  const reports = [...c.reports].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  return (
    <>
      <h2 className="details__title">
        <span className="dot" style={{ background: toCss(categoryColour(c.category)) }} />
        {t(`category.${c.category}`)}
        <span className={`state state--${phaseOf(c.state)}`}>{t(`caseState.${c.state}`)}</span>
      </h2>
      <div className="details__id">{c.id}</div>
      <Fields>
        <Field label={t('details.severity')}>
          <span className={`severity-chip severity-chip--${c.severity}`}>{t(`severity.${c.severity}`)}</span>
        </Field>
        <Field label={t('details.community')}>{names.community(area, c.communityCode)}</Field>
        <Field label={t('details.cell')}>{names.cell(area, c.cellCode)}</Field>
        <Field label={t('details.openedAt')}>{when(c.openedAt)}</Field>
        <Field label={t('details.updatedAt')}>{when(c.updatedAt)}</Field>
        <Field label={t('details.sources')}>
          {c.sources.map((s) => t(`source.${s}`)).join(t('common.listSeparator'))}
        </Field>
      </Fields>

      <h3 className="details__section">
        {t('details.reports')} <span className="details__count">{c.reports.length}</span>
      </h3>
      <ol className="details__reports">
        {reports.map((r) => (
          <li key={r.id} className="report">
            <div className="report__head">
              <span className="report__source">{t(`source.${r.source}`)}</span>
              <time>{when(r.receivedAt)}</time>
            </div>
            <p className="report__text">{r.description || t('details.noDescription')}</p>
            {(r.address || r.reporter) && (
              <div className="report__meta">
                {r.address && <span>{r.address}</span>}
                {r.reporter && (
                  <span>
                    {t('common.labelled', { label: t('details.reporter'), value: maskReporter(r.reporter) })}
                  </span>
                )}
              </div>
            )}
          </li>
        ))}
      </ol>

      <h3 className="details__section">{t('details.history')}</h3>
      <ol className="details__history">
        {caseHistory(c).map((step, i) => (
          <li key={i} className={`history-step history-step--${step.kind}`}>
            <time>{when(step.at)}</time>
            <span>
              {step.kind === 'opened'
                ? t('details.opened')
                : step.kind === 'report'
                  ? t('details.reportAdded')
                  : t('common.labelled', {
                      label: t('details.nowState'),
                      value: t(`caseState.${step.state}`),
                    })}
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
