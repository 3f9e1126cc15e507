import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kehu } from '../../../kehu';
import { databaseKinds } from '../../../../../test/support/test-database';
import { call, startTestKehu, type Session } from '../../../../../test/support/test-kehu';
import { insertOrgWithOwner } from '../../../../../test/factories/accounts';
import { fixture, runImport, upload, uploadFile } from '../../../../../test/factories/imports';
import type { Customer } from '../../../../shared/contracts/customers';
import { IMPORT_CLEANUP_JOB } from './import-job';

const chineseMapping = {
  客户名称: 'name',
  手机: 'phones',
  邮箱: 'emails',
  省份: 'province',
  城市: 'city',
  地址: 'line1',
  公司: 'company',
  职位: 'title',
  性别: 'gender',
  生日: 'birthday',
  来源: 'source',
  客户类型: 'category',
  标签: 'tags',
  备注: 'notes',
  客户编号: 'externalId',
};

describe.each(databaseKinds)('customer import files on %s', (kind) => {
  let kehu: Kehu;
  let owner: Session;
  beforeAll(async () => {
    kehu = await startTestKehu(kind);
    owner = await insertOrgWithOwner(kehu);
  });
  afterAll(async () => {
    await kehu?.stop();
  });

  it('reads UTF-8 with a BOM and suggests a field for every Chinese header', async () => {
    const result = await upload(kehu, owner, 'customers.csv', fixture('customers-utf8-bom.csv'));
    expect(result.import).toMatchObject({
      format: 'csv',
      encoding: 'utf-8-bom',
      totalRows: 3,
      status: 'uploaded',
    });
    expect(result.import.headers[0]).toBe('客户名称');
    expect(result.suggestions).toEqual(chineseMapping);
    expect(result.preview[0]!.slice(0, 3)).toEqual(['张三', '138 0013 8000', 'zhangsan@example.com']);
  });

  it('reads GB18030 (GBK) files as Chinese Excel saves them', async () => {
    const result = await upload(kehu, owner, 'gbk.csv', fixture('customers-gb18030.csv'));
    expect(result.import.encoding).toBe('gb18030');
    expect(result.import.headers).toEqual(Object.keys(chineseMapping));
    expect(result.suggestions).toEqual(chineseMapping);
    expect(result.preview[1]![0]).toBe('李四');
    const done = await runImport(kehu, owner, result.import.id, { mapping: result.suggestions });
    expect(done).toMatchObject({ status: 'done', createdCount: 3, errorCount: 0 });
    const list = await call(kehu, owner, 'GET', `/api/v1/customers?q=${encodeURIComponent('李四')}`);
    const li = list.json<{ data: Customer[] }>().data[0]!;
    expect(li).toMatchObject({
      name: '李四',
      companyName: '腾达科技',
      gender: 'female',
      birthday: '1990-07-01',
      source: 'wechat',
      category: 'existing',
      tags: ['茶叶'],
      city: '上海市',
      externalId: 'C002',
    });
    const reveal = await call(kehu, owner, 'POST', `/api/v1/customers/${li.id}/reveal`);
    expect(reveal.json()).toMatchObject({
      phones: [{ number: '+8613912345678' }],
      emails: [{ address: 'lisi@example.com' }],
    });
  });

  it('reads Excel files: dates, numeric phones, and refuses a formula cell', async () => {
    const result = await upload(kehu, owner, 'customers.xlsx', fixture('customers.xlsx'));
    expect(result.import).toMatchObject({ format: 'xlsx', totalRows: 3 });
    expect(result.suggestions).toMatchObject({
      Name: 'name',
      Mobile: 'phones',
      Email: 'emails',
      City: 'city',
      Birthday: 'birthday',
      Gender: 'gender',
      'Customer ID': 'externalId',
      Notes: 'notes',
    });
    expect(result.preview[0]).toEqual([
      'Chen Jing',
      '13800138001',
      'chen@example.com',
      '杭州市',
      '1988-05-20',
      'F',
      'X-1',
      'likes green tea',
    ]);
    const done = await runImport(kehu, owner, result.import.id, {
      mapping: result.suggestions,
      dryRun: true,
    });
    expect(done).toMatchObject({ status: 'done', dryRun: true, createdCount: 2, errorCount: 1 });
    const problems = (await call(kehu, owner, 'GET', `/api/v1/imports/${result.import.id}/problems`)).json();
    expect(problems.data).toEqual([
      {
        line: 3,
        column: 'Notes',
        reason: expect.stringMatching(/^Notes looks like a spreadsheet formula/),
        value: '=HYPERLINK("http://evil.example","click")',
        code: 'formula',
        params: { field: 'notes', start: '=' },
      },
    ]);
  });

  it('refuses empty files, old .xls files and bodies that are not a file, keeping nothing', async () => {
    const empty = await uploadFile(kehu, owner, 'empty.csv', '');
    expect(empty.statusCode).toBe(400);
    const xls = await uploadFile(kehu, owner, 'old.xls.csv', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]));
    expect(xls.statusCode).toBe(400);
    expect(xls.json().error.message).toMatch(/\.xlsx or CSV/);
    const json = await call(kehu, owner, 'POST', '/api/v1/imports?fileName=a.csv', { name: 'x' });
    expect(json.statusCode).toBe(400);
    const badName = await uploadFile(kehu, owner, 'customers.pdf', 'a,b\n1,2\n');
    expect(badName.statusCode).toBe(400);
    expect(badName.json().error.details.issues[0].path).toBe('querystring.fileName');
    const left = await kehu.deps.db
      .selectFrom('imports')
      .select('status')
      .where('org_id', '=', owner.me.org.id)
      .where('status', '=', 'uploading')
      .execute();
    expect(left).toEqual([]);
  });

  it('saves a template and suggests it for a file with the same columns', async () => {
    const headers = '会员号,称呼,电话\n';
    const first = await upload(kehu, owner, 'members.csv', `${headers}M1,王小明,13800001111\n`);
    expect(first.template).toBeNull();
    expect(first.suggestions).toMatchObject({ 会员号: 'externalId', 电话: 'phones' });
    const mapping = { 会员号: 'externalId', 称呼: 'name', 电话: 'phones' };
    await runImport(kehu, owner, first.import.id, { mapping, dryRun: true, saveTemplateAs: '会员导出' });
    const second = await upload(kehu, owner, 'members-2.csv', `${headers}M2,李小红,13800002222\n`);
    expect(second.template?.name).toBe('会员导出');
    expect(second.suggestions).toEqual(mapping);
    const templates = (await call(kehu, owner, 'GET', '/api/v1/import-templates')).json();
    expect(templates.data.map((t: { name: string }) => t.name)).toContain('会员导出');
  });
  it('drops the stored file of an import left a week, keeping the import itself', async () => {
    const left = await upload(kehu, owner, 'left.csv', fixture('customers-utf8-bom.csv'));
    const fresh = await upload(kehu, owner, 'fresh.csv', fixture('customers-utf8-bom.csv'));
    await kehu.deps.db
      .updateTable('imports')
      .set({ updated_at: sql`now() - interval '8 days'` })
      .where('id', '=', left.import.id)
      .execute();
    await kehu.deps.jobs.enqueue(kehu.deps.db, IMPORT_CLEANUP_JOB, { orgId: null });
    await kehu.runner.drain();
    const chunks = async (id: string) =>
      (await kehu.deps.db.selectFrom('import_chunks').select('seq').where('import_id', '=', id).execute())
        .length;
    expect(await chunks(left.import.id)).toBe(0);
    expect(await chunks(fresh.import.id)).toBe(1);
    expect((await call(kehu, owner, 'GET', `/api/v1/imports/${left.import.id}`)).json().status).toBe(
      'uploaded',
    );
  });
});
