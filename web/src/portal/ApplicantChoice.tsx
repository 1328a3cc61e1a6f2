/**
 * Who applies: the signed-in citizen, or a legal entity they represent (services whose definition
 * lists 'legal-entity' among its applicants). The organisation is chosen from those this browser
 * already holds a key for, or found by its BIN in the state database of legal entities (ГБД ЮЛ,
 * GET /v1/registry/organisations/{bin}), which names it only to someone it lists as a
 * representative. The request is then signed with a certificate carrying the IIN and the BIN
 * (eds-store.ts), as condition 2 compares both with the request.
 */
import { Alert, Button, Group, Paper, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { isValidIin } from '../../../shared/domain/iin';
import { message } from '../../../shared/domain/messages';
import { useLang, useT } from '../common/i18n';
import { useSession } from '../common/session';
import { ErrorAlert } from '../common/ui';
import type { Organisation } from './eds';
import { knownOrganisations } from './eds-store';
import { p } from './strings';

export type Applicants = ('individual' | 'legal-entity')[];

export function ApplicantChoice(props: { applicants: Applicants; iin: string; asOrg: boolean; setAsOrg: (v: boolean) => void; org?: Organisation; setOrg: (o?: Organisation) => void; error?: string; fixed?: boolean }) {
  const t = useT(p);
  const { lang } = useLang();
  const { api } = useSession();
  const [known, setKnown] = useState<Organisation[]>([]);
  const [bin, setBin] = useState('');
  const [binError, setBinError] = useState<string>();
  const [lookupError, setLookupError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const both = props.applicants.includes('individual') && props.applicants.includes('legal-entity');

  useEffect(() => {
    knownOrganisations(props.iin).then(setKnown, () => setKnown([]));
  }, [props.iin]);

  async function find() {
    setLookupError(undefined);
    const b = bin.trim();
    // The BIN has an IIN's check digit: a typo is caught here, the registry is asked only about a real BIN.
    if (!isValidIin(b)) return setBinError(message('INVALID_BIN', lang));
    setBinError(undefined);
    setBusy(true);
    try {
      props.setOrg(await api.get<Organisation>(`/v1/registry/organisations/${encodeURIComponent(b)}`));
      setBin('');
    } catch (e) {
      setLookupError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="md" data-testid="applicant-choice">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('applicantTitle')}
        </Title>
        {both && !props.fixed ? (
          <Radio.Group value={props.asOrg ? 'org' : 'self'} onChange={(v) => props.setAsOrg(v === 'org')} aria-label={t('applicantTitle')}>
            <Stack gap="xs">
              <Radio value="self" label={t('applicantSelf', { iin: props.iin })} data-testid="applicant-self" />
              <Radio value="org" label={t('applicantOrg')} data-testid="applicant-org" />
            </Stack>
          </Radio.Group>
        ) : (
          !props.applicants.includes('individual') && <Text size="sm">{t('orgOnly')}</Text>
        )}
        {props.asOrg && props.org && (
          <Alert color="green" title={t('orgChosenTitle')} data-testid="org-chosen">
            <Text>{t('orgChosen', { name: props.org.name, bin: props.org.bin })}</Text>
            {!props.fixed && (
              <Button size="compact-sm" variant="subtle" mt="xs" onClick={() => props.setOrg(undefined)} data-testid="org-change">
                {t('orgChange')}
              </Button>
            )}
          </Alert>
        )}
        {props.asOrg && !props.org && (
          <Stack gap="sm">
            {known.length > 0 && (
              <Radio.Group label={t('orgKnown')} value="" onChange={(v) => props.setOrg(known.find((o) => o.bin === v))}>
                <Stack gap="xs" mt="xs">
                  {known.map((o) => (
                    <Radio key={o.bin} value={o.bin} label={t('orgChosen', { name: o.name, bin: o.bin })} data-testid={`org-known-${o.bin}`} />
                  ))}
                </Stack>
              </Radio.Group>
            )}
            <Group align="flex-end" gap="sm">
              <TextInput
                id="field-applicantBin"
                label={t('orgBin')}
                description={t('orgBinHelp')}
                value={bin}
                onChange={(e) => setBin(e.currentTarget.value.replace(/\D/g, '').slice(0, 12))}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    void find();
                  }
                }}
                inputMode="numeric"
                maxLength={12}
                maw={320}
                error={binError ?? props.error}
                data-testid="org-bin"
              />
              <Button variant="light" onClick={() => void find()} loading={busy} data-testid="org-find">
                {t('orgFind')}
              </Button>
            </Group>
            <div data-testid="org-error">
              <ErrorAlert error={lookupError} />
            </div>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
