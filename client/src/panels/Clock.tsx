// The wall clock, Asia/Shanghai whatever the screen's zone.
import { useTranslation } from 'react-i18next';
import { formatClockDate, formatClockTime } from '../format/time';
import { useNow } from '../state/use-now';

export function Clock() {
  const { i18n } = useTranslation();
  const now = useNow(1_000);
  return (
    <div className="clock" data-testid="clock">
      <div className="clock__time">{formatClockTime(now, i18n.language)}</div>
      <div className="clock__date">{formatClockDate(now, i18n.language)}</div>
    </div>
  );
}
