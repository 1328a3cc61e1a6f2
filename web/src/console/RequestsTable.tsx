/** A table of the agency's requests: number (link to the request), service, status, deadline badge, assignee. */
import { Anchor, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useFormat, useLoc } from '../common/i18n';
import { useSession } from '../common/session';
import type { ListItem } from './model';
import { DueBadge, StatusBadge, useCT, useServices } from './parts';

export function RequestsTable({ items, caption, extra }: { items: ListItem[]; caption: string; extra?: { header: string; cell: (i: ListItem) => ReactNode } }) {
  const t = useCT();
  const fmt = useFormat();
  const loc = useLoc();
  const services = useServices();
  const { session } = useSession();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="requests-table">
        <caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('colNumber')}</Table.Th>
            <Table.Th scope="col">{t('colService')}</Table.Th>
            <Table.Th scope="col">{t('colStatus')}</Table.Th>
            <Table.Th scope="col">{t('colApplicant')}</Table.Th>
            <Table.Th scope="col">{t('colReceived')}</Table.Th>
            <Table.Th scope="col">{t('colDue')}</Table.Th>
            <Table.Th scope="col">{t('colAssignee')}</Table.Th>
            {extra && <Table.Th scope="col">{extra.header}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((i) => {
            const svc = services.find((x) => x.id === i.serviceId);
            return (
              <Table.Tr key={i.requestId} data-testid={`row-${i.requestId}`}>
                <Table.Th scope="row" fw={500}>
                  <Anchor component={Link} to={`/requests/${i.requestId}`} data-testid="open-request">
                    {i.registrationNumber ?? `${t('noNumber')} · ${i.requestId.slice(0, 8)}`}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {t(`channel.${i.channel}` as 'channel.portal')}
                  </Text>
                </Table.Th>
                <Table.Td>{svc ? loc(svc.names) : (i.serviceName ?? i.serviceId)}</Table.Td>
                <Table.Td>
                  <StatusBadge status={i.status} />
                </Table.Td>
                <Table.Td>{i.applicant ?? '—'}</Table.Td>
                <Table.Td>{fmt.dateTime(i.createdAt)}</Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <span>{fmt.dateTime(i.dueAt ?? undefined)}</span>
                    <DueBadge item={i} />
                  </Group>
                </Table.Td>
                <Table.Td>{i.assignee ? (i.assignee === session?.user ? `${i.assignee} (${t('you')})` : i.assignee) : t('unassigned')}</Table.Td>
                {extra && <Table.Td>{extra.cell(i)}</Table.Td>}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
