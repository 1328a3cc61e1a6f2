/** What the console reads from the API (see shared/domain/views.ts), and the signed-in roles. */
import type { Localized } from '../common/i18n';
import type { Session } from '../common/api';
import type { FormField } from '../../../shared/domain/service-definition';

export type Role = 'clerk' | 'head' | 'department-head' | 'specialist' | 'operator' | 'ca-admin';

export function rolesOf(s?: Session): Role[] {
  return (s?.groups ?? []).filter((g) => g.startsWith('role-')).map((g) => g.slice(5) as Role);
}

export function agenciesOf(s?: Session): string[] {
  return (s?.groups ?? []).filter((g) => g.startsWith('agency-')).map((g) => g.slice(7));
}

export interface ListItem {
  requestId: string;
  serviceId: string;
  serviceName?: string;
  status: string;
  registrationNumber?: string | null;
  serviceVersion?: number;
  updatedAt?: string;
  createdAt: string;
  dueAt?: string | null;
  openStep?: unknown;
  assignee?: string | null;
  channel: string;
  language: string;
  applicant?: string;
  overdue?: boolean;
  dueSoon?: boolean;
}

export interface HistoryItem {
  stepId: string;
  event: string;
  actor: { kind: string; id?: string; name?: string };
  action?: string;
  at: string;
  stepStartedAt?: string;
  deadline?: string;
  onTime?: boolean;
  outcome?: string;
  note?: string;
}

export interface Attachment {
  uploadId: string;
  kind: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}

export interface RequestView extends ListItem {
  applicantIin: string;
  form: Record<string, unknown>;
  attachments: Attachment[];
  decision?: { approved: boolean; decidedAt: string; ground?: { id: string; label?: string }; reason?: string };
  history: HistoryItem[];
  /** The latest return for correction (fields with their labels in the language). */
  returned?: { label: string; reason: string; fields: { id: string; label: string }[]; returnedAt: string; returnedBy?: string; correctedAt?: string };
  /** While RETURNED: the stopped clock of the step. */
  clockPaused?: { stepId: string; pausedAt: string; remainingMs: number };
  /** Filed by the applicant's representative under a notarial power of attorney. */
  representative?: { iin: string; powerOfAttorney: string };
  /** The fee paid through the payment gateway, and its refund. */
  payment?: { reference: string; amount: number; currency: string; paidAt: string; refund?: { reference: string; at: string } };
  /** The applicant's place in the service's waiting list. */
  queue?: { queueId: string; name: string; journalNumber: number; placedAt: string; status: 'waiting' | 'referred'; position?: number; referral?: { organisation: string; referredAt: string } };
}

export interface ServiceSummary {
  id: string;
  version: number;
  names: Localized;
  provider: { agencyId: string; names?: Localized; agencyIds?: string[] };
  channels: string[];
}

export interface ServiceDetail extends ServiceSummary {
  form: { fields: FormField[] };
  attachments: { id: string; label: Localized; required: boolean; requiredWhen?: { field: string; in: string[] }; maxCount: number }[];
  result: { title: Localized; fields: FormField[] };
  /** A waiting list: the two result fields the platform fills (never shown in the approval form). */
  queue?: { id: string; numberField: string; dateField: string };
  refusalGrounds: { id: string; label: Localized; source: string; byPlatform?: boolean }[];
  survey?: { questions: { id: string; text: Localized }[]; options: { value: number; label: Localized }[] };
  regulationChannels?: { channel: string; steps: { id: string; actor: Localized; action: Localized }[] }[];
}

export interface StaffMember {
  username: string;
  name?: string;
  roles?: string[];
}

export const FINAL = ['COMPLETED', 'REFUSED', 'DECIDED', 'RESULT_ISSUED', 'RESULT_ROUTED'];

/** The item's deadline state: the server's flags (overdue, dueSoon = within 24 h), else from dueAt. */
export function dueState(i: Pick<ListItem, 'overdue' | 'dueSoon' | 'dueAt' | 'status'>, now = Date.now()): 'overdue' | 'soon' | 'ok' | undefined {
  // Finished, or returned with the clock stopped: no deadline to show.
  if (FINAL.includes(i.status) || i.status === 'RETURNED') return undefined;
  if (i.overdue) return 'overdue';
  if (i.dueSoon) return 'soon';
  if (i.overdue === false) return 'ok';
  if (!i.dueAt || FINAL.includes(i.status)) return undefined;
  const left = Date.parse(i.dueAt) - now;
  if (left < 0) return 'overdue';
  return left < 24 * 3600_000 ? 'soon' : 'ok';
}
