// A case's reports and its history at the desk. Reporter names and phones are shown as the server
// sends them: in full to dispatchers, masked (张**, 138****1234) to everyone else, by the server.
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../core/domain/model';
import { formatDateTime } from '../../format/time';
import { photoUrl } from '../../net/case-actions-api';
import '../../panels/details.css';

export function CaseReports({ c }: { c: Case }) {
  const { t, i18n } = useTranslation();
  const reports = [...c.reports].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  return (
    <>
      <h3 className="details__section">
        {t('details.reports')} <span className="details__count">{c.reports.length}</span>
      </h3>
      <ol className="details__reports" data-testid="case-reports">
        {reports.map((r) => (
          <li key={r.id} className="report">
            <div className="report__head">
              <span className="report__source">{t(`source.${r.source}`)}</span>
              <time>{formatDateTime(r.receivedAt, i18n.language)}</time>
            </div>
            <p className="report__text">{r.description || t('details.noDescription')}</p>
            {(r.address || r.reporter) && (
              <div className="report__meta">
                {r.address && <span>{r.address}</span>}
                {r.reporter && (r.reporter.name || r.reporter.phone) && (
                  <span data-testid="reporter">
                    {t('common.labelled', {
                      label: t('details.reporter'),
                      value: [r.reporter.name, r.reporter.phone].filter(Boolean).join(' '),
                    })}
                  </span>
                )}
              </div>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

export function CaseSteps({ c }: { c: Case }) {
  const { t, i18n } = useTranslation();
  const steps = [...(c.history ?? [])].reverse();
  return (
    <>
      <h3 className="details__section">{t('details.history')}</h3>
      {steps.length === 0 && <p className="details__empty">{t('desk.noHistory')}</p>}
      <ol className="desk-history" data-testid="case-history">
        {steps.map((h, i) => (
          <li key={`${h.at}-${i}`} className="desk-history__step">
            <time>{formatDateTime(h.at, i18n.language)}</time>
            <span className="desk-history__what">
              <strong>{t(`desk.action.${h.action}`)}</strong>
              {/* "立案 → 立案" says nothing twice: the state only where it differs from the action */}
              {t(`caseState.${h.to}`) !== t(`desk.action.${h.action}`) && ` → ${t(`caseState.${h.to}`)}`}
              <span className="muted">
                {' · '}
                {h.actor.kind === 'user' ? (h.actor.name ?? h.actor.id) : t('desk.bySystem')}
              </span>
            </span>
            {h.assignee && (
              <span className="desk-history__detail">
                {t('desk.assignedTo', { name: h.assignee.name ?? h.assignee.id })}
              </span>
            )}
            {(h.reason || h.note) && <span className="desk-history__detail">{h.reason ?? h.note}</span>}
            {h.deadline && (
              <span className="desk-history__detail">
                {t('desk.deadline', { time: formatDateTime(h.deadline, i18n.language) })}
              </span>
            )}
            {h.photos && h.photos.length > 0 && (
              <span className="desk-history__photos">
                {h.photos.map((ref) => (
                  <a key={ref} href={photoUrl(ref)} target="_blank" rel="noreferrer">
                    <img src={photoUrl(ref)} alt={t('desk.photo')} loading="lazy" />
                  </a>
                ))}
              </span>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
