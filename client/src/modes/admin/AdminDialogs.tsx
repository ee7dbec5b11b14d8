// The admin screen's dialogs: confirm a destructive action, and show a new secret once.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function Dialog({ children, onClose, testId }: { children: ReactNode; onClose: () => void; testId: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className="admin-dialog" onClose={onClose} data-testid={testId}>
      {children}
    </dialog>
  );
}

export function ConfirmDialog(props: {
  message: string;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = () => {
    setBusy(true);
    props
      .onConfirm()
      .then(props.onClose)
      .catch((failure: unknown) => {
        setBusy(false);
        setError(String((failure as Error)?.message ?? failure));
      });
  };
  return (
    <Dialog onClose={props.onClose} testId="confirm-dialog">
      <p className="admin-dialog__message">{props.message}</p>
      {error && <p className="admin-error">{t('admin.failed', { reason: error })}</p>}
      <div className="admin-dialog__actions">
        <button type="button" className="admin-button" onClick={props.onClose}>
          {t('admin.cancel')}
        </button>
        <button
          type="button"
          className="admin-button admin-button--danger"
          disabled={busy}
          onClick={confirm}
          data-testid="confirm-yes"
        >
          {props.confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}

export function CopyButton({ text, testId }: { text: string; testId?: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard
      ?.writeText(text)
      .then(() => setCopied(true))
      .catch(() => setCopied(false));
  };
  return (
    <button type="button" className="admin-button admin-button--small" onClick={copy} data-testid={testId}>
      {copied ? t('admin.copied') : t('admin.copy')}
    </button>
  );
}

/** A secret the server shows this once (a display token and its wall address, or a feed key). */
export function SecretDialog(props: {
  title: string;
  rows: { label: string; value: string; testId: string }[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog onClose={props.onClose} testId="secret-dialog">
      <h2 className="admin-dialog__title">{props.title}</h2>
      <p className="admin-dialog__warn">{t('admin.shownOnce')}</p>
      {props.rows.map((row) => (
        <div key={row.testId} className="admin-secret">
          <span className="admin-secret__label">{row.label}</span>
          <code className="admin-secret__value mono" data-testid={row.testId}>
            {row.value}
          </code>
          <CopyButton text={row.value} testId={`${row.testId}-copy`} />
        </div>
      ))}
      <div className="admin-dialog__actions">
        <button
          type="button"
          className="admin-button admin-button--primary"
          onClick={props.onClose}
          data-testid="secret-close"
        >
          {t('admin.close')}
        </button>
      </div>
    </Dialog>
  );
}
