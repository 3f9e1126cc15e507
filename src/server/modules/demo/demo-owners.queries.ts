import { sql, type Kysely } from 'kysely';
import type { DemoLanguage } from '../../../shared/demo/demo-customer';
import type { DB } from '../../db/schema';
import { newId } from '../../platform/ids';

/** An organisation with fewer active people than this gets the demo sales teams. */
export const MIN_STAFF = 4;

const demoTeams = [
  { zh: '华东销售部', en: 'East China sales' },
  { zh: '华南销售部', en: 'South China sales' },
  { zh: '线上运营部', en: 'Online sales' },
];

const demoStaff = [
  { zh: '陈晓峰', en: 'Chen Xiaofeng', role: 'manager', team: 0 },
  { zh: '林雨婷', en: 'Lin Yuting', role: 'sales', team: 0 },
  { zh: '王浩然', en: 'Wang Haoran', role: 'manager', team: 1 },
  { zh: '黄佳怡', en: 'Huang Jiayi', role: 'sales', team: 1 },
  { zh: '周思远', en: 'Zhou Siyuan', role: 'sales', team: 2 },
  { zh: '许梦琳', en: 'Xu Menglin', role: 'sales', team: 2 },
];

/**
 * Not an argon2 hash, so no password ever verifies against it: demo staff own customers
 * but cannot sign in until an administrator invites a real person in their place.
 */
const NO_PASSWORD = '!demo-account';

export type Owner = { id: string; teamId: string | null };

const addDemoStaff = async (db: Kysely<DB>, orgId: string, language: DemoLanguage) => {
  const teamIds: string[] = [];
  for (const team of demoTeams) {
    const name = language === 'zh' ? team.zh : team.en;
    const existing = await db
      .selectFrom('teams')
      .select('id')
      .where('org_id', '=', orgId)
      .where('deleted_at', 'is', null)
      .where(sql<boolean>`lower(name) = lower(${name})`)
      .executeTakeFirst();
    const id = existing?.id ?? newId();
    if (!existing) await db.insertInto('teams').values({ org_id: orgId, id, name }).execute();
    teamIds.push(id);
  }
  // Emails are unique across the installation: the random tail of the org id keeps them apart.
  const users = demoStaff.map((person, i) => ({
    org_id: orgId,
    id: newId(),
    email: `demo.staff${i + 1}.${orgId.slice(-12)}@example.com`,
    name: language === 'zh' ? person.zh : person.en,
    password_hash: NO_PASSWORD,
    role: person.role,
    team_id: teamIds[person.team]!,
  }));
  await db
    .insertInto('users')
    .values(users)
    .onConflict((oc) => oc.expression(sql`lower(email)`).doNothing())
    .execute();
};

/**
 * Who looks after the demo customers: the organisation's sales people and managers (everyone
 * active if it has none). An organisation with fewer than MIN_STAFF people first gets three
 * sales teams with two people each.
 */
export const ensureOwners = async (
  db: Kysely<DB>,
  orgId: string,
  language: DemoLanguage,
): Promise<Owner[]> => {
  const people = () =>
    db
      .selectFrom('users')
      .select(['id', 'team_id', 'role'])
      .where('org_id', '=', orgId)
      .where('status', '=', 'active')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  let staff = await people();
  if (staff.length < MIN_STAFF) {
    await addDemoStaff(db, orgId, language);
    staff = await people();
  }
  const sellers = staff.filter((u) => u.role === 'sales' || u.role === 'manager');
  return (sellers.length > 0 ? sellers : staff).map((u) => ({ id: u.id, teamId: u.team_id }));
};
