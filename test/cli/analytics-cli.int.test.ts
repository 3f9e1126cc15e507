import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fitBgNbd } from '../../src/shared/analytics/bgnbd';
import { totalExpectedPurchases } from '../../src/shared/analytics/bgnbd-predict';
import { fitGammaGamma } from '../../src/shared/analytics/gamma-gamma';
import { toColumns } from '../../src/shared/analytics/summary-columns';
import { groupPurchases, summariseTransactions } from '../../src/shared/analytics/transactions';
import { runCli } from '../support/server-process';
import { testRoot } from '../support/test-env';

const masterFile = resolve(process.cwd(), '../shared/data/cdnow/CDNOW_master.txt');

/** CDNOW_master.txt (whitespace-separated, CRLF) as the CSV an analyst would have. */
const masterCsv = () => {
  if (!existsSync(masterFile))
    throw new Error(`Missing data set ${masterFile}: see ../shared/data/README.md (cdnow/).`);
  const lines = readFileSync(masterFile, 'utf8').trim().split(/\r?\n/).slice(1);
  return ['customer_id,date,cds,dollars', ...lines.map((l) => l.trim().split(/\s+/).join(','))].join('\n');
};

describe('kehu analytics on a purchase file', { timeout: 240_000 }, () => {
  const dir = mkdtempSync(join(testRoot, 'cli-analytics-'));
  // A data directory that must never come into being: these commands need no database.
  const env = { KEHU_DATA_DIR: join(dir, 'no-database-here') };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const csv = masterCsv();
  const file = join(dir, 'cdnow.csv');
  writeFileSync(file, csv);
  const columns = ['--customer-col', 'customer_id', '--date-col', 'date'];
  const fitArgs = (path: string, ...more: string[]) => [
    'analytics',
    'fit',
    '--transactions',
    path,
    ...columns,
    '--amount-col',
    'dollars',
    '--calibration-end',
    '1997-09-30',
    ...more,
  ];
  const fileOf = (name: string, lines: string[]) => {
    const path = join(dir, name);
    writeFileSync(path, ['customer_id,date,cds,dollars', ...lines].join('\n'));
    return path;
  };

  it('fits BG/NBD and Gamma-Gamma to CDNOW as a direct call of the models does', async () => {
    const { stdout, stderr, code } = await runCli(fitArgs(file, '--time-unit', 'week', '--json'), env);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);

    const rows = csv
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    const history = groupPurchases(
      rows.map(([id, date, , dollars]) => ({ customerId: id!, date: date!, amount: Number(dollars) })),
    );
    const { customers } = summariseTransactions(history, { calibrationEnd: '1997-09-30', timeUnit: 'week' });
    const bgnbd = fitBgNbd(toColumns(customers));
    const spend = customers.filter((c) => c.x > 0).map((c) => ({ x: c.x, zbar: c.monetary }));
    const gammaGamma = fitGammaGamma(spend);
    if (!bgnbd.ok || !gammaGamma.ok) throw new Error('direct fit failed');

    expect(out).toMatchObject({ customers: 23_570, repeatCustomers: spend.length, holdoutDays: 273 });
    for (const name of ['r', 'alpha', 'a', 'b'] as const)
      expect(out.bgnbd[name]).toBeCloseTo(bgnbd.params[name], 6);
    expect(out.bgnbd.logLik).toBeCloseTo(bgnbd.logLik, 4);
    for (const name of ['p', 'q', 'gamma'] as const)
      expect(out.gammaGamma[name]).toBeCloseTo(gammaGamma.params[name], 6);
    expect(out.gammaGamma.logLik).toBeCloseTo(gammaGamma.logLik, 4);
    expect(out.expectedHoldoutTransactions).toBeCloseTo(
      totalExpectedPurchases(bgnbd.params, 39, toColumns(customers)),
      4,
    );
    // Sane: near the published values for the 1/10 sample of the same customers.
    expect(out.bgnbd.r).toBeGreaterThan(0.2);
    expect(out.bgnbd.r).toBeLessThan(0.3);
    expect(out.bgnbd.alpha).toBeGreaterThan(3.5);
    expect(out.bgnbd.alpha).toBeLessThan(5.5);
    expect(out.gammaGamma.p).toBeGreaterThan(5);
    expect(out.gammaGamma.p).toBeLessThan(7.5);
    expect(out.gammaGamma.independence.warning).toBeNull();
    expect(out.holdoutByFrequency.map((r: { label: string }) => r.label)).toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7+',
    ]);
    expect(existsSync(env.KEHU_DATA_DIR)).toBe(false);
  });

  it('prints a readable summary without --json', async () => {
    const { stdout, code } = await runCli(fitArgs(file, '--holdout-days', '91'), env);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^23570 customers, 9451 with repeat purchases; calibration to 1997-09-30, time in weeks\./,
    );
    expect(stdout).toMatch(/r = 0\.25\d \(± 0\.00\d\)/);
    expect(stdout).toContain('Holdout (91 days after the calibration end)');
  });

  it('counts monthly acquisition cohorts, every customer once', async () => {
    const { stdout, code } = await runCli(
      ['analytics', 'cohorts', '--transactions', file, ...columns, '--json'],
      env,
    );
    expect(code).toBe(0);
    const { cohorts } = JSON.parse(stdout) as {
      cohorts: { cohort: string; size: number; active: number[] }[];
    };
    expect(cohorts.map((c) => c.cohort)).toEqual(['1997-01', '1997-02', '1997-03']);
    expect(cohorts.reduce((s, c) => s + c.size, 0)).toBe(23_570);
    for (const c of cohorts) expect(c.active[0]).toBe(c.size);
    // 1997-01 to 1998-06: 18 months for the first cohort.
    expect(cohorts[0]!.active).toHaveLength(18);
    expect(existsSync(env.KEHU_DATA_DIR)).toBe(false);
  });

  it('names the line and column of a date it cannot read, and the line of a negative amount', async () => {
    const [date, amount, amountText] = await Promise.all([
      runCli(fitArgs(fileOf('bad-date.csv', ['1,1997-01-01,1,10.00', '1,1997-13-01,1,12.00'])), env),
      runCli(
        fitArgs(fileOf('negative.csv', ['1,19970101,1,10.00', '2,19970102,1,3.00', '1,19970105,1,-5.00'])),
        env,
      ),
      runCli(fitArgs(fileOf('text-amount.csv', ['1,1997-01-01,1,$10'])), env),
    ]);
    expect(date.code).toBe(1);
    expect(date.stderr).toMatch(/line 3, column "date": cannot read the date "1997-13-01" \(use YYYY-MM-DD/);
    expect(amount.code).toBe(1);
    expect(amount.stderr).toMatch(/line 4: the amount -5\.00 in column "dollars" is negative/);
    expect(amountText.stderr).toMatch(/line 2, column "dollars": "\$10" is not a number/);
    for (const r of [date, amount, amountText]) expect(r.stdout).toBe('');
  });

  it('names a missing column and lists the columns the file has', async () => {
    const args = fitArgs(file).map((a) => (a === 'dollars' ? 'price' : a));
    const missing = await runCli(args, env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(
      '--amount-col: the file has no column "price"; its columns are: "customer_id", "date", "cds", "dollars"',
    );
  });

  it('refuses a calibration end before the first purchase and an unreadable one', async () => {
    const [early, unreadable] = await Promise.all([
      runCli(
        fitArgs(file).map((a) => (a === '1997-09-30' ? '1996-12-31' : a)),
        env,
      ),
      runCli(
        fitArgs(file).map((a) => (a === '1997-09-30' ? '30/09/1997' : a)),
        env,
      ),
    ]);
    expect(early.code).toBe(1);
    expect(early.stderr).toMatch(
      /The calibration end 1996-12-31 is before the first purchase \(1997-01-01\)/,
    );
    expect(unreadable.code).toBe(1);
    expect(unreadable.stderr).toMatch(/--calibration-end.*not a date/);
  });

  it('says plainly when the models cannot be fitted, printing no parameters', async () => {
    const fewRepeaters = Array.from(
      { length: 40 },
      (_, i) => `${i},1997-01-${String(1 + (i % 28)).padStart(2, '0')},1,10`,
    );
    fewRepeaters.push('1,1997-03-01,1,10', '2,1997-03-02,1,12');
    // Every repeat buyer bought again on the calibration end day: no sign that anyone drops out.
    const nobodyLeaves = Array.from({ length: 200 }, (_, i) => [
      `${i},1997-01-01,1,10`,
      ...Array.from({ length: i % 5 }, (_, k) => `${i},1997-0${2 + k}-0${1 + (i % 3)},1,${10 + (i % 7)}`),
      ...(i % 5 > 0 ? [`${i},1997-09-30,1,${11 + (i % 4)}`] : []),
    ]).flat();
    const [few, boundary] = await Promise.all([
      runCli(fitArgs(fileOf('few.csv', fewRepeaters), '--json'), env),
      runCli(fitArgs(fileOf('boundary.csv', nobodyLeaves), '--json'), env),
    ]);
    expect(few.code).toBe(1);
    expect(few.stderr).toMatch(/cannot fit the BG\/NBD model: only 2 customers bought more than once/);
    expect(few.stdout).toBe('');
    expect(boundary.code).toBe(1);
    expect(boundary.stderr).toMatch(
      /cannot fit the BG\/NBD model: the likelihood is highest on the boundary/,
    );
    expect(boundary.stdout).toBe('');
  });
});
