// The eight communities side by side: open cases as horizontal bars, in a fixed order so a
// glance from across the room finds each one where it was.
import { useWords } from '../../i18n/use-words';
import { useNames } from '../../i18n/use-names';
import { useAreaStore } from '../../state/area-store';
import { useLiveStore } from '../../state/live-store';
import { useIndicators } from '../../state/selectors';
import { communityRows } from './wall-figures';
import { WallPanel } from './WallPanel';

export function CommunityBars() {
  const { t } = useWords();
  const names = useNames();
  const area = useAreaStore((s) => s.area);
  const hasData = useLiveStore((s) => s.data.seq !== null);
  const byCommunity = useIndicators().cases.byCommunity;
  const rows = area ? communityRows(area.communities, byCommunity) : [];
  const max = Math.max(1, ...rows.map((r) => r.open));
  return (
    <WallPanel
      id="communities"
      title={t('wall.communities')}
      aside={t('wall.unit.case')}
      className="wall-panel--grow"
    >
      <ul className="wall-bars">
        {rows.map((row) => (
          <li key={row.code} className="wall-bar" data-testid="wall-community" data-code={row.code}>
            <span className="wall-bar__label">{names.community(area, row.code)}</span>
            <span className="wall-bar__track">
              <span style={{ width: `${(row.open / max) * 100}%` }} />
            </span>
            <span className="wall-bar__value" data-testid="wall-community-open">
              {hasData ? row.open : '—'}
            </span>
          </li>
        ))}
      </ul>
    </WallPanel>
  );
}
