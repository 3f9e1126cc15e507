import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kehu } from '../../../kehu';
import type { Customer } from '../../../../shared/contracts/customers';
import type { WebForm } from '../../../../shared/contracts/web-forms';
import { databaseKinds } from '../../../../../test/support/test-database';
import { call, startTestKehu, type Session } from '../../../../../test/support/test-kehu';
import { insertMember, insertOrgWithOwner } from '../../../../../test/factories/accounts';
import { insertCustomer } from '../../../../../test/factories/customers';

const leadForm = (ownerId: string | null = null) => ({
  name: 'Tea tasting',
  fields: [
    { field: 'name', label: '姓名', required: true },
    { field: 'phone', label: '手机', required: false },
    { field: 'email', label: '邮箱', required: false },
    { field: 'title', label: '职位', required: false },
    { field: 'company', label: '公司', required: false },
  ],
  consentText: 'I agree to be contacted about tea.',
  thankYou: 'Thank you, we will call you soon.',
  ownerId,
  source: 'event',
  tags: ['tasting-2026'],
});

describe.each(databaseKinds)('web forms on %s', (kind) => {
  let kehu: Kehu;
  beforeAll(async () => {
    kehu = await startTestKehu(kind);
  });
  afterAll(async () => {
    await kehu?.stop();
  });

  const createForm = async (owner: Session, body: object = leadForm(owner.me.user.id)) => {
    const res = await call(kehu, owner, 'POST', '/api/v1/web-forms', body);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<WebForm>();
  };
  const submit = (form: WebForm, values: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    kehu.app.inject({
      method: 'POST',
      url: `/api/v1/public/forms/${form.publicId}/submissions`,
      payload: { values, consent: true, website: '', idempotencyKey: randomUUID(), ...extra },
    });
  const customersOf = async (owner: Session) =>
    (await call(kehu, owner, 'GET', '/api/v1/customers?limit=200')).json<{ data: Customer[] }>().data;

  it('gives a link and an embed snippet, and shows visitors only labels and consent', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const form = await createForm(owner);
    expect(form.link).toMatch(new RegExp(`/f/${form.publicId}$`));
    expect(form.embedSnippet).toContain(`<iframe src="${form.link}"`);
    expect(form.publicId).toMatch(/^[A-Za-z0-9_-]{16}$/);
    const visitor = await kehu.app.inject({ method: 'GET', url: `/api/v1/public/forms/${form.publicId}` });
    expect(visitor.statusCode).toBe(200);
    expect(visitor.json()).toMatchObject({
      name: 'Tea tasting',
      consentText: 'I agree to be contacted about tea.',
      language: 'zh-CN',
      fields: expect.arrayContaining([
        { field: 'phone', label: '手机', required: false, input: 'tel', options: [] },
      ]),
    });
    expect(visitor.body).not.toContain(owner.me.user.id);
    expect(visitor.body).not.toContain(form.id);

    const noContact = await call(kehu, owner, 'POST', '/api/v1/web-forms', {
      name: 'Bad',
      fields: [{ field: 'name', label: 'Name' }],
    });
    expect(noContact.statusCode).toBe(400);
    expect(noContact.json().error.details.issues).toEqual([
      { path: 'body.fields', message: 'must include a phone or an email field' },
    ]);
  });

  it("creates a customer with the form's owner, source and tags, once per idempotency key", async () => {
    const owner = await insertOrgWithOwner(kehu);
    const sales = await insertMember(kehu, owner, 'sales');
    const form = await createForm(owner, leadForm(sales.me.user.id));
    const key = randomUUID();
    const values = { name: '孙七', phone: '139 0000 1111', company: '龙井茶社' };
    const first = await submit(form, values, { idempotencyKey: key });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ status: 'received', thankYou: 'Thank you, we will call you soon.' });
    const again = await kehu.app.inject({
      method: 'POST',
      url: `/api/v1/public/forms/${form.publicId}/submissions`,
      headers: { 'idempotency-key': key },
      payload: { values, consent: true },
    });
    expect(again.json()).toEqual(first.json());

    const customers = await customersOf(owner);
    const lead = customers.find((c) => c.name === '孙七')!;
    expect(customers.filter((c) => c.kind === 'person')).toHaveLength(1);
    expect(lead).toMatchObject({
      ownerId: sales.me.user.id,
      source: 'event',
      tags: ['tasting-2026'],
      companyName: '龙井茶社',
    });
    const submissions = await kehu.deps.db
      .selectFrom('web_form_submissions')
      .selectAll()
      .where('form_id', '=', form.id)
      .execute();
    expect(submissions).toMatchObject([{ customer_id: lead.id, created: true, idempotency_key: key }]);
    const timeline = (await call(kehu, owner, 'GET', `/api/v1/customers/${lead.id}/timeline`)).json().data;
    expect(timeline[0]).toMatchObject({
      type: 'customer.form_submitted',
      actorName: 'Web form Tea tasting',
      data: { formName: 'Tea tasting', consentText: 'I agree to be contacted about tea.', created: true },
    });
  });

  it('fills only the blanks of the customer with the same email instead of creating another', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const form = await createForm(owner);
    const known = await insertCustomer(kehu, owner, {
      name: '周八',
      emails: [{ label: 'work', address: 'zhou@leads.example.com', primary: true }],
      tags: ['tea'],
    });
    const res = await submit(form, { name: 'Zhou Ba', email: 'ZHOU@leads.example.com', title: 'Buyer' });
    expect(res.statusCode, res.body).toBe(200);
    const customers = await customersOf(owner);
    expect(customers).toHaveLength(1);
    expect(customers[0]).toMatchObject({
      id: known.id,
      name: '周八',
      title: 'Buyer',
      ownerId: owner.me.user.id,
      tags: ['tea', 'tasting-2026'],
      version: 2,
    });
    expect(
      (await kehu.deps.db.selectFrom('web_form_submissions').selectAll().execute()).filter(
        (s) => s.form_id === form.id,
      ),
    ).toMatchObject([{ customer_id: known.id, created: false }]);
  });

  it('thanks a bot that filled the honeypot and stores nothing', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const form = await createForm(owner);
    const res = await submit(
      form,
      { name: 'Bot', phone: '13900002222' },
      { website: 'http://spam.example.com' },
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().thankYou).toBe('Thank you, we will call you soon.');
    expect(await customersOf(owner)).toEqual([]);
  });

  it('names the bad phone, the missing consent and unknown fields with 400', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const form = await createForm(owner);
    const bad = await submit(form, { name: '吴九', phone: '12345', shoe: '42' }, { consent: false });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.details.issues.map((i: { path: string }) => i.path)
        .sort(),
    ).toEqual(['body.consent', 'body.values.shoe']);
    const phone = await submit(form, { name: '吴九', phone: '12345' });
    expect(phone.statusCode).toBe(400);
    expect(phone.json().error.details.issues).toMatchObject([{ path: 'body.values.phone' }]);
    expect(await customersOf(owner)).toEqual([]);
  });

  it('limits submissions per address and form with 429', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const form = await createForm(owner);
    for (let i = 0; i < 10; i++)
      expect((await submit(form, { name: `Lead ${i}`, phone: `1390000${3000 + i}` })).statusCode).toBe(200);
    const limited = await submit(form, { name: 'One too many', phone: '13900009999' });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.message).toMatch(/Too many submissions/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(await customersOf(owner)).toHaveLength(10);
  });

  it('answers 404 for a switched-off or deleted form', async () => {
    const owner = await insertOrgWithOwner(kehu);
    const form = await createForm(owner);
    const off = await call(kehu, owner, 'PATCH', `/api/v1/web-forms/${form.id}`, {
      active: false,
      version: 1,
    });
    expect(off.json()).toMatchObject({ active: false, version: 2 });
    expect(
      (await kehu.app.inject({ method: 'GET', url: `/api/v1/public/forms/${form.publicId}` })).statusCode,
    ).toBe(404);
    expect((await submit(form, { name: 'Late', phone: '13900004444' })).statusCode).toBe(404);
    const other = await createForm(owner);
    expect((await call(kehu, owner, 'DELETE', `/api/v1/web-forms/${other.id}`)).statusCode).toBe(200);
    expect((await submit(other, { name: 'Late', phone: '13900004444' })).statusCode).toBe(404);
    expect(
      (await call(kehu, owner, 'GET', '/api/v1/web-forms')).json().data.map((f: WebForm) => f.id),
    ).toEqual([form.id]);
  });

  it("keeps one organisation's forms from another's admins", async () => {
    const ownerA = await insertOrgWithOwner(kehu);
    const ownerB = await insertOrgWithOwner(kehu);
    const form = await createForm(ownerA);
    expect((await call(kehu, ownerB, 'GET', '/api/v1/web-forms')).json().data).toEqual([]);
    const url = `/api/v1/web-forms/${form.id}`;
    expect((await call(kehu, ownerB, 'GET', url)).statusCode).toBe(404);
    expect((await call(kehu, ownerB, 'PATCH', url, { name: 'Taken', version: 1 })).statusCode).toBe(404);
    expect((await call(kehu, ownerB, 'DELETE', url)).statusCode).toBe(404);
    expect((await call(kehu, ownerA, 'GET', `/api/v1/web-forms/${form.id}`)).json()).toMatchObject({
      name: 'Tea tasting',
      version: 1,
    });
  });
});
