import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvOf } from '../factories/imports';
import { runCli, startServerProcess } from '../support/server-process';
import { testRoot } from '../support/test-env';

const fixture = (name: string) => resolve('test/fixtures/imports', name);

describe('kehu import customers', { timeout: 240_000 }, () => {
  const dataDir = mkdtempSync(join(testRoot, 'cli-import-'));
  const env = { KEHU_DATA_DIR: dataDir };
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('refuses a file with bad rows, printing the report, then loads the good rows when asked', async () => {
    expect((await runCli(['import', 'customers', fixture('bad-rows.csv')], env)).stderr).toMatch(
      /no organisation yet/,
    );
    await runCli(
      ['create-admin', '--email', 'boss@example.com', '--password', 'Velvet-Harbor-42', '--org', 'Acme'],
      env,
    );

    const refused = await runCli(['import', 'customers', fixture('bad-rows.csv')], env);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('Nothing was imported: 9 of 11 rows have problems');
    expect(refused.stderr).toMatch(/^6\t生日\tBirthday is not a real date\t2023-02-30$/m);
    expect(refused.stderr).toMatch(/^8\t姓名\tName looks like a spreadsheet formula/m);
    expect(refused.stderr).toContain('姓名 → name');

    const dry = await runCli(
      ['import', 'customers', fixture('customers-utf8-bom.csv'), '--dry-run', '--json'],
      env,
    );
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout).import).toMatchObject({ status: 'done', dryRun: true, createdCount: 3 });

    const loaded = await runCli(
      ['import', 'customers', fixture('bad-rows.csv'), '--good-rows-only', '--map', '备注=-', '--json'],
      env,
    );
    expect(loaded.code).toBe(0);
    const result = JSON.parse(loaded.stdout);
    expect(result.import).toMatchObject({ status: 'done', createdCount: 4, errorCount: 7 });
    expect(result.mapping['备注']).toBeNull();
    expect(result.problems).toHaveLength(7);

    const bad = await runCli(['import', 'customers', fixture('bad-rows.csv'), '--map', '姓名=salary'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/salary is not a customer field/);
    expect((await runCli(['import', 'customers', 'nope.csv'], env)).stderr).toMatch(/No such file/);
  });

  it('imports through the running server, updating by phone on a second run', async () => {
    const server = await startServerProcess(env);
    try {
      const file = join(dataDir, 'people.csv');
      const rows = Array.from({ length: 3000 }, (_, i) => [`客户${i}`, `1390${String(i).padStart(7, '0')}`]);
      writeFileSync(file, csvOf([['姓名', '手机'], ...rows]));
      const first = await runCli(['import', 'customers', file, '--json'], env);
      expect(first.code).toBe(0);
      expect(JSON.parse(first.stdout).import).toMatchObject({ status: 'done', createdCount: 3000 });
      writeFileSync(
        file,
        csvOf([['姓名', '手机'], ...rows.map(([name, phone]) => [`${name}（新）`, phone!])]),
      );
      const second = await runCli(['import', 'customers', file, '--json'], env);
      expect(JSON.parse(second.stdout).import).toMatchObject({
        status: 'done',
        createdCount: 0,
        updatedCount: 3000,
      });
      const skip = await runCli(['import', 'customers', file, '--on-match', 'skip'], env);
      expect(skip.stdout).toContain(
        'Imported people.csv: 0 created, 0 updated, 3,000 skipped, 0 with problems.',
      );
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });
});
