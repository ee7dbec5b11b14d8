// The rates leaders quote. They need the case workflow's time limits and closures, which are not
// in the live data yet: shown as "—" with a note until they are, never as a made-up number.
import { useTranslation } from 'react-i18next';
import { WallPanel } from './WallPanel';

const RATES = ['onTimeRate', 'closeRate'] as const;
const PERIODS = ['today', 'month'] as const;

export function RatesPanel() {
  const { t } = useTranslation();
  return (
    <WallPanel id="rates" title={t('wall.rates')} aside={t('wall.pending')}>
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
              {PERIODS.map((p) => (
                <td key={p} data-testid={`wall-rate-${rate}-${p}`}>
                  —
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </WallPanel>
  );
}
