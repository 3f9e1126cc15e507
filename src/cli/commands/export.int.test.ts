import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSetup } from '../../../test/factories/accounts';
import { makeCustomer } from '../../../test/factories/customers';
import { runCli, startServerProcess, type ServerProcess } from '../../../test/support/server-process';
import { testRoot } from '../../../test/support/test-env';

describe('kehu export customers', { timeout: 120_000 }, () => {
  const dataDir = mkdtempSync(join(testRoot, 'cli-export-'));
  const env = { KEHU_DATA_DIR: dataDir };
  let server: ServerProcess;

  beforeAll(async () => {
    server = await startServerProcess({ ...env, KEHU_RATE_LIMIT_PER_MINUTE: '0' });
    const setup = await fetch(`${server.url}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(makeSetup({ language: 'en' })),
    });
    const cookie = setup.headers.get('set-cookie')!.split(';')[0]!;
    const { csrfToken } = (await setup.json()) as { csrfToken: string };
    for (const [name, city] of [
      ['=cmd', '上海市'],
      ['Wang Jianguo', '北京市'],
    ] as const) {
      const res = await fetch(`${server.url}/api/v1/customers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
        body: JSON.stringify(
          makeCustomer({
            name,
            phones: [{ label: 'mobile', number: '13800138000', primary: true }],
            addresses: [{ label: 'office', country: 'CN', province: city, city, primary: true }],
          }),
        ),
      });
      expect(res.status).toBe(200);
    }
  });
  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('writes a filtered, masked CSV through the running server, and full numbers with --reveal', async () => {
    const out = join(dataDir, 'shanghai.csv');
    const filter = JSON.stringify({ field: 'city', op: 'eq', value: '上海市' });
    const masked = await runCli(
      ['export', 'customers', '--out', out, '--filter', filter, '--columns', 'name,phones'],
      env,
    );
    expect(masked.stderr).toBe('');
    expect(masked.stdout).toContain(`Exported 1 customers to ${out}.`);
    expect(readFileSync(out, 'utf8')).toBe("\ufeffName,Phones\r\n'=cmd,138****8000\r\n");

    await runCli(
      ['export', 'customers', '--out', out, '--columns', 'phones', '--sort', 'name', '--reveal'],
      env,
    );
    expect(readFileSync(out, 'utf8')).toBe("\ufeffPhones\r\n'+8613800138000\r\n'+8613800138000\r\n");
  });

  it('writes Excel when the file ends in .xlsx', async () => {
    const out = join(dataDir, 'all.xlsx');
    const res = await runCli(
      ['export', 'customers', '--out', out, '--columns', 'name,city', '--sort', '-name'],
      env,
    );
    expect(res.code, res.stderr).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const rows: unknown[][] = [];
    book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toEqual([
      ['Name', 'City'],
      ['Wang Jianguo', '北京市'],
      ["'=cmd", '上海市'],
    ]);
  });

  it('names the option that is wrong', async () => {
    const res = await runCli(
      ['export', 'customers', '--out', join(dataDir, 'x.csv'), '--columns', 'name,nope'],
      env,
    );
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('--columns: unknown column nope');
    const filter = await runCli(
      [
        'export',
        'customers',
        '--out',
        join(dataDir, 'x.csv'),
        '--filter',
        '{"field":"shoe","op":"eq","value":1}',
      ],
      env,
    );
    expect(filter.stderr).toContain('--filter: unknown field shoe');
  });
});
