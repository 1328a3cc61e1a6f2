/**
 * Paying a service's fee through the simulated e-government payment gateway (ЭҮТШ / ПШЭП, the
 * existing /v1/payments API): an invoice at the definition's amount, "pay", and the gateway's
 * confirmation (it answers 202 while it confirms on its queue, so the status is followed until
 * PAID). Before signing (seed 003 App.1 Table 1 a4): the paid payment's id goes into the form the
 * applicant signs. After approval (App.3 Table 1 a9): invoiced for that request; the platform
 * issues the result once the gateway confirms. An invoice not yet confirmed is kept and paid
 * again rather than replaced, so pressing "pay" twice never makes two payments.
 */
import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Api } from '../common/api';
import { useFormat, useT } from '../common/i18n';
import { useSession } from '../common/session';
import { ErrorAlert } from '../common/ui';
import { p } from './strings';

/** GET /v1/payments/{paymentId}, as the payer sees it. */
export interface PaymentView {
  paymentId: string;
  serviceId: string;
  amount: number;
  currency: string;
  status: 'INVOICED' | 'PAID' | 'REFUNDED';
  reference?: string;
  paidAt?: string;
  requestId?: string;
}

/** The gateway did not confirm within the wait: the invoice stays, "pay" asks about it again. */
export class PaymentPendingError extends Error {
  constructor(readonly paymentId: string) {
    super('PAYMENT_PENDING');
  }
}

/** Invoices (unless an unconfirmed invoice is given), pays, and waits for the gateway's confirmation. */
export async function payFee(api: Api, invoice: { serviceId: string; requestId?: string }, onInvoice: (paymentId: string) => void, pending?: string, waitMs = 30_000): Promise<PaymentView> {
  const paymentId = pending ?? (await api.post<PaymentView>('/v1/payments', invoice)).paymentId;
  onInvoice(paymentId);
  let view = await api.post<PaymentView>(`/v1/payments/${encodeURIComponent(paymentId)}/pay`);
  const until = Date.now() + waitMs;
  while (view.status === 'INVOICED') {
    if (Date.now() > until) throw new PaymentPendingError(paymentId);
    await new Promise((r) => setTimeout(r, 400));
    view = await api.get<PaymentView>(`/v1/payments/${encodeURIComponent(paymentId)}`);
  }
  return view;
}

/** The pay action's state: busy, the kept invoice, the error to show (the server's message, or the pending note). */
function usePay(invoice: { serviceId: string; requestId?: string }, onPaid: (v: PaymentView) => void) {
  const { api } = useSession();
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<string>();
  const [error, setError] = useState<unknown>();
  const pay = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const v = await payFee(api, invoice, setPending, pending);
      setPending(undefined);
      onPaid(v);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, pay };
}

function PayError({ error }: { error: unknown }) {
  const t = useT(p);
  if (error instanceof PaymentPendingError)
    return (
      <Alert color="orange" role="alert" data-testid="pay-error">
        {t('payPending')}
      </Alert>
    );
  return error ? (
    <div data-testid="pay-error">
      <ErrorAlert error={error} />
    </div>
  ) : null;
}

/** A fee before signing: its amount, "pay", then the paid payment that will be signed with the form. */
export function FeeBeforeSigning(props: { serviceId: string; amount: number; paid?: PaymentView; onPaid: (v: PaymentView) => void; error?: string }) {
  const t = useT(p);
  const fmt = useFormat();
  const amount = fmt.number(props.amount);
  const { busy, error, pay } = usePay({ serviceId: props.serviceId }, props.onPaid);
  return (
    <Paper withBorder p="md" data-testid="fee-before-signing">
      <Stack gap="sm">
        <Title order={2} size="h3" id="fee-title">
          {t('feeBeforeTitle')}
        </Title>
        <Text>{t('feeBeforeText', { amount })}</Text>
        {props.paid ? (
          <Alert color="green" data-testid="fee-paid" role="status">
            <Text>{t('paidBefore', { amount: fmt.number(props.paid.amount), at: fmt.dateTime(props.paid.paidAt), reference: props.paid.reference ?? '' })}</Text>
            <Text size="sm">{t('paymentIdIs', { id: props.paid.paymentId })}</Text>
          </Alert>
        ) : (
          <>
            {props.error && (
              <Text c="red.8" size="sm" id="fee-error" data-testid="fee-required">
                {props.error}
              </Text>
            )}
            <PayError error={error} />
            <div>
              <Button id="fee-pay" onClick={() => void pay()} loading={busy} data-testid="pay" aria-describedby={props.error ? 'fee-error' : undefined}>
                {t('payButton', { amount })}
              </Button>
            </div>
            <Text role="status" aria-live="polite" size="sm">
              {busy ? t('paying') : ''}
            </Text>
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** A fee after approval on the request's page: "fee due", and paying it lets the platform issue the result. */
export function FeeDue(props: { serviceId: string; requestId: string; amount: number; until?: string; onPaid: () => void }) {
  const t = useT(p);
  const fmt = useFormat();
  const amount = fmt.number(props.amount);
  const [paid, setPaid] = useState<PaymentView>();
  const { busy, error, pay } = usePay({ serviceId: props.serviceId, requestId: props.requestId }, (v) => {
    setPaid(v);
    props.onPaid();
  });
  return (
    <Alert color="orange" title={t('feeDueTitle')} data-testid="fee-due">
      <Stack gap="xs">
        <Text>{t('feeDueText', { amount })}</Text>
        {props.until && !paid && <Text data-testid="fee-due-until">{t('feeDueUntil', { date: fmt.dateTime(props.until) })}</Text>}
        {paid ? (
          <Text role="status" data-testid="fee-due-paid">
            {t('paidBefore', { amount: fmt.number(paid.amount), at: fmt.dateTime(paid.paidAt), reference: paid.reference ?? '' })} {t('feeDueWaiting')}
          </Text>
        ) : (
          <>
            <PayError error={error} />
            <div>
              <Button onClick={() => void pay()} loading={busy} data-testid="pay-fee-due">
                {t('payButton', { amount })}
              </Button>
            </div>
            <Text role="status" aria-live="polite" size="sm">
              {busy ? t('paying') : ''}
            </Text>
          </>
        )}
      </Stack>
    </Alert>
  );
}
