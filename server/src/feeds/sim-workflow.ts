// How simulated people work the open cases: for each case in a state, the next action, who takes
// it and when (minutes for staff by day, slower at night; urgent categories at once; field work
// within the time limit mostly, on working time for routine categories, sometimes late).
import type { LiveState } from '../../../core/domain/live-state';
import type { Actor, Case } from '../../../core/domain/model';
import { MINUTE_MS, shanghaiHour, toIso, toMs } from '../../../core/domain/time';
import { limitMinutes } from '../../../core/domain/time-limits';
import type { TransitionLimits } from '../../../core/domain/transition';
import { canRegisterDirectly } from '../../../core/domain/workflow';
import { addWorkingTime } from '../../../core/domain/working-calendar';
import type { CaseActionRequest } from '../../../core/protocol/case-actions';
import type { Random } from '../../../core/random/seeded-random';
import { actorOf, SIM_LEADER, type People } from './sim-people';

export interface PlannedAction {
  atMs: number;
  actor: Actor;
  request: CaseActionRequest;
}

/** Shares of the side paths (of the cases that reach the step). */
export const WORKFLOW_SHARES = {
  reject: 0.05,
  backlog: 0.01,
  return: 0.03,
  postpone: 0.02,
  checkFail: 0.05,
  late: 0.1,
} as const;

const REJECT_REASONS = ['重复上报，已合并处理', '经核实不属实', '不属于本街道职责范围', '信息不全，无法核实'];
const RETURN_REASONS = ['不属于本网格', '需执法部门处置', '现场无法处置，需专业队伍'];
const POSTPONE_REASONS = ['需采购维修材料', '需协调产权单位', '天气原因无法施工'];
const NOTES = ['已现场处置完毕', '已协调相关单位处理', '已劝导整改到位', '已清理完毕，现场恢复'];

export interface WorkflowPlanner {
  /** The planned actions due by `nowMs`, earliest first; each is handed out once. */
  due(state: LiveState, nowMs: number): PlannedAction[];
}

