import type { MessageCode } from './messages.js';

/** A field-level problem: `field` is a dotted path (form.periodFrom, attachments.0). */
export interface FieldIssue {
  field: string;
  code: MessageCode;
  /** Extra facts for the client, e.g. { minimum: 1900 }. */
  params?: Record<string, unknown>;
}

/**
 * Domain errors carry a stable code; the one HTTP error mapper (shared/http) turns them into
 * statuses and localized messages. Domain code never knows about HTTP statuses beyond `kind`.
 */
export class AppError extends Error {
  constructor(
    readonly code: MessageCode,
    readonly kind: 'invalid' | 'unauthorized' | 'forbidden' | 'not-found' | 'conflict' | 'too-large' | 'unprocessable',
    readonly fields: FieldIssue[] = [],
    readonly details?: Record<string, unknown>,
  ) {
    super(code);
    this.name = new.target.name;
  }
}

export class ValidationError extends AppError {
  constructor(fields: FieldIssue[], code: MessageCode = 'VALIDATION_FAILED') {
    super(code, 'invalid', fields);
  }
}
export class NotFoundError extends AppError {
  constructor(code: MessageCode = 'NOT_FOUND') {
    super(code, 'not-found');
  }
}
export class ForbiddenError extends AppError {
  constructor(code: MessageCode = 'FORBIDDEN') {
    super(code, 'forbidden');
  }
}
export class UnauthorizedError extends AppError {
  constructor(code: MessageCode = 'UNAUTHORIZED') {
    super(code, 'unauthorized');
  }
}
export class ConflictError extends AppError {
  constructor(code: MessageCode, details?: Record<string, unknown>) {
    super(code, 'conflict', [], details);
  }
}

/** A message that arrived before the request reached the state it needs: retry later. */
export class NotReadyError extends Error {
  constructor(readonly requestId: string, readonly expected: string, readonly actual: string) {
    super(`request not ready: expected ${expected}, found ${actual}`);
    this.name = 'NotReadyError';
  }
}
