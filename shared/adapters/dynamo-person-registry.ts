/**
 * The simulated state databases: individuals (ГБД ФЛ) PERSON#<iin> / GBDFL, legal entities (ГБД ЮЛ)
 * ORG#<bin> / GBDUL, notarial powers of attorney (ЕНИС) POA#<number> / NOTARY, civil registry
 * (ЗАГС) BIRTH#<child iin> / CIVIL.
 */
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { BirthRecord, OrganisationRecord, PersonRecord, PersonRegistry, PowerOfAttorneyRecord } from '../ports/index.js';

const person = (iin: string) => ({ pk: `PERSON#${iin}`, sk: 'GBDFL' });
const organisation = (bin: string) => ({ pk: `ORG#${bin}`, sk: 'GBDUL' });
const powerOfAttorney = (n: string) => ({ pk: `POA#${n}`, sk: 'NOTARY' });
const birth = (iin: string) => ({ pk: `BIRTH#${iin}`, sk: 'CIVIL' });

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

  findPowerOfAttorney(number: string) {
    return this.get<PowerOfAttorneyRecord>(powerOfAttorney(number));
  }

  putPowerOfAttorney(p: PowerOfAttorneyRecord) {
    return this.put(powerOfAttorney(p.number), p);
  }

  findBirthRecord(childIin: string) {
    return this.get<BirthRecord>(birth(childIin));
  }

  putBirthRecord(b: BirthRecord) {
    return this.put(birth(b.childIin), b);
  }
}
