import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseKinds, openTestDatabase } from '../../../test/support/test-database';
import { call, startTestKehu } from '../../../test/support/test-kehu';
import { testRoot } from '../../../test/support/test-env';
import { insertMember, insertOrgWithOwner } from '../../../test/factories/accounts';
import { databaseDigest, restoreBackup, writeBackup } from './backup';

describe.each(databaseKinds)('backup and restore on %s', (kind) => {
  const dir = mkdtempSync(join(testRoot, 'backup-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('restores a backup taken from a running server into an empty database with identical data', async () => {
    const kehu = await startTestKehu(kind);
    const file = join(dir, `${kind}.kehu.gz`);
    let digest: Record<string, string>;
    try {
      const owner = await insertOrgWithOwner(kehu);
      await insertMember(kehu, owner, 'sales');
      await call(kehu, owner, 'POST', '/api/v1/teams', { name: '华东 East' });
      await call(kehu, owner, 'POST', '/api/v1/api-keys', { name: 'sync', role: 'readonly' });
      await writeBackup(kehu.deps.db, file);
      digest = await databaseDigest(kehu.deps.db);
    } finally {
      await kehu.stop();
    }
    expect(Number(digest.users!.split(':')[0])).toBe(2);

    const target = await openTestDatabase(kind);
    try {
      const { rows } = await restoreBackup(target.database.db, file);
      expect(rows).toBeGreaterThan(5);
      expect(await databaseDigest(target.database.db)).toEqual(digest);
      await expect(restoreBackup(target.database.db, file)).rejects.toThrow(/not empty/);
    } finally {
      await target.database.close();
    }
  });

  it('rejects a file that is not a Kehu backup and leaves the database empty', async () => {
    const file = join(dir, `bogus-${kind}.gz`);
    writeFileSync(file, gzipSync('{"hello":"world"}\n'));
    const target = await openTestDatabase(kind);
    try {
      await expect(restoreBackup(target.database.db, file)).rejects.toThrow(/not a Kehu backup/);
      const digest = await databaseDigest(target.database.db);
      expect(Object.values(digest).every((d) => d.startsWith('0:'))).toBe(true);
    } finally {
      await target.database.close();
    }
  });
});
