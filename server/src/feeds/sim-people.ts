// The simulated people who work the cases: dispatchers on shifts, a leader who approves
// postponements and backlogs, and each cell's grid workers from the area data.
import type { Actor, CaseAssignee } from '../../../core/domain/model';
import type { Person } from '../../../core/domain/people';
import { shanghaiHour } from '../../../core/domain/time';
import type { Random } from '../../../core/random/seeded-random';
import type { Places } from './sim-places';

type User = Extract<Actor, { kind: 'user' }>;

const DAY_DISPATCHERS: readonly User[] = [
  { kind: 'user', id: 'SIM-D01', name: '王敏', role: 'dispatcher' },
  { kind: 'user', id: 'SIM-D02', name: '陈静', role: 'dispatcher' },
];
const NIGHT_DISPATCHER: User = { kind: 'user', id: 'SIM-D03', name: '刘洋', role: 'dispatcher' };
export const SIM_LEADER: User = { kind: 'user', id: 'SIM-L01', name: '周建国', role: 'leader' };
/** When no grid worker is known for a place: the street's comprehensive enforcement team. */
const DEFAULT_RESPONDER: CaseAssignee = { id: 'SIM-R01', name: '综合执法队', role: 'responder' };

export interface People {
  /** The dispatcher on duty at `atMs` (day shift 08:00–20:00 has two). */
  dispatcher(atMs: number): User;
  /** The people of a cell: its own grid workers first, then others of its community. */
  workersOf(cellCode: string): CaseAssignee[];
  /** The first of them who is not `exceptId`. */
  assigneeFor(cellCode: string, exceptId?: string): CaseAssignee;
}

export function actorOf(a: CaseAssignee): User {
  return { kind: 'user', id: a.id, ...(a.name ? { name: a.name } : {}), role: a.role };
}

export function createPeople(places: Places, random: Random, responders: readonly Person[] = []): People {
  const team = responders.find((p) => p.kind === 'enforcement');
  const responder: CaseAssignee = team
    ? { id: team.id, name: team.name, role: 'responder' }
    : DEFAULT_RESPONDER;
  const byCell = new Map<string, CaseAssignee[]>();
  const byCommunity = new Map<string, CaseAssignee[]>();
  for (const cell of places.cells) {
    const workers = cell.props.workers.map((w): CaseAssignee => ({
      id: w.id,
      name: w.name,
      role: 'grid-worker',
    }));
    byCell.set(cell.props.code, workers);
    const community = byCommunity.get(cell.props.communityCode) ?? [];
    community.push(...workers);
    byCommunity.set(cell.props.communityCode, community);
  }
  const communityOf = new Map(places.cells.map((c) => [c.props.code, c.props.communityCode]));

  const workersOf = (cellCode: string): CaseAssignee[] => {
    const own = byCell.get(cellCode) ?? [];
    const community = byCommunity.get(communityOf.get(cellCode) ?? '') ?? [];
    return [...own, ...community.filter((w) => !own.includes(w)), responder];
  };

  return {
    dispatcher(atMs) {
      const hour = shanghaiHour(atMs);
      return hour >= 8 && hour < 20 ? random.pick(DAY_DISPATCHERS) : NIGHT_DISPATCHER;
    },
    workersOf,
    assigneeFor(cellCode, exceptId) {
      return workersOf(cellCode).find((w) => w.id !== exceptId) ?? responder;
    },
  };
}
