// Time left on a case's limit: "剩余 3小时", "超时 20分钟" in red, "已反馈" once the clock stopped.
import { useWords } from '../../i18n/use-words';
import type { SlaStatus } from '../../../../core/domain/sla';
import { useFormatDuration } from '../../i18n/use-duration';

export function TimeLeft({ sla, className = '' }: { sla: SlaStatus | null; className?: string }) {
  const { t } = useWords();
  const duration = useFormatDuration();
  if (!sla) return <span className={`time-left time-left--none ${className}`}>{t('desk.noLimit')}</span>;
  if (!sla.running)
    return <span className={`time-left time-left--stopped ${className}`}>{t('desk.clockStopped')}</span>;
  const text =
    sla.level === 'overdue'
      ? t('desk.overdueBy', { duration: duration(-sla.remainingMs) })
      : t('desk.timeLeft', { duration: duration(sla.remainingMs) });
  return (
    <span className={`time-left time-left--${sla.level} ${className}`} data-level={sla.level}>
      {text}
    </span>
  );
}