export function createWorkflowPlanner(deps: {
  people: People;
  limits: TransitionLimits;
  random: Random;
  /** The stored photo the simulated people attach to their work. */
  photoRef: string;
}): WorkflowPlanner {
  const { people, limits, random } = deps;
  const { calendar, rules } = limits;
  const plans = new Map<string, { key: string; action: PlannedAction | null }>();

  const limitOf = (c: Case) => rules.limits[c.category];
  const isUrgent = (c: Case) =>
    limitOf(c).clock === 'around-the-clock' && limitMinutes(limitOf(c), calendar) <= 120;
  /** A staff member's reaction time: minutes by day, longer at night, at once when urgent. */
  const staffDelay = (c: Case, fromMs: number, scale = 1) => {
    const hour = shanghaiHour(fromMs);
    const minutes = isUrgent(c)
      ? random.between(1, 4)
      : hour >= 8 && hour < 22
        ? random.between(2, 15) * scale
        : random.between(15, 60) * scale;
    return fromMs + minutes * MINUTE_MS;
  };
  /** Field time: around the clock for urgent categories, else working time (nights wait for morning). */
  const fieldTime = (c: Case, fromMs: number, minutes: number) =>
    limitOf(c).clock === 'working' ? addWorkingTime(fromMs, minutes, calendar) : fromMs + minutes * MINUTE_MS;
  const request = (c: Case, action: CaseActionRequest['action'], more: Partial<CaseActionRequest> = {}) =>
    ({ caseId: c.id, action, ...more }) as CaseActionRequest;

  function handleAt(c: Case, lastMs: number): number {
    const limit = limitMinutes(limitOf(c), calendar);
    const registeredMs = toMs(c.history?.find((h) => h.action === 'register')?.at ?? toIso(lastMs));
    if (c.state === 'postponed' && c.sla)
      return lastMs + random.between(0.2, 0.8) * (toMs(c.sla.deadline) - lastMs);
    const reworked = (c.history ?? []).some((h) => h.action === 'check-fail');
    const share = reworked
      ? random.between(0.1, 0.3)
      : random.chance(WORKFLOW_SHARES.late)
        ? random.between(1.05, 1.8)
        : random.between(0.25, 0.9);
    const target = fieldTime(c, reworked ? lastMs : registeredMs, share * limit);
    return Math.max(target, fieldTime(c, lastMs, random.between(2, 10)));
  }

  function plan(c: Case, lastMs: number): PlannedAction | null {
    const assignee = c.assignee;
    switch (c.state) {
      case 'reported': {
        const by = people.dispatcher(lastMs);
        const direct = canRegisterDirectly(c);
        if (random.chance(direct ? WORKFLOW_SHARES.reject / 2 : WORKFLOW_SHARES.reject * 1.5))
          return {
            atMs: staffDelay(c, lastMs),
            actor: by,
            request: request(c, 'reject', { reason: random.pick(REJECT_REASONS) }),
          };
        if (direct) return { atMs: staffDelay(c, lastMs), actor: by, request: request(c, 'register') };
        // Verified by the dispatcher on the phone, or by the cell's grid worker on the spot (in working hours).
        const worker = people.workersOf(c.cellCode).find((w) => w.role === 'grid-worker');
        // On the spot only while grid workers are out (a night report is verified by phone).
        const spotMs = addWorkingTime(lastMs, random.between(10, 40), calendar);
        const onSpot = worker && random.chance(0.4) && spotMs - lastMs < 60 * MINUTE_MS;
        return onSpot
          ? {
              atMs: spotMs,
              actor: actorOf(worker),
              request: request(c, 'verify'),
            }
          : { atMs: staffDelay(c, lastMs), actor: by, request: request(c, 'verify') };
      }
      case 'verified':
        return {
          atMs: staffDelay(c, lastMs, 0.5),
          actor: people.dispatcher(lastMs),
          request: request(c, 'register'),
        };
      case 'registered':
      case 'returned': {
        const atMs = staffDelay(c, lastMs);
        if (c.state === 'registered' && !isUrgent(c) && random.chance(WORKFLOW_SHARES.backlog))
          return {
            atMs,
            actor: SIM_LEADER,
            request: request(c, 'backlog', { reason: '需区级部门协调，挂账督办' }),
          };
        const returnedBy = c.history?.findLast((h) => h.action === 'return')?.actor;
        const to = people.assigneeFor(c.cellCode, returnedBy?.kind === 'user' ? returnedBy.id : undefined);
        return { atMs, actor: people.dispatcher(atMs), request: request(c, 'dispatch', { assignee: to }) };
      }
      case 'dispatched': {
        if (!assignee) return null;
        const atMs = isUrgent(c)
          ? lastMs + random.between(1, 5) * MINUTE_MS
          : fieldTime(c, lastMs, random.between(5, 40));
        const action = random.chance(WORKFLOW_SHARES.return)
          ? request(c, 'return', { reason: random.pick(RETURN_REASONS) })
          : request(c, 'accept');
        return { atMs, actor: actorOf(assignee), request: action };
      }
      case 'in-progress':
      case 'postponed': {
        if (!assignee) return null;
        const atMs = handleAt(c, lastMs);
        if (c.state === 'in-progress' && !isUrgent(c) && c.sla && random.chance(WORKFLOW_SHARES.postpone)) {
          const deadlineMs = toMs(c.sla.deadline);
          const approveMs = Math.min(staffDelay(c, lastMs, 4), deadlineMs - MINUTE_MS);
          const until = fieldTime(c, Math.max(deadlineMs, approveMs), limitMinutes(limitOf(c), calendar));
          if (approveMs > lastMs)
            return {
              atMs: approveMs,
              actor: SIM_LEADER,
              request: request(c, 'postpone', {
                reason: random.pick(POSTPONE_REASONS),
                deadline: toIso(until),
              }),
            };
        }
        const photos = [deps.photoRef];
        return {
          atMs,
          actor: actorOf(assignee),
          request: request(c, 'handle', { note: random.pick(NOTES), photos }),
        };
      }
      case 'handled': {
        const atMs = staffDelay(c, lastMs, 2);
        const action = random.chance(WORKFLOW_SHARES.checkFail)
          ? request(c, 'check-fail', { reason: '现场复核仍有问题，需返工' })
          : request(c, 'check-pass');
        return { atMs, actor: people.dispatcher(atMs), request: action };
      }
      case 'checked':
        return {
          atMs: staffDelay(c, lastMs, 0.5),
          actor: people.dispatcher(lastMs),
          request: request(c, 'close'),
        };
      default:
        return null; // backlog waits for the leader; closed and rejected are done
    }
  }

  return {
    due(state, nowMs) {
      const open = new Set<string>();
      const due: PlannedAction[] = [];
      for (const ids of state.openCasesByCategory.values()) {
        for (const id of ids) {
          const c = state.cases.get(id);
          if (!c) continue;
          open.add(id);
          const key = `${c.state}:${c.history?.length ?? 0}`;
          let entry = plans.get(id);
          if (entry?.key !== key) {
            const lastMs = toMs(c.history?.at(-1)?.at ?? c.reports[0]?.receivedAt ?? c.updatedAt);
            entry = { key, action: plan(c, lastMs) };
            plans.set(id, entry);
          }
          if (entry.action && entry.action.atMs <= nowMs) {
            due.push(entry.action);
            entry.action = null; // handed out once; the next plan comes with the next state
          }
        }
      }
      for (const id of plans.keys()) if (!open.has(id)) plans.delete(id);
      return due.sort((a, b) => a.atMs - b.atMs);
    },
  };
}
