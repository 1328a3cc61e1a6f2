/**
 * Quality (seed 001 ¶16 and App.6; seed 000 ¶15 and Annex 4; seed 003 p.15): after the result,
 * the citizen may answer the service's two-question questionnaire, once.
 */
import { ConflictError, NotFoundError, ValidationError, type FieldIssue } from '../errors.js';
import { definitionOf } from '../engine.js';
import { surveyMetrics } from '../metrics.js';
import type { RequestRecord } from '../request.js';
import type { SurveyBody } from '../api-schemas.js';
import type { Deps } from './deps.js';

const finished = (r: RequestRecord) => r.status === 'COMPLETED' || r.status === 'REFUSED';

export async function answerSurvey(deps: Pick<Deps, 'requests' | 'clock'>, iin: string, requestId: string, body: SurveyBody): Promise<{ survey: NonNullable<RequestRecord['survey']>; replayed: boolean }> {
  const record = await deps.requests.get(requestId);
  // Another citizen's request is indistinguishable from a missing one.
  if (!record || record.applicantIin !== iin) throw new NotFoundError('REQUEST_NOT_FOUND');
  const { def } = definitionOf(record);
  if (!def.survey) throw new ConflictError('SURVEY_NOT_OFFERED');
  const issues: FieldIssue[] = [];
  const asked = new Set(def.survey.questions.map((q) => q.id));
  const values = new Set(def.survey.options.map((o) => o.value));
  for (const id of Object.keys(body.answers)) if (!asked.has(id)) issues.push({ field: `answers.${id.slice(0, 64)}`, code: 'FIELD_UNKNOWN' });
  for (const q of def.survey.questions) {
    const v = body.answers[q.id];
    if (v === undefined) issues.push({ field: `answers.${q.id}`, code: 'FIELD_REQUIRED' });
    else if (!values.has(v)) issues.push({ field: `answers.${q.id}`, code: 'FIELD_NOT_ALLOWED', params: { allowed: [...values] } });
  }
  if (issues.length) throw new ValidationError(issues);
  if (!finished(record)) throw new ConflictError('SURVEY_NOT_YET');
  const same = (s: RequestRecord['survey']) => !!s && def.survey!.questions.every((q) => s.answers[q.id] === body.answers[q.id]);
  // The same answers again (a retried call) are the same answer; different ones are refused.
  if (record.survey) {
    if (same(record.survey)) return { survey: record.survey, replayed: true };
    throw new ConflictError('SURVEY_ALREADY_ANSWERED');
  }
  const survey = { answers: Object.fromEntries(def.survey.questions.map((q) => [q.id, body.answers[q.id]!])), answeredAt: deps.clock.now().toISOString() };
  if ((await deps.requests.saveSurvey(requestId, survey, surveyMetrics(record, survey.answers))) === 'applied') return { survey, replayed: false };
  const now = await deps.requests.get(requestId);
  if (now?.survey && same(now.survey)) return { survey: now.survey, replayed: true };
  throw new ConflictError('SURVEY_ALREADY_ANSWERED');
}
