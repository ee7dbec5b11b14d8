// Applying the event log to the live state. Deterministic: the same events in the same order
// give the same state, whenever they are replayed. Time-derived fields are brought up to date by
// refreshClock, which is not an event.
import { CATEGORIES } from './categories';
import { computeEnterpriseState, sameEnterpriseState } from './enterprise-status';
import { feedHealthOf, type FeedSource } from './feed-health';
import { applyCaseTransition } from './case-transition';
import { emptyTouched, type LiveState, type Touched } from './live-state';
import { parseCaseId } from './merge';
import { isCaseOpen, type Case, type DomainEvent, type LoggedEvent } from './model';
import { LOAD_STATES, loadOf, personViewOf, samePersonView } from './people';
import { appendToTrail } from './people-trail';
import { toMs } from './time';
import { isCaseShown, isHazardShown } from './views';

function advanceClock(state: LiveState, iso: string): void {
  const ms = toMs(iso);
  if (ms > state.clockMs) state.clockMs = ms;
}

function recomputeEnterprise(state: LiveState, enterpriseId: string, touched: Touched): void {
  const risk = state.enterpriseRisk.get(enterpriseId);
  if (!risk) return; // an enterprise no longer in the area data: its hazards are kept, it has no status
  const hazards = [...(state.hazardsByEnterprise.get(enterpriseId) ?? [])].flatMap(
    (id) => state.hazards.get(id) ?? [],
  );
  const next = computeEnterpriseState(
    { id: enterpriseId, risk },
    hazards,
    state.lastInspectionAt.get(enterpriseId) ?? null,
    state.clockMs,
  );
  const previous = state.enterprises.get(enterpriseId);
  if (previous && sameEnterpriseState(previous, next)) return;
  state.enterprises.set(enterpriseId, next);
  touched.enterprises.add(enterpriseId);
}

function hearFeed(state: LiveState, source: FeedSource, atIso: string, touched: Touched): void {
  const previous = state.feeds.get(source)?.lastHeardAt ?? null;
  const lastHeardAt = previous !== null && previous > atIso ? previous : atIso;
  state.feeds.set(source, feedHealthOf(source, lastHeardAt, state.clockMs));
  touched.feeds.add(source);
}

function applyReport(
  state: LiveState,
  e: Extract<DomainEvent, { type: 'report.accepted' }>,
  touched: Touched,
): void {
  const { report } = e;
  const existing = e.newCase ? undefined : state.cases.get(e.caseId);
  let next: Case;
  if (existing) {
    next = {
      ...existing,
      updatedAt: e.at,
      lastReportAt: report.at > existing.lastReportAt ? report.at : existing.lastReportAt,
      sources: existing.sources.includes(report.source)
        ? existing.sources
        : [...existing.sources, report.source],
      reports: [...existing.reports, report],
    };
  } else {
    next = {
      id: e.caseId,
      category: report.category,
      severity: CATEGORIES[report.category].severity,
      state: 'reported',
      location: report.location,
      cellCode: e.cellCode,
      communityCode: e.communityCode,
      openedAt: report.at,
      updatedAt: e.at,
      lastReportAt: report.at,
      sources: [report.source],
      reports: [report],
    };
    const parsed = parseCaseId(e.caseId);
    if (parsed && parsed.number > (state.caseCounters.get(parsed.day) ?? 0))
      state.caseCounters.set(parsed.day, parsed.number);
  }
  putCase(state, next, touched);
  state.reportCase.set(report.id, next.id);
  hearFeed(state, report.source, e.at, touched);
}

/** Brings a person's view up to date (their fix, load and the clock); touched if it changed. */
export function recomputePerson(state: LiveState, personId: string, touched: Touched): void {
  const person = state.roster.get(personId);
  if (!person) return;
  const load = loadOf([...(state.caseLoad.get(personId) ?? [])].flatMap((id) => state.cases.get(id) ?? []));
  const next = personViewOf(person, state.fixes.get(personId), load, state.clockMs, state.offlineAfterMs);
  const previous = state.people.get(personId);
  if (previous && samePersonView(previous, next)) return;
  state.people.set(personId, next);
  touched.people.add(personId);
}

const loadHolder = (c: Case | undefined): string | undefined =>
  c?.assignee && LOAD_STATES.includes(c.state) ? c.assignee.id : undefined;

/** Keeps each person's open-case load right as a case moves or changes hands. */
function updateLoad(state: LiveState, previous: Case | undefined, next: Case, touched: Touched): void {
  const before = loadHolder(previous);
  const after = loadHolder(next);
  if (before !== undefined) state.caseLoad.get(before)?.delete(next.id);
  if (after !== undefined) {
    const held = state.caseLoad.get(after) ?? new Set<string>();
    held.add(next.id);
    state.caseLoad.set(after, held);
  }
  if (before !== undefined) recomputePerson(state, before, touched);
  if (after !== undefined && after !== before) recomputePerson(state, after, touched);
}

