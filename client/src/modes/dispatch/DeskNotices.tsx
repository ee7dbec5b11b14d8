// What became of the last actions: done, refused (and why), and conflicts with another dispatcher
// (who changed the case, and to what), in plain words. Done lines fade; the others stay until read.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeskStore, type DeskNotice } from './desk-store';

const DONE_SHOWN_MS = 4_000;

export function DeskNotices() {
  const notices = useDeskStore((s) => s.notices);
  return (
    <div className="desk-notices" aria-live="polite" data-testid="desk-notices">
      {notices.map((n) => (
        <Notice key={n.id} notice={n} />
      ))}
    </div>
  );
}

function Notice({ notice }: { notice: DeskNotice }) {
  const { t } = useTranslation();
  const dismiss = useDeskStore((s) => s.dismiss);
  useEffect(() => {
    if (notice.kind !== 'done') return;
    const timer = setTimeout(() => dismiss(notice.id), DONE_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);
  return (
    <div
      className={`desk-notice desk-notice--${notice.kind}`}
      role={notice.kind === 'done' ? 'status' : 'alert'}
      data-testid={`notice-${notice.kind}`}
    >
      <span>{text(notice, t)}</span>
      <button
        type="button"
        className="desk-notice__close"
        onClick={() => dismiss(notice.id)}
        aria-label={t('details.close')}
      >
        ×
      </button>
    </div>
  );
}

function text(n: DeskNotice, t: ReturnType<typeof useTranslation>['t']): string {
  switch (n.kind) {
    case 'done':
      return t('desk.notice.done', { action: t(`desk.action.${n.action}` as never), n: n.count });
    case 'conflict':
      return t(n.by ? 'desk.notice.conflict' : 'desk.notice.conflictUnknown', {
        id: n.caseId,
        name: n.by ?? '',
        state: t(`caseState.${n.state}`),
      });
    case 'refused':
      if (n.reason === 'not-available')
        return t('desk.notice.notAvailable', { action: t(`desk.action.${n.action}` as never) });
      if (n.reason === 'no-person') return t('desk.notice.noPerson');
      return t('desk.notice.refused', {
        action: t(`desk.action.${n.action}` as never),
        id: n.caseId ?? '',
        reason: n.reason,
      });
    case 'error':
      return t('desk.notice.error', { reason: n.reason });
  }
}
