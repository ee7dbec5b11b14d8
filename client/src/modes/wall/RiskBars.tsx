// Enterprises by safety risk colour (安全风险四色分级): how many of each, and how many of them
// need attention now (any status but "ok").
import { useWords } from '../../i18n/use-words';
import { RISK_COLOUR, toCss } from '../../map/palette';
import { useAreaStore } from '../../state/area-store';
import { useLiveStore } from '../../state/live-store';
import { useIndicators } from '../../state/selectors';
import { WallPanel } from './WallPanel';

const RISKS = ['red', 'orange', 'yellow', 'blue'] as const;

export function RiskBars() {
  const { t } = useWords();
  const { byRisk, needingAttentionByRisk, total } = useIndicators().enterprises;
  const hasData = useLiveStore((s) => s.data.seq !== null);
  const areaTotal = useAreaStore((s) => s.area?.enterprises.features.length ?? 0);
  const max = Math.max(1, ...RISKS.map((r) => byRisk[r]));
  return (
    <WallPanel
      id="risk"
      title={t('wall.risk')}
      aside={t('wall.enterprisesTotal', { n: hasData ? total : areaTotal })}
    >
      <ul className="wall-risk">
        {RISKS.map((risk) => {
          const attention = needingAttentionByRisk[risk];
          return (
            <li key={risk} className="wall-risk__row">
              <span className="wall-risk__label">{t(`wall.riskShort.${risk}`)}</span>
              <span className="wall-risk__track">
                <span
                  style={{ width: `${(byRisk[risk] / max) * 100}%`, background: toCss(RISK_COLOUR[risk]) }}
                />
              </span>
              <span className="wall-risk__value" data-testid={`wall-risk-${risk}`}>
                {hasData ? byRisk[risk] : '—'}
              </span>
              <span
                className={`wall-risk__attention${hasData && attention > 0 && (risk === 'red' || risk === 'orange') ? ' is-lit' : ''}`}
              >
                {hasData ? t('wall.needAttention', { n: attention }) : ''}
              </span>
            </li>
          );
        })}
      </ul>
    </WallPanel>
  );
}
