// Display tokens for wall screens: create with a label (the token and the wall address shown
// once), the list with last use, and revoke (confirmed).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format/time';
import { createDisplayToken, listDisplayTokens, revokeDisplayToken, wallUrlFor } from './admin-api';
import type { DisplayTokenView } from './admin-types';
import { ConfirmDialog, SecretDialog } from './AdminDialogs';
import { ListState } from './ListState';
import { reasonOf, useAdminList } from './use-admin-list';

export function TokensPanel() {
  const { t, i18n } = useTranslation();
  const list = useAdminList(listDisplayTokens);
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ label: string; secret: string } | null>(null);
  const [revoking, setRevoking] = useState<DisplayTokenView | null>(null);
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : t('admin.never'));

  const create = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    createDisplayToken(label.trim())
      .then((answer) => {
        setCreated({ label: answer.token.label, secret: answer.secret });
        setLabel('');
        list.reload();
      })
      .catch((failure: unknown) => setError(reasonOf(failure)));
  };

  return (
    <section className="admin-panel" data-testid="tokens-panel">
      <form className="admin-form" onSubmit={create}>
        <label className="admin-field admin-field--wide">
          <span>{t('admin.tokens.label')}</span>
          <input
            value={label}
            onChange={(e) => setLabel(e.target.value)}
            placeholder={t('admin.tokens.labelHint')}
            maxLength={64}
            required
            data-testid="token-label"
          />
        </label>
        <button type="submit" className="admin-button admin-button--primary" data-testid="token-create">
          {t('admin.tokens.create')}
        </button>
      </form>
      {error && <p className="admin-error">{t('admin.failed', { reason: error })}</p>}
      <ListState list={list}>
        <table className="admin-table">
          <thead>
            <tr>
              <th>{t('admin.tokens.label')}</th>
              <th>{t('admin.tokens.created')}</th>
              <th>{t('admin.tokens.lastUsed')}</th>
              <th>{t('admin.tokens.status')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.items?.map((token) => (
              <tr key={token.id} data-testid="token-row" data-label={token.label}>
                <td>{token.label}</td>
                <td className="num">{when(token.createdAt)}</td>
                <td className="num">{when(token.lastUsedAt)}</td>
                <td>
                  <span className={`admin-status admin-status--${token.revokedAt ? 'off' : 'on'}`}>
                    {token.revokedAt ? t('admin.tokens.revoked') : t('admin.tokens.active')}
                  </span>
                </td>
                <td>
                  <div className="admin-table__actions">
                    {!token.revokedAt && (
                      <button
                        type="button"
                        className="admin-button admin-button--small admin-button--danger"
                        onClick={() => setRevoking(token)}
                        data-testid="token-revoke"
                      >
                        {t('admin.tokens.revoke')}
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ListState>
      {created && (
        <SecretDialog
          title={t('admin.tokens.newTitle', { label: created.label })}
          rows={[
            { label: t('admin.tokens.wallUrl'), value: wallUrlFor(created.secret), testId: 'new-wall-url' },
            { label: t('admin.tokens.token'), value: created.secret, testId: 'new-token' },
          ]}
          onClose={() => setCreated(null)}
        />
      )}
      {revoking && (
        <ConfirmDialog
          message={t('admin.tokens.confirmRevoke', { label: revoking.label })}
          confirmLabel={t('admin.tokens.revoke')}
          onConfirm={async () => {
            await revokeDisplayToken(revoking.id);
            list.reload();
          }}
          onClose={() => setRevoking(null)}
        />
      )}
    </section>
  );
}
