/** The public verification page the QR code on a result document opens: /verify/<documentId>. */
import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import type { Localized } from '../../../shared/domain/i18n';
import { useFormat, useLoc, useT } from '../common/i18n';
import { useSession } from '../common/session';
import { Async, useAsync } from '../common/ui';
import { p } from './strings';

interface Report {
  authentic: boolean;
  documentId?: string;
  registrationNumber?: string;
  service?: { id: string; names: Localized };
  agency?: Localized;
  decision?: 'approved' | 'refused';
  sha256: string;
  signer?: { name: string; iin?: string; serialNumber: string };
  signedAt?: string;
  signature: { valid: boolean; reason?: string };
  certificate?: { chainsToNationalRoot: boolean; validAtSigning: boolean; validNow: boolean; status: string; revokedAt?: string };
}

export function VerifyPage() {
  const { documentId = '' } = useParams();
  const t = useT(p);
  const { api } = useSession();
  const state = useAsync(() => api.get<Report>(`/v1/verify/${encodeURIComponent(documentId)}`), [api, documentId]);
  return (
    <Stack maw={820}>
      <Title order={1}>{t('verifyTitle')}</Title>
      <Async state={state}>{(r) => <ReportView r={r} />}</Async>
    </Stack>
  );
}

function ReportView({ r }: { r: Report }) {
  const t = useT(p);
  const loc = useLoc();
  const fmt = useFormat();
  return (
    <Stack>
      <div role="status" data-testid="verdict" data-authentic={String(r.authentic)}>
        {r.authentic ? (
          <Alert color="green" title={t('genuine')}>
            {t('genuineText')}
          </Alert>
        ) : (
          <Alert color="red" title={t('notGenuine')}>
            {t('notGenuineText')}
          </Alert>
        )}
      </div>
      <Paper withBorder p="md">
        <dl className="facts">
          {r.service && (
            <>
              <dt>{t('service')}</dt>
              <dd>{loc(r.service.names)}</dd>
            </>
          )}
          {r.agency && (
            <>
              <dt>{t('agency')}</dt>
              <dd>{loc(r.agency)}</dd>
            </>
          )}
          {r.registrationNumber && (
            <>
              <dt>{t('registrationNumber')}</dt>
              <dd>{r.registrationNumber}</dd>
            </>
          )}
          {r.decision && (
            <>
              <dt>{t('decision')}</dt>
              <dd>{r.decision === 'approved' ? t('approved') : t('refused')}</dd>
            </>
          )}
          {r.signer && (
            <>
              <dt>{t('signedBy')}</dt>
              <dd>{r.signer.name}</dd>
            </>
          )}
          {r.signedAt && (
            <>
              <dt>{t('signedAt')}</dt>
              <dd>{fmt.dateTime(r.signedAt)}</dd>
            </>
          )}
          {r.certificate && (
            <>
              <dt>{t('certStatus')}</dt>
              <dd>
                {r.certificate.validAtSigning ? t('certValidAtSigning') : '—'}; {r.certificate.validNow ? t('certValidNow') : t('certNotValidNow')}
              </dd>
            </>
          )}
          {r.documentId && (
            <>
              <dt>{t('documentId')}</dt>
              <dd>{r.documentId}</dd>
            </>
          )}
          <dt>SHA-256</dt>
          <dd>
            <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
              {r.sha256}
            </Text>
          </dd>
        </dl>
      </Paper>
    </Stack>
  );
}
