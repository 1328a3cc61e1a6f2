/**
 * The shape of a service definition: the regulation (регламент) of one e-service as data.
 * One definition drives the catalogue, the form and its validation, routing to the provider,
 * the steps with their actors and time limits, the result and the refusal grounds.
 * Validated with zod when the catalogue loads; a broken definition stops start-up.
 */
import * as z from 'zod/mini';
import { agencies } from './agencies.js';

export const localized = z.object({ kk: z.string().check(z.minLength(1)), ru: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });

/** Channels a regulation can name (¶6–8 of seed 001). */
export const channels = ['portal', 'service-centre', 'agency-desk'] as const;
export type Channel = (typeof channels)[number];

/**
 * What the engine records in a request's history. Each regulation step says which of these it
 * covers, so the engine can stamp every entry with the regulation's step id and deadline.
 */
export const engineEvents = [
  'request.submitted',
  'signature.verified',
  'signature.refused',
  'gateway.registered',
  'agency.registered',
  'staff.taken',
  'staff.decided',
  'result.issued',
  'gateway.returned',
  'cabinet.delivered',
  // The return-for-correction loop, where a service offers it (a step covering both).
  'staff.returned',
  'applicant.corrected',
  // An internal chain (seed 002's 2014 format): a specialist drafts the decision, the head signs it (instead of staff.decided).
  'staff.drafted',
  'head.signed',
  // The heads' resolutions before the specialist's work (seed 002 ¶5 sub-paras 2–3): the head picks the
  // responsible department (its head), the department head picks the specialist.
  'head.resolved',
  'department.resolved',
] as const;
export type EngineEvent = (typeof engineEvents)[number];

/** Events a service may leave out: the return-for-correction loop is offered only where a step covers it. */
export const optionalEvents: readonly EngineEvent[] = ['staff.returned', 'applicant.corrected', 'head.resolved', 'department.resolved'];

/** A channel runs the internal chain (draft by a specialist, signature by the head) when a step covers each. */
export function hasChain(ch: { steps: { covers: readonly string[] }[] }): boolean {
  return ch.steps.some((s) => s.covers.includes('staff.drafted')) && ch.steps.some((s) => s.covers.includes('head.signed'));
}

/** A chain channel runs the heads' resolutions (a request taken by the clerk goes to the head, then the department head) when steps cover both. */
export function hasResolutions(ch: { steps: { covers: readonly string[] }[] }): boolean {
  return ch.steps.some((s) => s.covers.includes('head.resolved')) && ch.steps.some((s) => s.covers.includes('department.resolved'));
}

export const timeLimit = z.strictObject({
  amount: z.number().check(z.positive()),
  unit: z.enum(['seconds', 'minutes', 'workingDays', 'calendarDays']),
  /** Lower bound where the regulation gives a range ("30 секунд – 1 минута"). */
  from: z.optional(z.number().check(z.positive())),
});
export type TimeLimit = z.infer<typeof timeLimit>;

export const step = z.strictObject({
    /** The regulation's own reference: T1.a6 = Appendix 1, Table 1, action 6. */
    id: z.string().check(z.regex(/^T\d+\.a\d+$/)),
    actor: localized,
    action: localized,
    /** «Форма завершения»: what the step produces. */
    completion: localized,
    limit: timeLimit,
    /** Next step ids; empty for an end. Each branch states its condition. */
    next: z.array(z.object({ step: z.string(), when: z.optional(localized) })),
    /** Engine events that happen inside this step. */
    covers: z.array(z.enum(engineEvents)),
    /** True where the step is done by a person (staff or applicant), false for the system. */
    human: z.boolean(),
    note: z.optional(z.string()),
});
export type Step = z.infer<typeof step>;

const fieldBase = {
  id: z.string().check(z.regex(/^[a-z][a-zA-Z0-9]*$/)),
  label: localized,
  help: z.optional(localized),
  required: z.boolean(),
  /** Required only when another field has one of these values. */
  requiredWhen: z.optional(z.object({ field: z.string(), in: z.array(z.string()).check(z.minLength(1)) })),
};

export const formField = z.discriminatedUnion('type', [
  z.strictObject({ ...fieldBase, type: z.literal('text'), minLength: z.optional(z.int().check(z.gte(0))), maxLength: z.int().check(z.positive()), pattern: z.optional(z.string()) }),
  z.strictObject({ ...fieldBase, type: z.literal('textarea'), maxLength: z.int().check(z.positive()) }),
  z.strictObject({ ...fieldBase, type: z.literal('email') }),
  z.strictObject({ ...fieldBase, type: z.literal('year'), min: z.int(), max: z.union([z.int(), z.literal('current')]) }),
  z.strictObject({ ...fieldBase, type: z.literal('date') }),
  z.strictObject({
    ...fieldBase,
    type: z.literal('select'),
    options: z.array(z.object({ value: z.string().check(z.minLength(1)), label: localized })).check(z.minLength(1)),
  }),
]);
export type FormField = z.infer<typeof formField>;

