import type { Target } from '../harness';

export type BenchOrg = { cookie: string; csrf: string; orgId: string; userId: string };

/** Sets up the organisation on a fresh target and returns the owner's session. */
export const setUpBenchOrg = async (target: Target): Promise<BenchOrg> => {
  const res = await fetch(`${target.server.url}/api/v1/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      orgName: 'Bench Org',
      timeZone: 'Asia/Shanghai',
      currency: 'CNY',
      language: 'zh-CN',
      name: 'Bench Owner',
      email: `bench-${Date.now()}@example.com`,
      password: 'Velvet-Harbor-42',
    }),
  });
  if (res.status !== 200) throw new Error(`setup failed: ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const me = (await res.json()) as { user: { id: string }; org: { id: string }; csrfToken: string };
  return { cookie, csrf: me.csrfToken, orgId: me.org.id, userId: me.user.id };
};
