/** The simulated state databases: individuals (ГБД ФЛ) PERSON#<iin> / GBDFL, legal entities (ГБД ЮЛ) ORG#<bin> / GBDUL. */
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { OrganisationRecord, PersonRecord, PersonRegistry } from '../ports/index.js';

export class DynamoPersonRegistry implements PersonRegistry {
  constructor(
    private readonly ddb: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async findPerson(iin: string): Promise<PersonRecord | undefined> {
    const r = await this.ddb.send(new GetCommand({ TableName: this.table, Key: { pk: `PERSON#${iin}`, sk: 'GBDFL' } }));
    if (!r.Item) return undefined;
    const { pk: _pk, sk: _sk, ...person } = r.Item;
    return person as PersonRecord;
  }

  async putPerson(p: PersonRecord): Promise<void> {
    await this.ddb.send(new PutCommand({ TableName: this.table, Item: { pk: `PERSON#${p.iin}`, sk: 'GBDFL', ...p } }));
  }

  async findOrganisation(bin: string): Promise<OrganisationRecord | undefined> {
    const r = await this.ddb.send(new GetCommand({ TableName: this.table, Key: { pk: `ORG#${bin}`, sk: 'GBDUL' } }));
    if (!r.Item) return undefined;
    const { pk: _pk, sk: _sk, ...org } = r.Item;
    return org as OrganisationRecord;
  }

  async putOrganisation(o: OrganisationRecord): Promise<void> {
    await this.ddb.send(new PutCommand({ TableName: this.table, Item: { pk: `ORG#${o.bin}`, sk: 'GBDUL', ...o } }));
  }
}
