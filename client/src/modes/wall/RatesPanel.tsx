// The rates leaders quote, by core's figures (cases registered today and this month). A rate with
// nothing to count (no case registered yet) is "—", never a made-up 100 %.
import { useWords } from '../../i18n/use-words';
import { useLiveStore } from '../../state/live-store';
import { usePeriodFigures } from './use-case-figures';
import { WallPanel } from './WallPanel';

const RATES = ['onTimeHandlingRate', 'closeRate'] as const;
const PERIODS = ['today', 'month'] as const;

const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

export function RatesPanel() {
  const { t } = useWords();
  const figures = usePeriodFigures();
  const hasData = useLiveStore((s) => s.data.seq !== null);
  return (
    <WallPanel
      id="rates"
      title={t('wall.rates')}
      aside={t('wall.registered', { today: figures.today.registered, month: figures.month.registered })}
    >
      <table className="wall-rates">
        <thead>
          <tr>
            <th />
            {PERIODS.map((p) => (
              <th key={p}>{t(`wall.${p}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {RATES.map((rate) => (
            <tr key={rate}>
              <th scope="row">{t(`wall.${rate}`)}</th>
              {PERIODS.map((p) => {
                const value = hasData ? figures[p][rate] : null;
                return (
                  <td
                    key={p}
                    className={value === null ? 'is-empty' : ''}
                    data-testid={`wall-rate-${rate}-${p}`}
                  >
                    {percent(value)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </WallPanel>
  );
}
