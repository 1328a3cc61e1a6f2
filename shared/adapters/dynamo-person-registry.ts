/** The simulated state databases: individuals (ГБД ФЛ) PERSON#<iin> / GBDFL, legal entities (ГБД ЮЛ) ORG#<bin> / GBDUL. */
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { OrganisationRecord, PersonRecord, PersonRegistry } from '../ports/index.js';

const person = (iin: string) => ({ pk: `PERSON#${iin}`, sk: 'GBDFL' });
const organisation = (bin: string) => ({ pk: `ORG#${bin}`, sk: 'GBDUL' });

export class DynamoPersonRegistry implements PersonRegistry {
  constructor(
    private readonly ddb: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** One record without its keys, or undefined. */
  private async get<T>(key: { pk: string; sk: string }): Promise<T | undefined> {
    const r = await this.ddb.send(new GetCommand({ TableName: this.table, Key: key }));
    if (!r.Item) return undefined;
    const { pk: _pk, sk: _sk, ...rest } = r.Item;
    return rest as T;
  }

  private async put(key: { pk: string; sk: string }, value: object): Promise<void> {
    await this.ddb.send(new PutCommand({ TableName: this.table, Item: { ...key, ...value } }));
  }

  findPerson(iin: string) {
    return this.get<PersonRecord>(person(iin));
  }

  putPerson(p: PersonRecord) {
    return this.put(person(p.iin), p);
  }

  findOrganisation(bin: string) {
    return this.get<OrganisationRecord>(organisation(bin));
  }

  putOrganisation(o: OrganisationRecord) {
    return this.put(organisation(o.bin), o);
  }
}
