/**
 * Validates a request's form and attachment list against its service definition. Pure code
 * with no Node or AWS imports, so the web portal can run the very same rules in the browser.
 */
import type { FieldIssue } from './errors.js';
import type { FormField, ServiceDefinition } from './service-definition.js';

export type FormValues = Record<string, unknown>;
export interface AttachmentRef {
  kind: string;
}

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,63}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRequired(f: Pick<FormField, 'required' | 'requiredWhen'>, form: FormValues): boolean {
  if (f.required) return true;
  if (!f.requiredWhen) return false;
  const v = form[f.requiredWhen.field];
  return typeof v === 'string' && f.requiredWhen.in.includes(v);
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

/** Checks one value against its field; returns the issue or null. `now` fixes the "current" year. */
export function checkField(f: FormField, v: unknown, now: Date): Omit<FieldIssue, 'field'> | null {
  switch (f.type) {
    case 'text':
    case 'textarea': {
      if (typeof v !== 'string') return { code: 'FIELD_INVALID_TYPE', params: { expected: 'string' } };
      const len = [...v.trim()].length;
      if (f.type === 'text' && f.minLength !== undefined && len < f.minLength) return { code: 'FIELD_TOO_SHORT', params: { minLength: f.minLength } };
      if (len > f.maxLength) return { code: 'FIELD_TOO_LONG', params: { maxLength: f.maxLength } };
      // Control characters other than newlines/tabs never belong in a form value.
      if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v)) return { code: 'FIELD_BAD_FORMAT' };
      if (f.type === 'text' && f.pattern && !new RegExp(f.pattern, 'u').test(v)) return { code: 'FIELD_BAD_FORMAT' };
      return null;
    }
    case 'email':
      if (typeof v !== 'string') return { code: 'FIELD_INVALID_TYPE', params: { expected: 'string' } };
      return v.length <= 254 && EMAIL.test(v) ? null : { code: 'FIELD_BAD_FORMAT' };
    case 'year': {
      if (typeof v !== 'number' || !Number.isInteger(v)) return { code: 'FIELD_INVALID_TYPE', params: { expected: 'integer' } };
      const max = f.max === 'current' ? now.getUTCFullYear() : f.max;
      if (v < f.min) return { code: 'FIELD_TOO_SMALL', params: { minimum: f.min } };
      if (v > max) return { code: 'FIELD_TOO_BIG', params: { maximum: max } };
      return null;
    }
    case 'date': {
      if (typeof v !== 'string') return { code: 'FIELD_INVALID_TYPE', params: { expected: 'string' } };
      const d = new Date(`${v}T00:00:00Z`);
      return DATE.test(v) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v) ? null : { code: 'FIELD_BAD_FORMAT' };
    }
    case 'select':
      if (typeof v !== 'string') return { code: 'FIELD_INVALID_TYPE', params: { expected: 'string' } };
      return f.options.some((o) => o.value === v) ? null : { code: 'FIELD_NOT_ALLOWED', params: { allowed: f.options.map((o) => o.value) } };
  }
}

/** Validates a set of fields (the request form, or a result form); unknown keys are errors. */
export function validateFields(fields: readonly FormField[], values: unknown, prefix: string, now: Date): FieldIssue[] {
  if (typeof values !== 'object' || values === null || Array.isArray(values)) {
    return [{ field: prefix, code: 'FIELD_INVALID_TYPE', params: { expected: 'object' } }];
  }
  const form = values as FormValues;
  const issues: FieldIssue[] = [];
  const known = new Set(fields.map((f) => f.id));
  for (const key of Object.keys(form)) {
    if (!known.has(key)) issues.push({ field: `${prefix}.${key.slice(0, 64)}`, code: 'FIELD_UNKNOWN' });
  }
  for (const f of fields) {
    const v = form[f.id];
    if (isEmpty(v)) {
      if (isRequired(f, form)) issues.push({ field: `${prefix}.${f.id}`, code: 'FIELD_REQUIRED' });
      continue;
    }
    const issue = checkField(f, v, now);
    if (issue) issues.push({ field: `${prefix}.${f.id}`, ...issue });
  }
  return issues;
}

export function validateForm(def: ServiceDefinition, form: unknown, attachments: readonly AttachmentRef[], now: Date): FieldIssue[] {
  const issues = validateFields(def.form.fields, form, 'form', now);
  if (issues.length === 0) {
    const values = form as FormValues;
    for (const r of def.form.rules) {
      const a = values[r.a];
      const b = values[r.b];
      if (typeof a === 'number' && typeof b === 'number' && a > b) issues.push({ field: `form.${r.a}`, code: r.code });
    }
  }
  const values = (typeof form === 'object' && form !== null ? form : {}) as FormValues;
  const counts = new Map<string, number>();
  attachments.forEach((a, i) => {
    if (!def.attachments.some((k) => k.id === a.kind)) issues.push({ field: `attachments.${i}.kind`, code: 'ATTACHMENT_KIND_UNKNOWN' });
    counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
  });
  for (const k of def.attachments) {
    const n = counts.get(k.id) ?? 0;
    if (n === 0 && isRequired(k, values)) issues.push({ field: `attachments.${k.id}`, code: 'ATTACHMENT_REQUIRED' });
    if (n > k.maxCount) issues.push({ field: `attachments.${k.id}`, code: 'ATTACHMENT_TOO_MANY', params: { maxCount: k.maxCount } });
  }
  return issues;
}
