// The one way in for feed items, used by the HTTP feed routes and the simulator alike:
// parse each item with its schema → convert to WGS84 → find its cell → decide (pure core) →
// append the batch in one transaction → apply → answer per item.
import type { z } from 'zod';
import type { Decision } from '../../../core/domain/decision';
import { decideInspection, decideRectification } from '../../../core/domain/inspections';
import { decideReport } from '../../../core/domain/merge';
import { decidePosition } from '../../../core/domain/positions';
import type { Actor } from '../../../core/domain/model';
import type { CellIndex } from '../../../core/geo/cell-index';
import { toWgs84 } from '../../../core/geo/crs';
import { reportSourceAllowed, type FeedKeySource } from '../../../core/protocol/access';
import {
  incidentReportSchema,
  inspectionFeedItemSchema,
  type FeedItemResult,
  type FeedResponse,
  type IncidentReport,
  type InspectionFeedItem,
} from '../../../core/protocol/feeds';
import { positionReportSchema, type PositionReport } from '../../../core/protocol/positions';
import type { LiveProjection, Transaction } from '../store/live-projection';

/** Who sent a batch: a feed key (its name, and the one source it may send or `*`), or the simulator. */
export type Sender =
  { kind: 'feed'; keyName: string; keySource: FeedKeySource | '*' } | { kind: 'system'; name: string };

export interface Ingest {
  incidents(items: readonly unknown[], sender: Sender): Promise<FeedResponse>;
  inspections(items: readonly unknown[], sender: Sender): Promise<FeedResponse>;
  positions(items: readonly unknown[], sender: Sender): Promise<FeedResponse>;
}

/** The first problem zod found, as a field path (`location.lat`) and a reason. */
export function describeIssue(error: z.ZodError): { field: string; reason: string } {
  const issue = error.issues[0];
  if (!issue) return { field: '(item)', reason: 'invalid' };
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    return {
      field: [...path, issue.keys[0] ?? ''].filter(Boolean).join('.'),
      reason: `unknown field (${issue.keys.join(', ')})`,
    };
  }
  return { field: path.join('.') || '(item)', reason: issue.message };
}

function toResult(index: number, d: Decision): FeedItemResult {
  switch (d.kind) {
    case 'accepted':
      return {
        index,
        status: 'accepted',
        id: d.id,
        ...(d.caseId ? { caseId: d.caseId, merged: d.merged ?? false } : {}),
        ...(d.outside ? { outside: true } : {}),
      };
    case 'duplicate':
      return { index, status: 'duplicate', id: d.id, ...(d.caseId ? { caseId: d.caseId } : {}) };
    case 'rejected':
      return { index, status: 'rejected', field: d.field, reason: d.reason };
  }
}

function summarizeResults(results: FeedItemResult[]): FeedResponse {
  const count = (status: FeedItemResult['status']) => results.filter((r) => r.status === status).length;
  return {
    accepted: count('accepted'),
    duplicates: count('duplicate'),
    rejected: count('rejected'),
    results,
  };
}

function actorOf(sender: Sender, source: string): Actor {
  return sender.kind === 'feed'
    ? { kind: 'feed', key: sender.keyName, source }
    : { kind: 'system', name: sender.name };
}

export function createIngest(deps: {
  projection: LiveProjection;
  cells: CellIndex;
  clock: () => number;
}): Ingest {
  const { projection, cells, clock } = deps;

  function run<T>(
    items: readonly unknown[],
    schema: z.ZodType<T>,
    decide: (tx: Transaction, item: T, nowMs: number) => Decision,
  ): Promise<FeedResponse> {
    // Parsing needs no state: done before taking the lock.
    const parsed = items.map((raw) => schema.safeParse(raw));
    return projection.transact((tx) => {
      const nowMs = clock();
      const results = parsed.map((p, index): FeedItemResult => {
        if (!p.success) return { index, status: 'rejected', ...describeIssue(p.error) };
        const decision = decide(tx, p.data, nowMs);
        if (decision.kind === 'accepted') tx.apply(decision.event);
        return toResult(index, decision);
      });
      return summarizeResults(results);
    });
  }

  return {
    incidents(items, sender) {
      return run(items, incidentReportSchema, (tx, report: IncidentReport, nowMs) => {
        if (sender.kind === 'feed' && !reportSourceAllowed(sender.keySource, report.source)) {
          return {
            kind: 'rejected',
            field: 'source',
            reason: `the feed key ${sender.keyName} may only send ${sender.keySource} reports`,
          };
        }
        const location = toWgs84(report.location);
        return decideReport({
          state: tx.state,
          report,
          location,
          cell: cells.lookup(location.lon, location.lat),
          nowMs,
          actor: actorOf(sender, report.source),
        });
      });
    },
    inspections(items, sender) {
      return run(items, inspectionFeedItemSchema, (tx, item: InspectionFeedItem, nowMs) =>
        item.type === 'inspection'
          ? decideInspection(tx.state, item, nowMs, actorOf(sender, 'inspection'))
          : decideRectification(tx.state, item, nowMs, actorOf(sender, 'inspection')),
      );
    },
    positions(items, sender) {
      return run(items, positionReportSchema, (tx, report: PositionReport, nowMs) => {
        const location = toWgs84(report);
        return decidePosition({
          state: tx.state,
          report,
          location,
          insideStreet: cells.lookup(location.lon, location.lat) !== null,
          nowMs,
          actor: actorOf(sender, 'positions'),
        });
      });
    },
  };
}
