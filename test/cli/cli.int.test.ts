import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/server-process';
import { testRoot } from '../support/test-env';

describe('the kehu command', { timeout: 120_000 }, () => {
  const dataDir = mkdtempSync(join(testRoot, 'cli-'));
  const env = { KEHU_DATA_DIR: dataDir };
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('lists its commands', async () => {
    const { stdout, code } = await runCli(['--help'], env);
    expect(code).toBe(0);
    for (const command of ['serve', 'migrate', 'create-admin', 'backup', 'restore', 'version'])
      expect(stdout).toContain(command);
  });

  it('prints the version', async () => {
    const { stdout } = await runCli(['version'], env);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('migrates, then creates an organisation and owner, refusing bad input with a message per option', async () => {
    expect((await runCli(['migrate'], env)).stdout).toMatch(/Applied|up to date/);
    const bad = await runCli(
      ['create-admin', '--email', 'not-an-email', '--password', 'short', '--org', 'X'],
      env,
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--email: must be an email address/);
    expect(bad.stderr).toMatch(/--password: must be at least 10 characters/);
    const good = await runCli(
      [
        'create-admin',
        '--email',
        'boss@example.com',
        '--password',
        'Velvet-Harbor-42',
        '--org',
        'Acme 有限公司',
      ],
      env,
    );
    expect(good.stdout).toContain('Created organisation “Acme 有限公司” with owner boss@example.com');
    const again = await runCli(
      ['create-admin', '--email', 'boss@example.com', '--password', 'Velvet-Harbor-42', '--org', 'Acme'],
      env,
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
  });

  it('refuses to restore into a database that has data, and a missing file', async () => {
    expect((await runCli(['restore', join(dataDir, 'nope.kehu.gz')], env)).stderr).toMatch(/No such file/);
    const file = join(dataDir, '..', 'cli-backup.kehu.gz');
    expect((await runCli(['backup', file], env)).code).toBe(0);
    const restore = await runCli(['restore', file], env);
    expect(restore.code).toBe(1);
    expect(restore.stderr).toMatch(/not empty/);
    rmSync(file, { force: true });
  });
});
