import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { Kysely } from 'kysely';
import { LanguageSchema, type Language } from '../../../../shared/contracts/common';
import { isCustomerImportProblemCode } from '../../../../shared/contracts/import-problems';
import { importProblemText, problemText } from '../../../../shared/i18n/import-problem-text';
import type { Actor } from '../../../platform/actor';
import type { DB } from '../../../db/schema';
import type { CustomFieldRow } from '../custom-fields/custom-fields.queries';
import { escapeFormula } from '../export/export-cells';
import { findUserLanguage, listProblemRows } from './import.queries';

type ProblemRow = Awaited<ReturnType<typeof listProblemRows>>[number];

/**
 * The report's language when the request names none: the signed-in person's choice, else
 * English. API keys always get English, so a script reads the same report whoever made its key.
 */
export const reportLanguage = async (db: Kysely<DB>, actor: Actor): Promise<Language> => {
  if (actor.type !== 'user' || !actor.userId) return 'en';
  return LanguageSchema.safeParse(await findUserLanguage(db, actor.orgId, actor.userId)).data ?? 'en';
};

/**
 * Names an import field (`phones`, `custom.level`) in `language`: custom fields by their own label,
 * archived ones included since older problems may name them; an unknown field by its key.
 */
export const fieldLabelIn = (language: Language, customFields: readonly CustomFieldRow[]) => {
  const custom = new Map(customFields.map((f) => [`custom.${f.key}`, f.label]));
  const builtIn: Record<string, string> = importProblemText[language].fields;
  return (field: string) => custom.get(field) ?? (Object.hasOwn(builtIn, field) ? builtIn[field]! : field);
};

/**
 * A stored problem's reason in `language`. English is the reason as recorded, which can say more
 * than the shared sentence (the region a phone number was read for); a problem without a code
 * this version knows keeps it in every language.
 */
const reasonIn = (language: Language, fieldLabel: (field: string) => string, problem: ProblemRow) =>
  language !== 'en' && isCustomerImportProblemCode(problem.code)
    ? problemText(language, problem.code, problem.params, fieldLabel)
    : problem.reason;

const PAGE = 1000;

/**
 * An import's problem report as CSV (UTF-8 with BOM for Excel, CRLF lines) in `language`,
 * read a page at a time as the stream is consumed; cells that look like formulas are escaped.
 */
export const problemReportCsv = (
  db: Kysely<DB>,
  orgId: string,
  importId: string,
  language: Language,
  customFields: readonly CustomFieldRow[],
): Readable => {
  const { headings } = importProblemText[language];
  const fieldLabel = fieldLabelIn(language, customFields);
  async function* records() {
    yield [headings.line, headings.column, headings.reason, headings.value];
    let after: [number, number] | undefined;
    for (;;) {
      const page = await listProblemRows(db, orgId, importId, after, PAGE);
      for (const p of page)
        yield [
          String(p.line),
          escapeFormula(p.column_name ?? ''),
          escapeFormula(reasonIn(language, fieldLabel, p)),
          escapeFormula(p.value ?? ''),
        ];
      if (page.length < PAGE) return;
      after = [page[page.length - 1]!.line, page[page.length - 1]!.seq];
    }
  }
  return Readable.from(records()).pipe(stringify({ bom: true, record_delimiter: 'windows' }));
};
