import { sql } from 'kysely';
import { CustomerCreateSchema } from '../../../../shared/contracts/customers';
import { LanguageSchema } from '../../../../shared/contracts/common';
import type {
  PublicSubmission,
  PublicSubmissionResult,
  PublicWebForm,
  WebFormField,
} from '../../../../shared/contracts/web-forms';
import { AppError } from '../../../../shared/errors';
import { systemActor } from '../../../platform/actor';
import type { Deps } from '../../../platform/deps';
import { hitRateLimit } from '../../../platform/rate-limit';
import { transact } from '../../../platform/transaction';
import { listCustomFieldRows, toCustomRules } from '../custom-fields/custom-fields.queries';
import { loadWriteContext, profileIssues } from '../profile/write-context';
import { publicField, submissionInput, valuesPath } from './web-form-fields';
import { findPublicFormRow, findSubmission, insertSubmission } from './web-forms.queries';
import { saveLead } from './save-lead';

/** Submissions one address may send to one form per minute. */
export const SUBMISSIONS_PER_MINUTE = 10;

const unavailable = () =>
  new AppError('NOT_FOUND', 'This form is not available (it may have been switched off).');

const invalid = (issues: { path: string; message: string }[]) =>
  new AppError(
    'INVALID_INPUT',
    `Please check the form: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
    {
      issues,
    },
  );

/** The public side of web forms (C8): anyone with the link reads and fills the form in. */
export const createWebFormSubmitService = (deps: Deps) => ({
  /** The form as visitors see it: labels and consent text, no internal ids. NOT_FOUND when off or deleted. */
  async getPublicForm(publicId: string): Promise<PublicWebForm> {
    const form = await findPublicFormRow(deps.readDb, publicId);
    if (!form) throw unavailable();
    const rules = toCustomRules(await listCustomFieldRows(deps.readDb, form.org_id));
    const org = await deps.readDb
      .selectFrom('orgs')
      .select('language')
      .where('id', '=', form.org_id)
      .executeTakeFirstOrThrow();
    return {
      publicId: form.public_id,
      name: form.name,
      fields: (form.fields as WebFormField[]).map((f) => publicField(f, rules)),
      consentText: form.consent_text,
      language: LanguageSchema.safeParse(org.language).data ?? 'zh-CN',
    };
  },

  /**
   * Creates or updates the customer behind a submission. Idempotent per key: the same key again
   * answers the same without writing. A filled honeypot gets the thank-you and nothing is stored.
   * Throws RATE_LIMITED past SUBMISSIONS_PER_MINUTE per address and form, INVALID_INPUT naming
   * `body.values.<field>`, NOT_FOUND when the form is off or deleted.
   */
  async submitForm(
    publicId: string,
    body: PublicSubmission,
    client: { ip: string | null; idempotencyKey: string | undefined },
  ): Promise<PublicSubmissionResult> {
    const form = await findPublicFormRow(deps.db, publicId);
    if (!form) throw unavailable();
    const key = body.idempotencyKey ?? client.idempotencyKey;
    if (!key || !/^[A-Za-z0-9_-]{8,100}$/.test(key))
      throw invalid([
        {
          path: 'body.idempotencyKey',
          message: 'must be sent (a UUID), in the body or as the Idempotency-Key header',
        },
      ]);
    const limit = await hitRateLimit(deps.db, `web-form:${form.id}:${client.ip ?? 'unknown'}`, 60);
    if (limit.hits > SUBMISSIONS_PER_MINUTE)
      throw new AppError(
        'RATE_LIMITED',
        `Too many submissions of this form from your network; try again in ${limit.retryAfterSeconds} seconds.`,
        { retryAfterSeconds: limit.retryAfterSeconds },
      );
    const result: PublicSubmissionResult = { status: 'received', thankYou: form.thank_you };
    if (body.website?.trim()) return result;

    const actor = systemActor(form.org_id, `Web form ${form.name}`);
    return transact(deps, actor, async (tx, emit) => {
      // Two copies of one submission arriving together: the second waits, then finds the first.
      await sql`SELECT pg_advisory_xact_lock(hashtext(${`${form.id}:${key}`}))`.execute(tx);
      if (await findSubmission(tx, form.org_id, form.id, key)) return result;
      const context = await loadWriteContext(tx, form.org_id);
      const fields = form.fields as WebFormField[];
      const built = submissionInput(fields, body.values, toCustomRules(context.customFields), context.region);
      const parsed = CustomerCreateSchema.safeParse(built.input);
      const issues = [
        ...(form.consent_text && body.consent !== true
          ? [{ path: 'body.consent', message: 'must be ticked to agree before sending' }]
          : []),
        ...built.issues,
        ...(parsed.error?.issues ?? []).map((i) => ({
          path: valuesPath(i.path.join('.')),
          message: i.message,
        })),
      ];
      if (issues.length) throw invalid(issues);
      const checked = profileIssues(parsed.data!, null, context);
      if (checked.issues.length)
        throw invalid(checked.issues.map((i) => ({ path: valuesPath(i.path), message: i.message })));
      const lead = await saveLead(tx, actor, form, checked.profile, built.companyName, emit);
      await insertSubmission(tx, {
        org_id: form.org_id,
        form_id: form.id,
        idempotency_key: key,
        customer_id: lead.customerId,
        created: lead.created,
        ip: client.ip,
      });
      return result;
    });
  },
});

export type WebFormSubmitService = ReturnType<typeof createWebFormSubmitService>;
