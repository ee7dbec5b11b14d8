// Feed keys, one source each: add (the key shown once), rotate (the new key shown once) and
// revoke, both confirmed. Keys from the server's environment are listed but changed there.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format/time';
import { createFeedKey, listFeedKeys, revokeFeedKey, rotateFeedKey } from './admin-api';
import { FEED_KEY_SOURCES, type FeedKeySource, type FeedKeyView } from './admin-types';
import { ConfirmDialog, SecretDialog } from './AdminDialogs';
import { ListState } from './ListState';
import { reasonOf, useAdminList } from './use-admin-list';

type Pending = { kind: 'rotate' | 'revoke'; key: FeedKeyView };

export function FeedKeysPanel() {
  const { t, i18n } = useTranslation();
  const list = useAdminList(listFeedKeys);
  const [name, setName] = useState('');
  const [source, setSource] = useState<FeedKeySource>('camera');
  const [error, setError] = useState<string | null>(null);
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : t('admin.never'));
  const sourceName = (s: string) =>
    s === '*' ? t('admin.keys.allSources') : t(`admin.keys.sources.${s as FeedKeySource}`);

  const add = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    createFeedKey(name.trim(), source)
      .then((answer) => {
        setSecret({ name: answer.key.name, secret: answer.secret });
        setName('');
        list.reload();
      })
      .catch((failure: unknown) => setError(reasonOf(failure)));
  };
  const act = async ({ kind, key }: Pending) => {
    if (kind === 'revoke') await revokeFeedKey(key.id);
    else {
      const answer = await rotateFeedKey(key.id);
      setSecret({ name: answer.key.name, secret: answer.secret });
    }
    list.reload();
  };

  return (
    <section className="admin-panel" data-testid="keys-panel">
      <form className="admin-form" onSubmit={add}>
        <label className="admin-field">
          <span>{t('admin.keys.name')}</span>
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            maxLength={64}
            pattern="[A-Za-z0-9_.\-]+"
          />
        </label>
        <label className="admin-field">
          <span>{t('admin.keys.source')}</span>
          <select value={source} onChange={(e) => setSource(e.target.value as FeedKeySource)}>
            {FEED_KEY_SOURCES.map((s) => (
              <option key={s} value={s}>
                {sourceName(s)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="admin-button admin-button--primary">
          {t('admin.keys.add')}
        </button>
      </form>
      {error && <p className="admin-error">{t('admin.failed', { reason: error })}</p>}
      <ListState list={list}>
        <table className="admin-table">
          <thead>
            <tr>
              <th>{t('admin.keys.name')}</th>
              <th>{t('admin.keys.source')}</th>
              <th>{t('admin.keys.created')}</th>
              <th>{t('admin.keys.lastUsed')}</th>
              <th>{t('admin.keys.status')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.items?.map((key) => (
              <tr key={key.id} data-testid="key-row">
                <td className="mono">{key.name}</td>
                <td>{sourceName(key.source)}</td>
                <td className="num">
                  {key.rotatedAt || key.createdAt ? when(key.rotatedAt ?? key.createdAt) : '—'}
                </td>
                <td className="num">{when(key.lastUsedAt)}</td>
                <td>
                  <span className={`admin-status admin-status--${key.revokedAt ? 'off' : 'on'}`}>
                    {key.revokedAt ? t('admin.keys.revoked') : t('admin.keys.active')}
                  </span>
                </td>
                <td>
                  <div className="admin-table__actions">
                    {key.origin === 'env' && <span className="admin-note">{t('admin.keys.fromEnv')}</span>}
                    {!key.revokedAt && key.origin === 'admin' && (
                      <>
                        <button
                          type="button"
                          className="admin-button admin-button--small"
                          onClick={() => setPending({ kind: 'rotate', key })}
                        >
                          {t('admin.keys.rotate')}
                        </button>
                        <button
                          type="button"
                          className="admin-button admin-button--small admin-button--danger"
                          onClick={() => setPending({ kind: 'revoke', key })}
                        >
                          {t('admin.keys.revoke')}
                        </button>
                      </>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ListState>
      {secret && (
        <SecretDialog
          title={t('admin.keys.newTitle', { name: secret.name })}
          rows={[{ label: t('admin.keys.key'), value: secret.secret, testId: 'new-feed-key' }]}
          onClose={() => setSecret(null)}
        />
      )}
      {pending && (
        <ConfirmDialog
          message={t(pending.kind === 'rotate' ? 'admin.keys.confirmRotate' : 'admin.keys.confirmRevoke', {
            name: pending.key.name,
          })}
          confirmLabel={t(pending.kind === 'rotate' ? 'admin.keys.rotate' : 'admin.keys.revoke')}
          onConfirm={() => act(pending)}
          onClose={() => setPending(null)}
        />
      )}
    </section>
  );
}
