// The admin API's answers as the screen reads them: core's wire types, and the few limits the
// forms check before sending.
export {
  AUDIT_EVENT_TYPES as AUDIT_TYPES,
  type AuditEventType as AuditType,
} from '../../../../core/domain/audit';
export { FEED_KEY_SOURCES, type FeedKeySource } from '../../../../core/protocol/access';
export type {
  AuditEntry,
  AuditPage,
  DisplayTokenCreated,
  DisplayTokenView,
  FeedKeyCreated,
  FeedKeyView,
  UserView,
} from '../../../../core/protocol/auth';

/** The shortest password the server accepts (core/protocol/auth-schemas.ts, not imported: it brings zod). */
export const PASSWORD_MIN = 10;