export const attachmentKind = z.strictObject({
  id: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)),
  label: localized,
  required: z.boolean(),
  requiredWhen: z.optional(z.object({ field: z.string(), in: z.array(z.string()).check(z.minLength(1)) })),
  maxCount: z.int().check(z.positive()),
});
export type AttachmentKind = z.infer<typeof attachmentKind>;

export const serviceDefinition = z
  .strictObject({
    id: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)),
    version: z.int().check(z.positive()),
    source: z.strictObject({ seed: z.string(), act: z.string(), appendix: z.string() }),
    names: localized,
    description: localized,
    /**
     * Who provides the service (услугодатель). `agencyId` alone: one agency. With `byField`, the
     * regulation names several providers and the applicant's answer to a select field of the form
     * chooses one ("at the place where the resource is used", "where the child lives"): each option
     * maps to an agency. `agencyId` is then the provider the catalogue names first, and it takes a
     * request whose (optional) choosing field is left blank. The choice is made once, at filing
     * (providerOf in providers.ts), and the request keeps it.
     */
    provider: z.strictObject({
      agencyId: z.string(),
      byField: z.optional(z.strictObject({ field: z.string(), source: z.string(), agencies: z.record(z.string(), z.string()) })),
    }),
    /** Who may receive the service: individuals, and legal entities through a representative (IIN + BIN). */
    applicants: z._default(z.array(z.enum(['individual', 'legal-entity'])).check(z.minLength(1)), ['individual']),
    /** The channels the regulation names, each with its own table of steps. */
    channels: z.array(
      z.strictObject({
        channel: z.enum(channels),
        /** Diagram and table of the regulation for this channel. */
        source: z.string(),
        /** The engine runs this channel end to end today. */
        enabled: z.boolean(),
        steps: z.array(step).check(z.minLength(1)),
      }),
    ).check(z.minLength(1)),
    form: z.strictObject({
      fields: z.array(formField).check(z.minLength(1)),
      /** Cross-field rules: `lte` means form[a] <= form[b] when both are present. */
      rules: z._default(z.array(z.object({ kind: z.literal('lte'), a: z.string(), b: z.string(), code: z.literal('PERIOD_REVERSED') })), []),
    }),
    attachments: z.array(attachmentKind),
    /** Overall term of the service, as the regulation states it. */
    term: timeLimit,
    result: z.strictObject({
      title: localized,
      /** Result fields the clerk fills on approval (the certificate's content). */
      fields: z.array(formField),
    }),
    refusalGrounds: z.array(z.strictObject({ id: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)), label: localized, source: z.string() })).check(z.minLength(1)),
    /** The quality questionnaire the regulation appends, answered by the citizen after the result; absent where it has none. */
    survey: z.optional(
      z.strictObject({
        source: z.string(),
        questions: z.array(z.strictObject({ id: z.string().check(z.regex(/^[a-z][a-zA-Z0-9]*$/)), indicator: z.enum(['quality', 'accessibility']), text: localized })).check(z.minLength(1)),
        options: z.array(z.strictObject({ value: z.int(), label: localized })).check(z.minLength(2)),
      }),
    ),
    /**
     * A waiting list the service keeps (preschool places, housing): an approval whose result field
     * `outcomeField` is `queuedValue` places the applicant in the journal; the platform fills the
     * journal number and date into `numberField` and `dateField` (never the clerk), and the
     * applicant sees the position, which later referrals from the queue move up.
     */
    queue: z.optional(
      z.strictObject({
        id: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)),
        names: localized,
        source: z.string(),
        outcomeField: z.string(),
        queuedValue: z.string(),
        numberField: z.string(),
        dateField: z.string(),
        /** Where the regulation's notice names the applicant's place in the queue: its label; the notice prints the position at the date of issue. */
        positionLabel: z.optional(localized),
      }),
    ),
    /**
     * A fee through the e-government payment gateway (ЭҮТШ / ПШЭП). `beforeSigning`: on the
     * channels named, the applicant pays first and signs the request with the payment's id in
     * `formField`; intake refuses a request without a paid, unused fee of theirs for this service.
     * `beforeIssue`: an approval on those channels waits for the fee (invoiced for that request);
     * the gateway's confirmation lets the result be issued. `refundOnRefusal`: a request that ends
     * refused has its fee refunded.
     */
    payment: z.optional(
      z.strictObject({
        source: z.string(),
        /** Tenge. */
        amount: z.int().check(z.positive()),
        /** beforeSigning: paid first, named in the signed form; beforeIssue: paid after the approval, the result issued once it is. */
        position: z.enum(['beforeSigning', 'beforeIssue']),
        channels: z.array(z.enum(channels)).check(z.minLength(1)),
        /** beforeSigning only: the form field naming the payment. */
        formField: z.optional(z.string()),
        refundOnRefusal: z.boolean(),
        /**
         * beforeIssue only: the regulation's "no payment" refusal. An approval that has waited
         * `after` for its fee is refused by the platform (the deadline watch) on `groundId`, the
         * history stamped with `step`; a confirmation that comes later is refunded.
         */
        unpaid: z.optional(z.strictObject({ source: z.string(), after: timeLimit, step: z.string(), groundId: z.string() })),
      }),
    ),
    /**
     * State registries the regulation checks through the gateway when staff file (beyond ГБД ФЛ,
     * which every staff filing checks): a representative's notarial power of attorney (ЕНИС / БНАЖ),
     * and the child's birth record in the civil registry (ЗАГС / АХАЖ). No data is the regulation's
     * refusal, before any staff step.
     */
    registryChecks: z.optional(
      z.strictObject({
        powerOfAttorney: z.optional(z.strictObject({ source: z.string(), channels: z.array(z.enum(channels)).check(z.minLength(1)) })),
        birthRecord: z.optional(z.strictObject({ source: z.string(), channels: z.array(z.enum(channels)).check(z.minLength(1)), childField: z.string() })),
      }),
    ),
    /** Gaps in the regulation filled here, stated plainly. */
    assumptions: z.array(z.string()),
  })
  .check(
    z.superRefine((def, ctx) => {
    if (!agencies.some((a) => a.id === def.provider.agencyId)) {
      ctx.addIssue({ code: 'custom', message: `unknown provider agency ${def.provider.agencyId}`, path: ['provider'] });
    }
    const by = def.provider.byField;
    if (by) {
      // The choosing field is a select of the form, and each of its options names a known agency (and only its options do).
      const f = def.form.fields.find((x) => x.id === by.field);
      if (f?.type !== 'select') ctx.addIssue({ code: 'custom', message: `provider.byField: form field ${by.field} must be a select`, path: ['provider', 'byField'] });
      else {
        for (const o of f.options) if (!(o.value in by.agencies)) ctx.addIssue({ code: 'custom', message: `provider.byField: option ${o.value} of ${by.field} maps to no agency`, path: ['provider', 'byField'] });
        for (const v of Object.keys(by.agencies)) if (!f.options.some((o) => o.value === v)) ctx.addIssue({ code: 'custom', message: `provider.byField: ${v} is not an option of ${by.field}`, path: ['provider', 'byField'] });
        if (f.requiredWhen) ctx.addIssue({ code: 'custom', message: `provider.byField: ${by.field} may not be conditionally required (the provider must not depend on another answer)`, path: ['provider', 'byField'] });
      }
      for (const [v, id] of Object.entries(by.agencies)) if (!agencies.some((a) => a.id === id)) ctx.addIssue({ code: 'custom', message: `provider.byField: option ${v} maps to unknown agency ${id}`, path: ['provider', 'byField'] });
    }
    const fieldIds = new Set(def.form.fields.map((f) => f.id));
    for (const [i, ch] of def.channels.entries()) {
      const ids = new Set(ch.steps.map((s) => s.id));
      for (const s of ch.steps) {
        for (const n of s.next) {
          if (!ids.has(n.step)) ctx.addIssue({ code: 'custom', message: `step ${s.id} → unknown ${n.step}`, path: ['channels', i, 'steps'] });
        }
      }
      if (ch.enabled) {
        // An enabled channel must place every engine event of the main path in some step.
        const covered = new Set(ch.steps.flatMap((s) => s.covers));
        // The decision is either one event (staff.decided) or the chain's two (staff.drafted, head.signed).
        const notNeeded = hasChain(ch) ? ['staff.decided'] : ['staff.drafted', 'head.signed'];
        for (const e of engineEvents) {
          if (!covered.has(e) && !optionalEvents.includes(e) && !notNeeded.includes(e)) ctx.addIssue({ code: 'custom', message: `channel ${ch.channel}: no step covers ${e}`, path: ['channels', i] });
        }
        // The resolutions come in pairs, and only before a specialist's draft that a head signs.
        const resolutions = ch.steps.filter((s) => s.covers.includes('head.resolved') || s.covers.includes('department.resolved'));
        if (resolutions.length && (!hasResolutions(ch) || !hasChain(ch))) {
          ctx.addIssue({ code: 'custom', message: `channel ${ch.channel}: head.resolved and department.resolved go together, in a channel with an internal chain`, path: ['channels', i] });
        }
        // A return needs its correction: both in one step (the clock of that step stops and resumes).
        const loop = ch.steps.filter((s) => s.covers.includes('staff.returned') || s.covers.includes('applicant.corrected'));
        if (loop.length && (loop.length > 1 || !loop[0]!.covers.includes('staff.returned') || !loop[0]!.covers.includes('applicant.corrected') || !loop[0]!.covers.includes('staff.decided'))) {
          ctx.addIssue({ code: 'custom', message: `channel ${ch.channel}: staff.returned and applicant.corrected belong in the step that covers staff.decided`, path: ['channels', i] });
        }
      }
    }
    for (const f of [...def.form.fields, ...def.attachments]) {
      if (f.requiredWhen && !fieldIds.has(f.requiredWhen.field)) {
        ctx.addIssue({ code: 'custom', message: `${f.id}: requiredWhen names unknown field ${f.requiredWhen.field}`, path: ['form'] });
      }
    }
    const childField = def.registryChecks?.birthRecord?.childField;
    if (childField !== undefined && def.form.fields.find((x) => x.id === childField)?.type !== 'text') {
      ctx.addIssue({ code: 'custom', message: `registryChecks.birthRecord: form field ${childField} must be a text field (the child's IIN)`, path: ['registryChecks'] });
    }
    if (def.payment) {
      const f = def.form.fields.find((x) => x.id === def.payment!.formField);
      if (def.payment.position === 'beforeSigning' && f?.type !== 'text') ctx.addIssue({ code: 'custom', message: `payment: form field ${def.payment.formField} must be a text field (the payment's id, signed with the form)`, path: ['payment'] });
      for (const c of def.payment.channels) if (!def.channels.some((x) => x.channel === c)) ctx.addIssue({ code: 'custom', message: `payment: channel ${c} is not offered`, path: ['payment'] });
      const unpaid = def.payment.unpaid;
      if (unpaid) {
        if (def.payment.position !== 'beforeIssue') ctx.addIssue({ code: 'custom', message: 'payment.unpaid: only a fee after approval (beforeIssue) lapses', path: ['payment'] });
        if (!def.refusalGrounds.some((g) => g.id === unpaid.groundId)) ctx.addIssue({ code: 'custom', message: `payment.unpaid: unknown refusal ground ${unpaid.groundId}`, path: ['payment'] });
        for (const c of def.payment.channels) {
          if (!def.channels.find((x) => x.channel === c)?.steps.some((st) => st.id === unpaid.step)) ctx.addIssue({ code: 'custom', message: `payment.unpaid: channel ${c} has no step ${unpaid.step}`, path: ['payment'] });
        }
      }
    }
    if (def.queue) {
      const q = def.queue;
      const result = new Map(def.result.fields.map((f) => [f.id, f]));
      const outcome = result.get(q.outcomeField);
      if (outcome?.type !== 'select' || !outcome.options.some((o) => o.value === q.queuedValue)) {
        ctx.addIssue({ code: 'custom', message: `queue: result field ${q.outcomeField} must be a select with the option ${q.queuedValue}`, path: ['queue'] });
      }
      for (const id of [q.numberField, q.dateField]) {
        if (!result.has(id) || result.get(id)!.required) ctx.addIssue({ code: 'custom', message: `queue: ${id} must be an optional result field (the platform fills it)`, path: ['queue'] });
      }
    }
    for (const r of def.form.rules) {
      if (!fieldIds.has(r.a) || !fieldIds.has(r.b)) ctx.addIssue({ code: 'custom', message: `rule on unknown fields ${r.a}/${r.b}`, path: ['form', 'rules'] });
    }
    }),
  );

export type ServiceDefinition = z.infer<typeof serviceDefinition>;
export type ChannelDefinition = ServiceDefinition['channels'][number];

export function channelOf(def: ServiceDefinition, channel: Channel): ChannelDefinition | undefined {
  return def.channels.find((c) => c.channel === channel);
}

/** The step of a channel that covers an engine event. */
export function stepFor(ch: ChannelDefinition, event: EngineEvent): Step | undefined {
  return ch.steps.find((s) => s.covers.includes(event));
}

/** Refusal grounds a member of staff may give: all but the platform's own (a fee that never came). */
export function staffRefusalGrounds(def: ServiceDefinition): ServiceDefinition['refusalGrounds'] {
  return def.refusalGrounds.filter((g) => g.id !== def.payment?.unpaid?.groundId);
}
