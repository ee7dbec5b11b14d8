// The audit trail: sign-ins, failed sign-ins and changes to users, display tokens and feed keys,
// a page at a time, filtered by type.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format/time';
import { fetchAuditPage } from './admin-api';
import { AUDIT_TYPES, type AuditEntry } from './admin-types';
import { describeActor, describeDetails, describeTarget } from './audit-text';
import { reasonOf } from './use-admin-list';

export function AuditPanel() {
  const { t, i18n } = useTranslation();
  const [type, setType] = useState('');
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(
    (from: string | null, replace: boolean) => {
      setState('loading');
      fetchAuditPage({ type, ...(from ? { cursor: from } : {}) })
        .then((page) => {
          // Filtered here too: the type is a hint the server may not know.
          const wanted = type ? page.events.filter((e) => e.type === type) : page.events;
          setEntries((old) => (replace ? wanted : [...old, ...wanted]));
          setCursor(page.nextCursor);
          setState('ready');
        })
        .catch((failure: unknown) => {
          setError(reasonOf(failure));
          setState('failed');
        });
    },
    [type],
  );
  useEffect(() => load(null, true), [load]);

  return (
    <section className="admin-panel" data-testid="audit-panel">
      <div className="admin-form">
        <label className="admin-field">
          <span>{t('admin.audit.type')}</span>
          <select value={type} onChange={(e) => setType(e.target.value)} data-testid="audit-type">
            <option value="">{t('admin.audit.all')}</option>
            {AUDIT_TYPES.map((id) => (
              <option key={id} value={id}>
                {t(`admin.audit.types.${id}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {state === 'failed' && <p className="admin-error">{t('admin.loadFailed', { reason: error ?? '' })}</p>}
      <table className="admin-table">
        <thead>
          <tr>
            <th>{t('admin.audit.at')}</th>
            <th>{t('admin.audit.type')}</th>
            <th>{t('admin.audit.actor')}</th>
            <th>{t('admin.audit.target')}</th>
            <th>{t('admin.audit.detail')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const actor = describeActor(entry);
            const target = describeTarget(entry);
            return (
              <tr key={entry.seq} data-testid="audit-row" data-type={entry.type}>
                <td className="num">{formatDateTime(entry.at, i18n.language)}</td>
                <td>
                  <span className={`admin-audit-type admin-audit-type--${entry.type.replace('.', '-')}`}>
                    {t(`admin.audit.types.${entry.type}`, { defaultValue: entry.type })}
                  </span>
                </td>
                <td>
                  {actor.kind === 'name'
                    ? actor.name
                    : actor.kind === 'system'
                      ? t('admin.audit.system')
                      : t('admin.audit.anonymous', { ip: actor.ip })}
                </td>
                <td>
                  {target.text}
                  {target.role && <span className="muted"> · {t(`role.${target.role}`)}</span>}
                </td>
                <td className="admin-table__detail">
                  {describeDetails(entry)
                    .map((part) => t(`admin.audit.${part.kind}`, part))
                    .join('；')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="admin-pager">
        {state === 'loading' && <span className="admin-note">{t('admin.loading')}</span>}
        {state === 'ready' && entries.length === 0 && <span className="admin-note">{t('admin.empty')}</span>}
        {state === 'ready' && cursor && (
          <button
            type="button"
            className="admin-button"
            onClick={() => load(cursor, false)}
            data-testid="audit-more"
          >
            {t('admin.audit.more')}
          </button>
        )}
        {state === 'ready' && !cursor && entries.length > 0 && (
          <span className="admin-note">{t('admin.audit.end')}</span>
        )}
      </div>
    </section>
  );
}
