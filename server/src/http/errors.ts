// One error shape for every failure: `{ error, reason }` as JSON, never a stack trace.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../log';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly reason: string,
    /** The parameter or field at fault, when there is one. */
    readonly field?: string,
  ) {
    super(reason);
  }
}

// Errors of body-parser (express.json) carry a `type` and a 4xx `status`.
const BODY_ERRORS: Record<string, { code: string; reason: string }> = {
  'entity.parse.failed': { code: 'bad-json', reason: 'the body is not valid JSON' },
  'entity.too.large': { code: 'payload-too-large', reason: 'the body is larger than the limit' },
  'encoding.unsupported': { code: 'unsupported-encoding', reason: 'unsupported content encoding' },
  'charset.unsupported': { code: 'unsupported-charset', reason: 'the body must be UTF-8' },
  'request.aborted': { code: 'aborted', reason: 'the request was aborted' },
  'request.size.invalid': { code: 'bad-length', reason: 'the body does not match its Content-Length' },
};

export const notFound: RequestHandler = (req, _res, next) => {
  next(new HttpError(404, 'not-found', `no route for ${req.method} ${req.path}`));
};

export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    let status = 500;
    let body: { error: string; reason: string; field?: string } = {
      error: 'internal',
      reason: 'internal server error',
    };
    if (err instanceof HttpError) {
      status = err.status;
      body = { error: err.code, ...(err.field ? { field: err.field } : {}), reason: err.reason };
    } else if (err?.name === 'EventStoreError') {
      status = 503;
      body = {
        error: 'store-unavailable',
        reason: 'the event log could not be written: nothing in this request was kept',
      };
    } else if (
      typeof err?.type === 'string' &&
      BODY_ERRORS[err.type] &&
      err.status >= 400 &&
      err.status < 500
    ) {
      status = err.status;
      body = { error: BODY_ERRORS[err.type]!.code, reason: BODY_ERRORS[err.type]!.reason };
    } else if (typeof err?.status === 'number' && err.status >= 400 && err.status < 500) {
      status = err.status;
      body = { error: 'bad-request', reason: 'the request was refused' };
    }
    if (status >= 500) log.error(`${req.method} ${req.originalUrl} failed`, err);
    if (res.headersSent) return res.end();
    res.status(status).json(body);
  };
}
