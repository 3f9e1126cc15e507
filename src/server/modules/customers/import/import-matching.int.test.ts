import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kehu } from '../../../kehu';
import { databaseKinds } from '../../../../../test/support/test-database';
import { call, startTestKehu, type Session } from '../../../../../test/support/test-kehu';
import { insertMember, insertOrgWithOwner } from '../../../../../test/factories/accounts';
import { insertCustomer } from '../../../../../test/factories/customers';
import { csvOf, runImport, upload } from '../../../../../test/factories/imports';
import type { Customer } from '../../../../shared/contracts/customers';

const header = ['编号', '姓名', '手机', '邮箱', '标签', '城市'];
const mapping = {
  编号: 'externalId',
  姓名: 'name',
  手机: 'phones',
  邮箱: 'emails',
  标签: 'tags',
  城市: 'city',
};

describe.each(databaseKinds)('customer import matching on %s', (kind) => {
  let kehu: Kehu;
  beforeAll(async () => {
    kehu = await startTestKehu(kind);
  });
  afterAll(async () => {
    await kehu?.stop();
  });

  const all = async (owner: Session) =>
    (await call(kehu, owner, 'GET', '/api/v1/customers?limit=200&sort=created_at')).json<{
      data: Customer[];
    }>().data;
  const revealed = async (owner: Session, id: string) =>
    (await call(kehu, owner, 'POST', `/api/v1/customers/${id}/reveal`)).json();

  it('updates customers matched by external id, phone or email, adding phones, emails and tags', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const byExt = await insertCustomer(kehu, owner, {
      name: '老王',
      externalId: 'E1',
      phones: [],
      emails: [],
      tags: ['old'],
    });
    const byPhone = await insertCustomer(kehu, owner, {
      name: '老李',
      phones: [{ label: 'mobile', number: '13800001111', primary: true }],
      emails: [],
      tags: [],
    });
    const byEmail = await insertCustomer(kehu, owner, {
      name: '老张',
      phones: [],
      emails: [{ label: 'work', address: 'zhang@example.com', primary: true }],
      tags: [],
    });
    const file = await upload(
      kehu,
      owner,
      'update.csv',
      csvOf([
        header,
        ['E1', '王大明', '13900002222', '', 'vip', '杭州市'],
        ['', '', '+86 138-0000-1111', 'li@example.com', '', ''],
        ['', '张三', '', 'ZHANG@example.com', 'new', ''],
        ['E9', '新客户', '13700003333', '', '', ''],
      ]),
    );
    const dry = await runImport(kehu, owner, file.import.id, { mapping, dryRun: true });
    expect(dry).toMatchObject({
      status: 'done',
      createdCount: 1,
      updatedCount: 3,
      skippedCount: 0,
      errorCount: 0,
    });
    expect(await all(owner)).toHaveLength(3);

    const done = await runImport(kehu, owner, file.import.id, { mapping });
    expect(done).toMatchObject({ status: 'done', createdCount: 1, updatedCount: 3, errorCount: 0 });
    const customers = await all(owner);
    expect(customers).toHaveLength(4);
    const find = (id: string) => customers.find((c) => c.id === id)!;
    expect(find(byExt.id)).toMatchObject({
      name: '王大明',
      tags: ['old', 'vip'],
      city: '杭州市',
      version: 2,
    });
    expect((await revealed(owner, byExt.id)).phones.map((p: { number: string }) => p.number)).toEqual([
      '+8613900002222',
    ]);
    expect(find(byPhone.id).name).toBe('老李');
    expect(await revealed(owner, byPhone.id)).toMatchObject({
      phones: [{ number: '+8613800001111', primary: true }],
      emails: [{ address: 'li@example.com', primary: true }],
    });
    expect(find(byEmail.id)).toMatchObject({ name: '张三', tags: ['new'] });
    expect(customers.find((c) => c.externalId === 'E9')?.name).toBe('新客户');
    // One audit entry per batch, not per customer.
    const audit = await call(kehu, owner, 'GET', `/api/v1/audit?entityId=${file.import.id}&action=import`);
    expect(audit.json().data).toHaveLength(1);
    const timeline = await call(
      kehu,
      owner,
      'GET',
      `/api/v1/customers/${customers.find((c) => c.externalId === 'E9')!.id}/timeline`,
    );
    expect(timeline.json().data.map((e: { type: string }) => e.type)).toContain('customer.imported');
  });

  it('treats a repeated phone, email or external id within one file by the same policy', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const rows = [
      header,
      ['', '赵一', '13600000001', '', 'a', ''],
      ['', '赵一（重复）', '136 0000 0001', 'zhao@example.com', 'b', ''],
      ['X7', '钱二', '', 'qian@example.com', '', ''],
      ['', '钱二二', '', 'Qian@Example.com', '', ''],
      ['X7', '钱二三', '', '', '', '上海市'],
    ];
    const update = await upload(kehu, owner, 'dups.csv', csvOf(rows));
    expect(
      await runImport(kehu, owner, update.import.id, { mapping, matchBy: ['externalId', 'phone', 'email'] }),
    ).toMatchObject({
      createdCount: 2,
      updatedCount: 3,
    });
    const customers = await all(owner);
    expect(customers).toHaveLength(2);
    expect(customers[0]).toMatchObject({ name: '赵一（重复）', tags: ['a', 'b'] });
    expect(await revealed(owner, customers[0]!.id)).toMatchObject({
      emails: [{ address: 'zhao@example.com' }],
    });
    expect(customers[1]).toMatchObject({ name: '钱二三', externalId: 'X7', city: '上海市' });

    const other = await insertOrgWithOwner(kehu);
    const skip = await upload(kehu, other, 'dups.csv', csvOf(rows));
    expect(await runImport(kehu, other, skip.import.id, { mapping, onMatch: 'skip' })).toMatchObject({
      createdCount: 2,
      skippedCount: 3,
    });
    expect((await all(other)).map((c) => c.name)).toEqual(['赵一', '钱二']);

    const third = await insertOrgWithOwner(kehu);
    const create = await upload(kehu, third, 'dups.csv', csvOf(rows));
    const created = await runImport(kehu, third, create.import.id, {
      mapping,
      onMatch: 'create',
      loadGoodRowsOnly: true,
    });
    // Creating again is allowed for phones and emails, never for an external id, which is unique.
    expect(created).toMatchObject({ createdCount: 4, errorCount: 1 });
    const problems = (await call(kehu, third, 'GET', `/api/v1/imports/${create.import.id}/problems`)).json()
      .data;
    expect(problems).toEqual([
      {
        line: 6,
        column: '编号',
        reason: 'External ID X7 already belongs to another customer',
        value: 'X7',
        code: 'external_id_taken',
        params: { field: 'externalId', value: 'X7' },
      },
    ]);
  });

  it('does not touch customers the importer cannot see, and makes the importer the owner', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const sales = await insertMember(kehu, owner, 'sales');
    await insertCustomer(kehu, owner, {
      name: '经理的客户',
      phones: [{ label: 'mobile', number: '13500000001', primary: true }],
      emails: [],
    });
    const file = await upload(
      kehu,
      sales,
      'mine.csv',
      csvOf([header, ['', '我的客户', '13500000001', '', '', ''], ['', '新的', '13500000002', '', '', '']]),
    );
    const done = await runImport(kehu, sales, file.import.id, { mapping, loadGoodRowsOnly: true });
    expect(done).toMatchObject({ createdCount: 1, updatedCount: 0, errorCount: 1 });
    const problems = (await call(kehu, sales, 'GET', `/api/v1/imports/${file.import.id}/problems`)).json()
      .data;
    expect(problems[0]).toMatchObject({ reason: expect.stringMatching(/cannot see/), code: 'hidden_match' });
    const mine = (await call(kehu, sales, 'GET', '/api/v1/customers')).json().data;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ name: '新的', ownerId: sales.me.user.id });
    expect((await call(kehu, owner, 'GET', '/api/v1/customers?q=经理的客户')).json().data[0].name).toBe(
      '经理的客户',
    );
    // Another person's import stays theirs.
    const other = await insertMember(kehu, owner, 'sales');
    expect((await call(kehu, other, 'GET', `/api/v1/imports/${file.import.id}`)).statusCode).toBe(404);
    expect((await call(kehu, owner, 'GET', `/api/v1/imports/${file.import.id}`)).statusCode).toBe(200);
  });

  it('links people to company customers by name, creating each company once', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const existing = await insertCustomer(kehu, owner, {
      kind: 'company',
      name: '华美茶业',
      phones: [],
      emails: [],
    });
    const file = await upload(
      kehu,
      owner,
      'staff.csv',
      csvOf([
        ['姓名', '公司', '手机'],
        ['甲', '华美茶业', '13300000001'],
        ['乙', '新公司', '13300000002'],
        ['丙', '新公司', '13300000003'],
      ]),
    );
    await runImport(kehu, owner, file.import.id, { mapping: file.suggestions });
    const customers = await all(owner);
    const companies = customers.filter((c) => c.kind === 'company');
    expect(companies.map((c) => c.name).sort()).toEqual(['新公司', '华美茶业'].sort());
    const people = customers.filter((c) => c.kind === 'person');
    expect(people.find((p) => p.name === '甲')?.companyId).toBe(existing.id);
    const newCompany = companies.find((c) => c.name === '新公司')!;
    expect(
      people
        .filter((p) => p.companyId === newCompany.id)
        .map((p) => p.name)
        .sort(),
    ).toEqual(['丙', '乙']);
    const search = await call(
      kehu,
      owner,
      'GET',
      `/api/v1/customers/search?q=${encodeURIComponent('新公司')}`,
    );
    expect(search.json().data.length).toBeGreaterThanOrEqual(2);
  });
});
