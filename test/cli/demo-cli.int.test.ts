import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/server-process';
import { testRoot } from '../support/test-env';

describe('kehu demo and kehu analytics refresh', { timeout: 180_000 }, () => {
  const dataDir = mkdtempSync(join(testRoot, 'cli-demo-'));
  const env = { KEHU_DATA_DIR: dataDir };
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('refuses a count out of range before touching the database', async () => {
    const tooMany = await runCli(['demo', '--customers', '1000001'], env);
    expect(tooMany.code).toBe(1);
    expect(tooMany.stderr).toMatch(/--customers must be a whole number from 1 to 1,000,000/);
    const notANumber = await runCli(['demo', '--seed', 'abc'], env);
    expect(notANumber.code).toBe(1);
    expect(notANumber.stderr).toMatch(/--seed must be a whole number/);
  });

  it('loads demo data, then only what is missing when run again with the same seed', async () => {
    const created = await runCli(
      ['create-admin', '--email', 'tea@example.com', '--password', 'Velvet-Harbor-42', '--org', '茶香'],
      env,
    );
    expect(created.code).toBe(0);
    const first = await runCli(['demo', '--customers', '300', '--seed', '9', '--json'], env);
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.stdout);
    expect(summary).toMatchObject({ customers: 300, skipped: 0, seed: 9, products: 54, owners: 6 });
    expect(summary.orders).toBeGreaterThan(300);
    const again = await runCli(['demo', '--customers', '400', '--seed', '9', '--org', '茶香'], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('100 demo customers loaded (seed 9; 300 were already there)');
    expect(again.stdout).toContain('BG/NBD (weeks) r=0.25 α=4 a=0.8 b=2.5');
    expect(again.stdout).toContain('kehu analytics refresh');
    const scored = await runCli(['analytics', 'refresh', '--org', '茶香'], env);
    expect(scored.code, scored.stderr).toBe(0);
    expect(scored.stdout).toMatch(/scored 400 customers \(\d+ buyers\)/);
  });
});
