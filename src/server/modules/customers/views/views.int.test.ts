import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kehu } from '../../../kehu';
import { databaseKinds } from '../../../../../test/support/test-database';
import { call, startTestKehu, type Session } from '../../../../../test/support/test-kehu';
import { insertMember, insertOrgWithOwner } from '../../../../../test/factories/accounts';
import type { SavedView, SavedViewCreate } from '../../../../shared/contracts/saved-views';

const definition = (overrides: Partial<SavedViewCreate['definition']> = {}) => ({
  columns: [{ key: 'name', width: 220 }, { key: 'city' }, { key: 'revenue' }],
  sort: '-revenue,name',
  filter: { and: [{ field: 'city', op: 'eq', value: '上海市' }] },
  ...overrides,
});

const names = (res: { json: () => { data: SavedView[] } }) =>
  res
    .json()
    .data.map((v) => v.name)
    .sort();

describe.each(databaseKinds)('saved views on %s', (kind) => {
  let kehu: Kehu;
  let owner: Session;
  let teamId: string;
  let otherTeamId: string;
  let manager: Session;
  let sales: Session;
  let teammate: Session;
  let outsider: Session;

  const save = (session: Session, name: string, visibility = 'private', def: object = definition()) =>
    call(kehu, session, 'POST', '/api/v1/saved-views', { name, visibility, definition: def });
  const list = (session: Session) => call(kehu, session, 'GET', '/api/v1/saved-views');

  beforeAll(async () => {
    kehu = await startTestKehu(kind);
    owner = await insertOrgWithOwner(kehu);
    teamId = (await call(kehu, owner, 'POST', '/api/v1/teams', { name: 'East' })).json().id;
    otherTeamId = (await call(kehu, owner, 'POST', '/api/v1/teams', { name: 'West' })).json().id;
    manager = await insertMember(kehu, owner, 'manager', teamId);
    sales = await insertMember(kehu, owner, 'sales', teamId);
    teammate = await insertMember(kehu, owner, 'sales', teamId);
    outsider = await insertMember(kehu, owner, 'sales', otherTeamId);
  });
  afterAll(async () => {
    await kehu?.stop();
  });

  it('saves a view and gives back its definition, owner and version', async () => {
    const res = await save(sales, 'Shanghai big spenders');
    expect(res.statusCode).toBe(200);
    expect(res.json<SavedView>()).toMatchObject({
      name: 'Shanghai big spenders',
      visibility: 'private',
      ownerId: sales.me.user.id,
      ownerName: sales.me.user.name,
      teamId: null,
      canEdit: true,
      version: 1,
      definition: definition(),
    });
  });

  it('shows each person their own views, their team’s and the organisation’s, and no one else’s', async () => {
    await save(sales, 'S private');
    await save(manager, 'M team', 'team');
    await save(manager, 'M org', 'org');
    const outsiderOwn = (await save(outsider, 'O private')).json<SavedView>();

    const teammateSees = names(await list(teammate));
    expect(teammateSees).toContain('M team');
    expect(teammateSees).toContain('M org');
    expect(teammateSees).not.toContain('S private');
    expect(teammateSees).not.toContain('O private');

    const outsiderSees = names(await list(outsider));
    expect(outsiderSees).toContain('M org');
    expect(outsiderSees).toContain('O private');
    expect(outsiderSees).not.toContain('M team');

    // Another person's private view answers 404 to every change, as if it did not exist.
    for (const [method, body] of [
      ['PATCH', { name: 'Taken', version: 1 }],
      ['DELETE', undefined],
    ] as const) {
      const res = await call(kehu, sales, method, `/api/v1/saved-views/${outsiderOwn.id}`, body);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    }
    // Not even the organisation's owner sees someone's private view.
    expect(names(await list(owner))).not.toContain('O private');
  });

  it('hides every view of another organisation and answers 404 to changing one', async () => {
    const stranger = await insertOrgWithOwner(kehu);
    const theirs = (await save(stranger, 'Their org view', 'org')).json<SavedView>();
    expect(names(await list(owner))).not.toContain('Their org view');
    const patch = await call(kehu, owner, 'PATCH', `/api/v1/saved-views/${theirs.id}`, {
      name: 'Mine now',
      version: 1,
    });
    expect(patch.statusCode).toBe(404);
    expect((await call(kehu, owner, 'DELETE', `/api/v1/saved-views/${theirs.id}`)).statusCode).toBe(404);
    expect(names(await list(stranger))).toContain('Their org view');
  });

  it('lets only managers and above share views with the team or the organisation', async () => {
    for (const visibility of ['team', 'org']) {
      const res = await save(sales, `Shared ${visibility}`, visibility);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.message).toContain('segments.manage');
    }
    const mine = (await save(sales, 'Later shared')).json<SavedView>();
    const share = await call(kehu, sales, 'PATCH', `/api/v1/saved-views/${mine.id}`, {
      visibility: 'org',
      version: 1,
    });
    expect(share.statusCode).toBe(403);

    const readonly = await insertMember(kehu, owner, 'readonly');
    expect((await save(readonly, 'Just for me')).statusCode).toBe(200);

    const noTeam = await save(owner, 'Team of nobody', 'team');
    expect(noTeam.statusCode).toBe(400);
    expect(noTeam.json().error.details.issues[0].path).toBe('body.visibility');
  });

  it('lets the owner change a view and an admin look after an org-wide one, but not a teammate', async () => {
    const view = (await save(manager, 'Team pipeline', 'team')).json<SavedView>();
    const teammateView = (await list(teammate))
      .json<{ data: SavedView[] }>()
      .data.find((v) => v.id === view.id);
    expect(teammateView?.canEdit).toBe(false);
    const refused = await call(kehu, teammate, 'PATCH', `/api/v1/saved-views/${view.id}`, {
      name: 'Hijacked',
      version: 1,
    });
    expect(refused.statusCode).toBe(403);
    // An admin outside the team does not see a team view at all.
    expect(names(await list(owner))).not.toContain('Team pipeline');
    expect(
      (await call(kehu, owner, 'PATCH', `/api/v1/saved-views/${view.id}`, { name: 'x', version: 1 }))
        .statusCode,
    ).toBe(404);

    const renamed = await call(kehu, manager, 'PATCH', `/api/v1/saved-views/${view.id}`, {
      name: 'Team pipeline (East)',
      definition: definition({ sort: 'name', filter: undefined }),
      version: 1,
    });
    expect(renamed.json()).toMatchObject({ name: 'Team pipeline (East)', teamId, version: 2 });
    expect(renamed.json().definition).toEqual({ columns: definition().columns, sort: 'name' });

    const published = await call(kehu, manager, 'PATCH', `/api/v1/saved-views/${view.id}`, {
      visibility: 'org',
      version: 2,
    });
    expect(published.json()).toMatchObject({ visibility: 'org', teamId: null, version: 3 });
    expect(names(await list(outsider))).toContain('Team pipeline (East)');

    const looked = await call(kehu, owner, 'PATCH', `/api/v1/saved-views/${view.id}`, {
      name: 'Pipeline',
      version: 3,
    });
    expect(looked.json()).toMatchObject({ name: 'Pipeline', ownerId: manager.me.user.id, canEdit: true });
  });

  it('rejects a stale update with 409 and the current view', async () => {
    const view = (await save(sales, 'Racy')).json<SavedView>();
    await call(kehu, sales, 'PATCH', `/api/v1/saved-views/${view.id}`, { name: 'Racy 2', version: 1 });
    const stale = await call(kehu, sales, 'PATCH', `/api/v1/saved-views/${view.id}`, {
      name: 'Racy 3',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({ name: 'Racy 2', version: 2 });
  });

  it('never stores a broken filter, an unknown column or an unsortable sort', async () => {
    const field = await call(kehu, owner, 'POST', '/api/v1/custom-fields', {
      key: 'vip_level',
      label: 'VIP level',
      type: 'select',
      options: ['gold', 'silver'],
    });
    expect(field.statusCode).toBe(200);
    const good = await save(sales, 'Gold', 'private', {
      columns: [{ key: 'name' }, { key: 'custom.vip_level' }],
      sort: 'custom.vip_level',
      filter: {
        or: [
          { field: 'custom.vip_level', op: 'eq', value: 'gold' },
          { field: 'revenue', op: 'gt', value: 100 },
        ],
      },
    });
    expect(good.statusCode).toBe(200);

    const cases: [object, string][] = [
      [{ filter: { and: [{ field: 'nonsense', op: 'eq', value: 'x' }] } }, 'body.definition.filter.nonsense'],
      [
        { filter: { and: [{ field: 'revenue', op: 'contains', value: 'x' }] } },
        'body.definition.filter.revenue',
      ],
      [
        { filter: { and: [{ field: 'custom.vip_level', op: 'eq', value: 'bronze' }] } },
        'body.definition.filter.custom.vip_level',
      ],
      [{ filter: { field: 'city' } }, 'body.definition.filter'],
      [{ columns: [{ key: 'name' }, { key: 'shoe_size' }] }, 'body.definition.columns.1.key'],
      [{ columns: [{ key: 'name' }, { key: 'name' }] }, 'body.definition.columns.1.key'],
      [{ sort: 'tags' }, 'body.definition.sort'],
      [{ segmentId: '00000000-0000-7000-8000-000000000000' }, 'body.definition.segmentId'],
    ];
    for (const [override, path] of cases) {
      const res = await save(sales, 'Broken', 'private', definition(override));
      expect(res.statusCode, JSON.stringify(override)).toBe(400);
      const paths = res.json().error.details.issues.map((i: { path: string }) => i.path);
      expect(
        paths.some((p: string) => p.startsWith(path)),
        `${paths} ${path}`,
      ).toBe(true);
    }
    expect(names(await list(sales))).not.toContain('Broken');
  });

  it('deletes a view for good, audited', async () => {
    const view = (await save(sales, 'Short-lived')).json<SavedView>();
    expect((await call(kehu, sales, 'DELETE', `/api/v1/saved-views/${view.id}`)).json()).toEqual({
      ok: true,
    });
    expect(names(await list(sales))).not.toContain('Short-lived');
    const audit = await call(kehu, owner, 'GET', `/api/v1/audit?entityId=${view.id}`);
    expect(
      audit
        .json()
        .data.map((e: { action: string }) => e.action)
        .sort(),
    ).toEqual(['create', 'delete']);
  });
});
