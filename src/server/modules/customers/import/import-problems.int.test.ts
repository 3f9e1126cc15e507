import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kehu } from '../../../kehu';
import { databaseKinds } from '../../../../../test/support/test-database';
import { call, startTestKehu, type Session } from '../../../../../test/support/test-kehu';
import { insertOrgWithOwner } from '../../../../../test/factories/accounts';
import { csvOf, fixture, runImport, upload } from '../../../../../test/factories/imports';
import { customerImportProblemCodes } from '../../../../shared/contracts/import-problems';
import type { ImportProblem } from '../../../../shared/contracts/imports';

const badRowsMapping = {
  姓名: 'name',
  手机: 'phones',
  邮箱: 'emails',
  生日: 'birthday',
  客户类型: 'category',
  备注: 'notes',
  客户编号: 'externalId',
};

describe.each(databaseKinds)('customer import problems on %s', (kind) => {
  let kehu: Kehu;
  beforeAll(async () => {
    kehu = await startTestKehu(kind);
  });
  afterAll(async () => {
    await kehu?.stop();
  });

  const problemsOf = async (owner: Session, id: string) =>
    (await call(kehu, owner, 'GET', `/api/v1/imports/${id}/problems?limit=200`)).json<{
      data: ImportProblem[];
    }>().data;
  /** The problem report as rows of cells, `query` choosing its language. */
  const reportOf = async (owner: Session, id: string, query = '') => {
    const res = await call(kehu, owner, 'GET', `/api/v1/imports/${id}/problems.csv${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return parse(res.body, { bom: true }) as string[][];
  };
  const customerCount = async (owner: Session) =>
    (await call(kehu, owner, 'GET', '/api/v1/customers/count')).json<{ count: number }>().count;

  it('reports every bad row with its line, column and reason, and loads nothing', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const file = await upload(kehu, owner, 'bad-rows.csv', fixture('bad-rows.csv'));
    expect(file.suggestions).toEqual(badRowsMapping);
    const done = await runImport(kehu, owner, file.import.id, { mapping: file.suggestions });
    expect(done).toMatchObject({ status: 'failed_validation', errorCount: 9, totalRows: 11 });
    expect(await customerCount(owner)).toBe(0);
    const problems = await problemsOf(owner, file.import.id);
    const at = (line: number) => problems.filter((p) => p.line === line);
    expect(problems.map((p) => p.line)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(at(3)[0]).toMatchObject({
      column: '手机',
      value: '12345',
      reason: expect.stringMatching(/^Phone.*not a valid phone number/),
      code: 'bad_phone',
      params: { field: 'phones', value: '12345' },
    });
    expect(at(4)[0]).toMatchObject({
      column: '客户类型',
      value: '钻石客户',
      reason: expect.stringMatching(/^Category 钻石客户 is not one of prospect, existing, vip/),
      code: 'unknown_option',
      params: {
        field: 'category',
        value: '钻石客户',
        allowed: expect.stringMatching(/^prospect, existing, vip/),
      },
    });
    expect(at(5)[0]).toMatchObject({
      column: '姓名',
      reason: 'Name is required to create a customer',
      code: 'name_required',
      params: { field: 'name' },
    });
    expect(at(6)[0]).toMatchObject({
      column: '生日',
      value: '2023-02-30',
      reason: 'Birthday is not a real date',
      code: 'impossible_date',
      params: { field: 'birthday' },
    });
    expect(at(7)[0]).toMatchObject({
      column: '姓名',
      reason: 'Name must be at most 200 characters',
      code: 'too_long',
      params: { field: 'name', max: 200 },
    });
    expect(at(7)[0]!.value).toHaveLength(201);
    expect(at(8)[0]).toMatchObject({
      column: '姓名',
      value: '=HYPERLINK("http://evil.example","点我")',
      reason: expect.stringMatching(/^Name looks like a spreadsheet formula/),
      code: 'formula',
      params: { field: 'name', start: '=' },
    });
    expect(at(9)[0]).toMatchObject({
      column: '备注',
      reason: expect.stringMatching(/^Notes looks like a spreadsheet formula \(starts with \+\)/),
      code: 'formula',
      params: { field: 'notes', start: '+' },
    });
    expect(at(10)[0]).toMatchObject({
      column: '邮箱',
      value: 'not-an-email',
      reason: expect.stringMatching(/^Email not-an-email is not an email address/),
      code: 'bad_email',
      params: { field: 'emails', value: 'not-an-email' },
    });
    expect(at(11)[0]).toMatchObject({
      column: '备注',
      value: '@SUM(A1:A9)',
      code: 'formula',
      params: { field: 'notes', start: '@' },
    });
    // Every code the server records is one the web has words for.
    for (const p of problems) expect(customerImportProblemCodes).toContain(p.code);

    const csv = await call(kehu, owner, 'GET', `/api/v1/imports/${file.import.id}/problems.csv?lang=en`);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/bad-rows-problems\.csv/);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Line,Column,Reason,Value');
    expect(lines).toHaveLength(10);
    // Formula-looking cells come back escaped, so the report itself is safe to open.
    expect(csv.body).toContain(`'=HYPERLINK(""http://evil.example"",""点我"")"`);
    expect(csv.body).toContain("'@SUM(A1:A9)");
    expect(csv.body).not.toMatch(/,=HYPERLINK/);
    // In English the report says what the API says; in Chinese the same rows, in Chinese.
    const english = parse(csv.body, { bom: true }) as string[][];
    expect(english.slice(1).map((r) => r[2])).toEqual(problems.map((p) => p.reason));
    const chinese = await reportOf(owner, file.import.id, '?lang=zh-CN');
    expect(chinese[0]).toEqual(['行', '列', '原因', '值']);
    expect(chinese.slice(1).map((r) => [r[0], r[1], r[3]])).toEqual(
      english.slice(1).map((r) => [r[0], r[1], r[3]]),
    );
    expect(chinese[1]).toEqual(['3', '手机', '电话号码“12345”无法识别', '12345']);
    expect(chinese[3]![2]).toBe('新建客户必须填写姓名');
    expect(chinese[7]![2]).toBe('备注看起来像电子表格公式（以 + 开头），已拒绝导入');

    const again = await runImport(kehu, owner, file.import.id, {
      mapping: file.suggestions,
      loadGoodRowsOnly: true,
    });
    expect(again).toMatchObject({ status: 'done', createdCount: 2, errorCount: 9 });
    expect(await customerCount(owner)).toBe(2);
    const names = (await call(kehu, owner, 'GET', '/api/v1/customers?sort=name'))
      .json()
      .data.map((c: { name: string }) => c.name);
    expect(names.sort()).toEqual(['周一', '韩九']);
    const restart = await call(kehu, owner, 'POST', `/api/v1/imports/${file.import.id}/start`, {
      mapping: file.suggestions,
    });
    expect(restart.statusCode).toBe(409);
  });

  it('checks custom fields: unknown options, required values, numbers, money and dates', async () => {
    const owner = await insertOrgWithOwner(kehu);
    for (const field of [
      { key: 'level', label: '会员等级', type: 'select', options: ['金卡', '银卡'] },
      { key: 'contract', label: '合同编号', type: 'text', required: true },
      { key: 'score', label: '评分', type: 'number' },
      { key: 'budget', label: '预算', type: 'money' },
      { key: 'signed', label: '签约日期', type: 'date' },
      { key: 'member', label: '是否会员', type: 'boolean' },
    ])
      expect((await call(kehu, owner, 'POST', '/api/v1/custom-fields', field)).statusCode).toBe(200);
    const file = await upload(
      kehu,
      owner,
      'custom.csv',
      csvOf([
        ['姓名', '会员等级', '合同编号', '评分', '预算', '签约日期', '是否会员'],
        ['甲', '金卡', 'HT-1', '-5', '¥1,200.50', '2024/2/29', '是'],
        ['乙', '钻石卡', 'HT-2', '', '', '', ''],
        ['丙', '银卡', '', '', '', '', ''],
        ['丁', '', 'HT-4', '-2+3', '', '', ''],
        ['戊', '', 'HT-5', '', 'lots', '2023-02-30', 'maybe'],
      ]),
    );
    expect(file.suggestions).toMatchObject({
      会员等级: 'custom.level',
      合同编号: 'custom.contract',
      评分: 'custom.score',
      预算: 'custom.budget',
      签约日期: 'custom.signed',
      是否会员: 'custom.member',
    });
    const done = await runImport(kehu, owner, file.import.id, {
      mapping: file.suggestions,
      loadGoodRowsOnly: true,
    });
    expect(done).toMatchObject({ status: 'done', createdCount: 1, errorCount: 4 });
    const problems = await problemsOf(owner, file.import.id);
    expect(problems).toEqual([
      {
        line: 3,
        column: '会员等级',
        reason: '会员等级 must be one of 金卡, 银卡',
        value: '钻石卡',
        code: 'unknown_option',
        params: { field: 'custom.level', value: '钻石卡', allowed: '金卡, 银卡' },
      },
      {
        line: 4,
        column: '合同编号',
        reason: '合同编号 is required',
        value: null,
        code: 'required',
        params: { field: 'custom.contract' },
      },
      {
        line: 5,
        column: '评分',
        reason: '评分 must be a number',
        value: '-2+3',
        code: 'bad_number',
        params: { field: 'custom.score' },
      },
      {
        line: 6,
        column: '预算',
        reason: '预算 must be an amount such as 1200.50',
        value: 'lots',
        code: 'bad_money',
        params: { field: 'custom.budget' },
      },
      {
        line: 6,
        column: '签约日期',
        reason: '签约日期 is not a real date',
        value: '2023-02-30',
        code: 'impossible_date',
        params: { field: 'custom.signed' },
      },
      {
        line: 6,
        column: '是否会员',
        reason: '是否会员 must be 是 or 否 (yes or no)',
        value: 'maybe',
        code: 'bad_boolean',
        params: { field: 'custom.member' },
      },
    ]);
    // The report names custom fields by their labels, in either language.
    expect((await reportOf(owner, file.import.id, '?lang=zh-CN')).slice(1, 3)).toEqual([
      ['3', '会员等级', '会员等级“钻石卡”不在可选值中（可选：金卡, 银卡）', '钻石卡'],
      ['4', '合同编号', '合同编号为必填项', ''],
    ]);
    const customer = (await call(kehu, owner, 'GET', '/api/v1/customers')).json().data[0];
    expect(customer.custom).toEqual({
      level: '金卡',
      contract: 'HT-1',
      score: -5,
      budget: 120050,
      signed: '2024-02-29',
      member: true,
    });
  });

  it('answers a problem recorded before codes existed with its reason, no code and no params', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const file = await upload(kehu, owner, 'old.csv', csvOf([['姓名'], ['甲']]));
    await kehu.deps.db
      .insertInto('import_problems')
      .values({
        org_id: owner.me.org.id,
        import_id: file.import.id,
        line: 2,
        column_name: '姓名',
        reason: 'Name is not allowed',
        value: '甲',
      })
      .execute();
    expect(await problemsOf(owner, file.import.id)).toEqual([
      { line: 2, column: '姓名', reason: 'Name is not allowed', value: '甲', code: null, params: {} },
    ]);
    expect(await reportOf(owner, file.import.id, '?lang=zh-CN')).toEqual([
      ['行', '列', '原因', '值'],
      ['2', '姓名', 'Name is not allowed', '甲'],
    ]);
  });

  it('writes the report in the user’s language unless the link asks for another, and refuses others', async () => {
    const owner = await insertOrgWithOwner(kehu, { language: 'zh-CN' });
    const file = await upload(
      kehu,
      owner,
      'dates.csv',
      csvOf([
        ['姓名', '生日'],
        ['甲', '2023-02-30'],
      ]),
    );
    await runImport(kehu, owner, file.import.id, { mapping: file.suggestions, dryRun: true });
    const chinese = [
      ['行', '列', '原因', '值'],
      ['2', '生日', '生日不是有效的日期', '2023-02-30'],
    ];
    const english = [
      ['Line', 'Column', 'Reason', 'Value'],
      ['2', '生日', 'Birthday is not a real date', '2023-02-30'],
    ];
    expect(await reportOf(owner, file.import.id)).toEqual(chinese);
    expect(await reportOf(owner, file.import.id, '?lang=en')).toEqual(english);
    expect((await call(kehu, owner, 'PATCH', '/api/v1/me', { language: 'en' })).statusCode).toBe(200);
    expect(await reportOf(owner, file.import.id)).toEqual(english);
    expect(await reportOf(owner, file.import.id, '?lang=zh-CN')).toEqual(chinese);
    // Someone who never chose a language gets English.
    await kehu.deps.db
      .updateTable('users')
      .set({ language: null })
      .where('id', '=', owner.me.user.id)
      .execute();
    expect(await reportOf(owner, file.import.id)).toEqual(english);
    const french = await call(kehu, owner, 'GET', `/api/v1/imports/${file.import.id}/problems.csv?lang=fr`);
    expect(french.statusCode).toBe(400);
    expect(french.json().error.code).toBe('INVALID_INPUT');
  });

  it('refuses a mapping naming columns the file lacks, unknown fields or one field twice', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const file = await upload(
      kehu,
      owner,
      'a.csv',
      csvOf([
        ['姓名', '名称'],
        ['甲', '乙'],
      ]),
    );
    const start = (mapping: Record<string, string | null>) =>
      call(kehu, owner, 'POST', `/api/v1/imports/${file.import.id}/start`, { mapping });
    const twice = await start({ 姓名: 'name', 名称: 'name' });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.details.issues[0]).toEqual({
      path: 'body.mapping.名称',
      message: 'maps to name, which column 姓名 already fills',
    });
    expect((await start({ 姓名: 'name', 电话: 'phones' })).json().error.details.issues[0].path).toBe(
      'body.mapping.电话',
    );
    expect((await start({ 姓名: 'custom.nope' })).statusCode).toBe(400);
    expect((await start({ 姓名: 'salary' })).statusCode).toBe(400);
    expect((await start({ 姓名: null, 名称: null })).statusCode).toBe(400);
  });
});
