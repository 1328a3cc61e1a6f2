import { describe, expect, it } from 'vitest';
import { completeIin, isValidIin, maskIin } from '../../shared/domain/iin.js';
import { addWorkingDays, deadlineOf, isWorkingDay } from '../../shared/domain/calendar.js';
import { sniffContentType, safeFileName } from '../../shared/domain/file-type.js';
import { canonicalJson } from '../../shared/domain/canonical.js';
import { pickLanguage } from '../../shared/domain/i18n.js';
import { validateForm } from '../../shared/domain/form-validation.js';
import { findService, listServices } from '../../shared/domain/services/index.js';
import { serviceDefinition } from '../../shared/domain/service-definition.js';
import { archiveCertificate } from '../../shared/domain/services/archive-certificate.js';
import { messages } from '../../shared/domain/messages.js';
import { apply } from '../../shared/domain/engine.js';
import type { RequestRecord } from '../../shared/domain/request.js';

describe('IIN', () => {
  it('accepts a number whose 12th digit is the check digit and refuses any other', () => {
    const iin = completeIin('88031540012')!;
    expect(isValidIin(iin)).toBe(true);
    const wrong = iin.slice(0, 11) + String((Number(iin[11]) + 1) % 10);
    expect(isValidIin(wrong)).toBe(false);
    expect(isValidIin('12345')).toBe(false);
    expect(isValidIin(880315400128)).toBe(false);
  });

  it('uses the second weight row when the first gives 10', () => {
    // 00000000001 with weights 1..11 → 11 mod 11 = 0; find a prefix that needs the 2nd row.
    let found: string | undefined;
    for (let i = 0; i < 2000 && !found; i++) {
      const p = String(90010100000 + i);
      const d = [...p].map(Number);
      if (d.reduce((a, x, j) => a + x * (j + 1), 0) % 11 === 10 && completeIin(p)) found = completeIin(p)!;
    }
    expect(found && isValidIin(found)).toBe(true);
  });

  it('masks all but the first two and last two digits', () => {
    expect(maskIin('880315400128')).toBe('88********28');
  });
});

describe('working-day calendar', () => {
  it('skips weekends and public holidays', () => {
    expect(isWorkingDay('2026-11-28')).toBe(false); // Saturday
    expect(isWorkingDay('2026-12-16')).toBe(false); // Independence Day
    expect(isWorkingDay('2026-12-15')).toBe(true);
  });

  it('ends 15 working days after 25 Nov 2026 on 17 Dec 2026, local time (UTC+5)', () => {
    const d = addWorkingDays(new Date('2026-11-25T10:00:00+05:00'), 15);
    expect(d.toISOString()).toBe('2026-12-17T18:59:59.999Z');
  });

  it('computes second-based limits exactly', () => {
    const start = new Date('2026-01-05T00:00:00Z');
    expect(deadlineOf(start, { amount: 90, unit: 'seconds' }).getTime() - start.getTime()).toBe(90_000);
    expect(deadlineOf(start, { amount: 15, unit: 'calendarDays' }).toISOString()).toBe('2026-01-20T00:00:00.000Z');
  });
});

describe('file types', () => {
  it('recognises PDF, JPEG and PNG by their bytes, not their names', () => {
    expect(sniffContentType(new TextEncoder().encode('%PDF-1.7'))).toBe('application/pdf');
    expect(sniffContentType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffContentType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('image/png');
    expect(sniffContentType(new TextEncoder().encode('MZ\x90\x00'))).toBeNull();
    expect(sniffContentType(new TextEncoder().encode('<html>'))).toBeNull();
  });

  it('strips paths and control characters from file names', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\x\\скан.pdf')).toBe('скан.pdf');
    expect(safeFileName('a\u0000b<>.pdf')).toBe('a_b__.pdf');
    expect(safeFileName('...')).toBe('file');
  });
});

describe('canonical JSON', () => {
  it('sorts keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 'я' }], c: undefined } })).toBe('{"a":{"d":[1,{"y":"я","z":1}]},"b":1}');
  });
});