function applyPosition(
  state: LiveState,
  e: Extract<DomainEvent, { type: 'position.reported' }>,
  touched: Touched,
): void {
  const last = state.fixes.get(e.personId);
  // Only newer fixes move a person (a late one from a queue on the device is history, not news).
  if (last && last.at >= e.fixAt) return;
  state.fixes.set(e.personId, {
    lon: e.lon,
    lat: e.lat,
    at: e.fixAt,
    ...(e.accuracyM !== undefined ? { accuracyM: e.accuracyM } : {}),
    outside: e.outside === true,
  });
  state.trails.set(e.personId, appendToTrail(state.trails.get(e.personId), e.lon, e.lat, toMs(e.fixAt)));
  recomputePerson(state, e.personId, touched);
}

/** Stores the case and keeps the merge candidates right: only open cases take merges. */
function putCase(state: LiveState, next: Case, touched: Touched): void {
  const previous = state.cases.get(next.id);
  state.cases.set(next.id, next);
  updateLoad(state, previous, next, touched);
  const open = state.openCasesByCategory.get(next.category) ?? new Set<string>();
  if (isCaseOpen(next.state)) open.add(next.id);
  else open.delete(next.id);
  state.openCasesByCategory.set(next.category, open);
  touched.cases.add(next.id);
}

function applyTransition(
  state: LiveState,
  e: Extract<DomainEvent, { type: 'case.transitioned' }>,
  touched: Touched,
): void {
  const existing = state.cases.get(e.caseId);
  // Decided against the case as it was: an event for another state is a log out of order, kept as is.
  if (!existing || existing.state !== e.from) return;
  putCase(state, applyCaseTransition(existing, e), touched);
}

/** Applies one logged event; returns the ids of what it changed. */
export function applyEvent(state: LiveState, event: LoggedEvent): Touched {
  const touched = emptyTouched();
  advanceClock(state, event.at);
  switch (event.type) {
    case 'report.accepted':
      applyReport(state, event, touched);
      break;
    case 'inspection.recorded': {
      const { inspection } = event;
      state.inspections.set(inspection.ref, inspection);
      const last = state.lastInspectionAt.get(inspection.enterpriseId);
      if (last === undefined || inspection.at > last)
        state.lastInspectionAt.set(inspection.enterpriseId, inspection.at);
      const ids = state.hazardsByEnterprise.get(inspection.enterpriseId) ?? new Set<string>();
      for (const hazard of event.hazards) {
        state.hazards.set(hazard.id, hazard);
        ids.add(hazard.id);
        touched.hazards.add(hazard.id);
      }
      state.hazardsByEnterprise.set(inspection.enterpriseId, ids);
      recomputeEnterprise(state, inspection.enterpriseId, touched);
      hearFeed(state, 'inspection', event.at, touched);
      break;
    }
    case 'hazard.rectified': {
      const hazard = state.hazards.get(event.hazardId);
      state.rectifications.set(event.rectificationRef, event.hazardId);
      if (hazard) {
        state.hazards.set(hazard.id, {
          ...hazard,
          rectifiedAt: event.rectifiedAt,
          rectificationRef: event.rectificationRef,
        });
        touched.hazards.add(hazard.id);
        recomputeEnterprise(state, hazard.enterpriseId, touched);
      }
      hearFeed(state, 'inspection', event.at, touched);
      break;
    }
    case 'case.transitioned':
      applyTransition(state, event, touched);
      break;
    case 'position.reported':
      applyPosition(state, event, touched);
      break;
  }
  state.seq = event.seq;
  return touched;
}

/**
 * Brings the time-derived fields up to `nowMs`: enterprise overdue and inspection-due, feeds'
 * quiet flags, people's status (shifts, offline), and rectified hazards and finished cases that leave the live picture. Returns what
 * changed.
 */
export function refreshClock(state: LiveState, nowMs: number): Touched {
  const touched = emptyTouched();
  const before = state.clockMs;
  if (nowMs > state.clockMs) state.clockMs = nowMs;
  for (const id of state.enterprises.keys()) recomputeEnterprise(state, id, touched);
  for (const [source, health] of state.feeds) {
    const next = feedHealthOf(source, health.lastHeardAt, state.clockMs);
    if (next.quiet === health.quiet) continue;
    state.feeds.set(source, next);
    touched.feeds.add(source);
  }
  for (const hazard of state.hazards.values()) {
    if (
      hazard.rectifiedAt !== null &&
      isHazardShown(hazard, before) &&
      !isHazardShown(hazard, state.clockMs)
    ) {
      touched.hazards.add(hazard.id);
    }
  }
  for (const c of state.cases.values()) {
    if (!isCaseOpen(c.state) && isCaseShown(c, before) && !isCaseShown(c, state.clockMs))
      touched.cases.add(c.id);
  }
  for (const id of state.roster.keys()) recomputePerson(state, id, touched);
  return touched;
}