describe('language choice', () => {
  it('takes an explicit choice, then Accept-Language, then Kazakh', () => {
    expect(pickLanguage('en', 'ru')).toBe('en');
    expect(pickLanguage(undefined, 'de-DE, ru;q=0.9, en;q=0.8')).toBe('ru');
    expect(pickLanguage(undefined, 'de')).toBe('kk');
    expect(pickLanguage('xx', undefined)).toBe('kk');
  });
});

describe('service definitions', () => {
  it('gives every message in Kazakh, Russian and English', () => {
    for (const [code, m] of Object.entries(messages)) {
      for (const lang of ['kk', 'ru', 'en'] as const) expect(m[lang], `${code}.${lang}`).toBeTruthy();
    }
  });

  it('gives every step of every channel of every service a time limit and every branch a target', () => {
    expect(listServices().length).toBeGreaterThan(2);
    for (const def of listServices()) {
      for (const ch of def.channels) {
        const ids = new Set(ch.steps.map((s) => s.id));
        for (const s of ch.steps) {
          expect(s.limit.amount, `${def.id} ${s.id}`).toBeGreaterThan(0);
          for (const n of s.next) expect(ids.has(n.step), `${def.id} ${s.id} → ${n.step}`).toBe(true);
        }
      }
    }
  });

  it('gives every text of every service in Kazakh, Russian and English', () => {
    const walk = (v: unknown, path: string): void => {
      if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${path}[${i}]`));
      if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if ('ru' in o || 'kk' in o || 'en' in o) for (const lang of ['kk', 'ru', 'en']) expect(typeof o[lang] === 'string' && (o[lang] as string).length > 0, `${path}.${lang}`).toBe(true);
        else for (const [k, x] of Object.entries(o)) walk(x, `${path}.${k}`);
      }
    };
    for (const def of listServices()) walk(def, def.id);
  });

  it('refuses a definition whose branch points to a missing step', () => {
    const broken = structuredClone(archiveCertificate);
    broken.channels[0]!.steps[0]!.next = [{ step: 'T1.a99' }];
    expect(serviceDefinition.safeParse(broken).success).toBe(false);
  });

  it('refuses an enabled channel that leaves an engine event without a step', () => {
    const broken = structuredClone(archiveCertificate);
    broken.channels[0]!.steps = broken.channels[0]!.steps.filter((s) => s.id !== 'T1.a6');
    broken.channels[0]!.steps.forEach((s) => (s.next = s.next.filter((n) => n.step !== 'T1.a6')));
    expect(serviceDefinition.safeParse(broken).success).toBe(false);
  });

  it('refuses the heads’ resolutions outside an internal chain, or one without the other', () => {
    const outside = structuredClone(archiveCertificate);
    outside.channels[0]!.steps[0]!.covers = ['head.resolved'];
    outside.channels[0]!.steps[1]!.covers = ['department.resolved'];
    expect(serviceDefinition.safeParse(outside).error?.message).toMatch(/head.resolved and department.resolved go together, in a channel with an internal chain/);
    const half = structuredClone(findService('foreign-periodicals-accounting')!);
    for (const ch of half.channels) for (const st of ch.steps) st.covers = st.covers.filter((e) => e !== 'department.resolved');
    expect(serviceDefinition.safeParse(half).success).toBe(false);
    expect(serviceDefinition.safeParse(findService('foreign-periodicals-accounting')!).success).toBe(true);
  });

  it('runs a request on the version it was filed under: the periodicals’ version 1 goes from the take to the specialist, version 2 to the head’s resolution', () => {
    const now = new Date('2026-12-02T05:00:00Z');
    const record = (serviceVersion: number) =>
      ({ requestId: `r${serviceVersion}`, serviceId: 'foreign-periodicals-accounting', serviceVersion, channel: 'portal', status: 'IN_INBOX', agencyId: 'vko-internal-policy', language: 'ru', applicantIin: '880315400128', form: {}, attachments: [], signature: { format: 'cms', value: '', signedAt: now.toISOString() }, createdAt: now.toISOString(), updatedAt: now.toISOString(), openStep: { stepId: 'T2.a7', startedAt: now.toISOString(), deadline: new Date(now.getTime() + 15 * 60_000).toISOString() } }) as unknown as RequestRecord;
    const v1 = apply(record(1), 'staff.taken', now, { actor: { kind: 'staff', id: 'c' }, outcome: 'taken' });
    expect(v1.record.status).toBe('IN_PROGRESS');
    expect(v1.record.openStep?.stepId).toBe('T2.a10');
    const v2 = apply(record(2), 'staff.taken', now, { actor: { kind: 'staff', id: 'c' }, outcome: 'registered' });
    expect(v2.record.status).toBe('AT_HEAD');
    expect(v2.record.openStep).toMatchObject({ stepId: 'T2.a8', deadline: '2026-12-02T05:15:00.000Z' });
    const a9 = apply(v2.record, 'head.resolved', new Date('2026-12-02T05:10:00Z'), { actor: { kind: 'staff', id: 'h' }, outcome: 'resolved', patch: { assignee: 'd' } });
    expect(a9.entry).toMatchObject({ stepId: 'T2.a8', onTime: true });
    expect(a9.record).toMatchObject({ status: 'AT_DEPARTMENT', assignee: 'd', openStep: { stepId: 'T2.a9', deadline: '2026-12-02T05:25:00.000Z' } });
    // Late: the department head's resolution after its 15 minutes is stamped as such.
    const late = apply(a9.record, 'department.resolved', new Date('2026-12-02T05:40:00Z'), { actor: { kind: 'staff', id: 'd' }, outcome: 'resolved', patch: { assignee: 's' } });
    expect(late.entry).toMatchObject({ stepId: 'T2.a9', onTime: false });
    expect(late.record).toMatchObject({ status: 'IN_PROGRESS', openStep: { stepId: 'T2.a10' } });
  });

  it('refuses a definition missing one language', () => {
    const broken = structuredClone(archiveCertificate) as unknown as { names: Record<string, string> };
    delete broken.names.kk;
    expect(serviceDefinition.safeParse(broken).success).toBe(false);
  });
});

describe('form validation', () => {
  const def = findService('archive-certificate')!;
  const now = new Date('2026-11-25T00:00:00Z');
  const good = { archive: 'state-archive', certificateType: 'work-record', organization: 'ТОО X', periodFrom: 1998, periodTo: 2004, purpose: 'pension' };
  const codes = (form: unknown, att: { kind: string }[] = [{ kind: 'work-record-book' }]) => validateForm(def, form, att, now).map((i) => `${i.field}:${i.code}`);

  it('accepts a complete form', () => {
    expect(codes(good)).toEqual([]);
  });

  it('names each bad field with its own code', () => {
    expect(codes({ ...good, archive: 'moon', periodFrom: '1998', purpose: '', extra: 1 })).toEqual([
      'form.extra:FIELD_UNKNOWN',
      'form.archive:FIELD_NOT_ALLOWED',
      'form.periodFrom:FIELD_INVALID_TYPE',
      'form.purpose:FIELD_REQUIRED',
    ]);
  });

  it('requires the organisation and the work-record book only for work-record and salary certificates', () => {
    const { organization: _o, ...noOrg } = good;
    expect(codes(noOrg, [])).toEqual(['form.organization:FIELD_REQUIRED', 'attachments.work-record-book:ATTACHMENT_REQUIRED']);
    expect(codes({ ...noOrg, certificateType: 'land-allocation' }, [])).toEqual([]);
  });

  it('refuses a period that ends before it starts or lies in the future', () => {
    expect(codes({ ...good, periodFrom: 2005, periodTo: 2004 })).toEqual(['form.periodFrom:PERIOD_REVERSED']);
    expect(codes({ ...good, periodTo: 2027 })).toEqual(['form.periodTo:FIELD_TOO_BIG']);
  });

  it('refuses unknown attachment kinds and too many of one kind', () => {
    expect(codes(good, [{ kind: 'work-record-book' }, { kind: 'selfie' }])).toEqual(['attachments.1.kind:ATTACHMENT_KIND_UNKNOWN']);
    expect(codes(good, Array.from({ length: 6 }, () => ({ kind: 'work-record-book' })))).toEqual(['attachments.work-record-book:ATTACHMENT_TOO_MANY']);
  });

  it('refuses a form that is not an object', () => {
    expect(codes([1, 2])).toContain('form:FIELD_INVALID_TYPE');
    expect(codes('x')).toContain('form:FIELD_INVALID_TYPE');
  });
});
