import type { Language } from '../contracts/common';
import type { CustomerImportProblemCode, ImportProblemParams } from '../contracts/import-problems';
import type { ImportFieldKey } from '../contracts/imports';

/**
 * The words of a customer import's problem report, one table per language: the web's locale
 * files spread these into `importWizard`, and the server writes the downloadable report with
 * them, so the table on screen and the file say the same thing.
 */
export type ImportProblemText = {
  /** Import fields as the mapping step names them. */
  fields: Record<ImportFieldKey, string>;
  /** The report's column headings. */
  headings: { line: string; column: string; reason: string; value: string };
  /** Sentences per problem code; `{{field}}` is the field's label, the rest come from `params`. */
  reasons: Record<CustomerImportProblemCode, string>;
};

const en: ImportProblemText = {
  fields: {
    name: 'Name',
    kind: 'Person or company',
    phones: 'Phone',
    emails: 'Email',
    company: 'Company',
    title: 'Job title',
    gender: 'Gender',
    birthday: 'Birthday',
    province: 'Province',
    city: 'City',
    district: 'District',
    line1: 'Address',
    line2: 'Address line 2',
    postcode: 'Postcode',
    source: 'Source',
    category: 'Category',
    valueTier: 'Value tier',
    lifecycleStage: 'Lifecycle stage',
    owner: 'Owner',
    tags: 'Tags',
    notes: 'Notes',
    externalId: 'External ID',
  },
  headings: { line: 'Line', column: 'Column', reason: 'Reason', value: 'Value' },
  reasons: {
    required: '{{field}} is required',
    name_required: 'Name is required to create a customer',
    too_long: '{{field}} must be at most {{max}} characters',
    too_many: '{{field}} can hold at most {{max}} entries',
    formula: '{{field}} looks like a spreadsheet formula (starts with {{start}}); formulas are not imported',
    bad_date: '{{field}} is not a date; write dates as 2024-01-31',
    impossible_date: '{{field}} is not a real date',
    future_date: '{{field}} must not be in the future',
    bad_gender: '{{field}} must be 男 or 女 (male, female or other)',
    bad_boolean: '{{field}} must be 是 or 否 (yes or no)',
    bad_number: '{{field}} must be a number',
    bad_money: '{{field}} must be an amount such as 1200.50',
    too_large: '{{field}} is too large',
    bad_kind: '{{field}} must be 个人 or 公司 (person or company)',
    unknown_user: '{{field}} is not an active user of this organisation (use their email or name)',
    bad_phone: '{{field}} {{value}} is not a valid phone number',
    bad_email: '{{field}} {{value}} is not an email address',
    unknown_option: '{{field}} {{value}} is not one of {{allowed}}',
    external_id_taken: '{{field}} {{value}} already belongs to another customer',
    hidden_match: 'Matches a customer you cannot see; ask their owner or an administrator',
    invalid: '{{field}} is not valid',
  },
};

const zhCN: ImportProblemText = {
  fields: {
    name: '姓名',
    kind: '个人或公司',
    phones: '电话',
    emails: '邮箱',
    company: '公司',
    title: '职位',
    gender: '性别',
    birthday: '生日',
    province: '省份',
    city: '城市',
    district: '区县',
    line1: '地址',
    line2: '地址第二行',
    postcode: '邮编',
    source: '来源',
    category: '客户类别',
    valueTier: '价值等级',
    lifecycleStage: '生命周期阶段',
    owner: '负责人',
    tags: '标签',
    notes: '备注',
    externalId: '外部编号',
  },
  headings: { line: '行', column: '列', reason: '原因', value: '值' },
  reasons: {
    required: '{{field}}为必填项',
    name_required: '新建客户必须填写姓名',
    too_long: '{{field}}最多 {{max}} 个字符',
    too_many: '{{field}}最多 {{max}} 项',
    formula: '{{field}}看起来像电子表格公式（以 {{start}} 开头），已拒绝导入',
    bad_date: '{{field}}不是日期，请写成 2024-01-31 这样的格式',
    impossible_date: '{{field}}不是有效的日期',
    future_date: '{{field}}不能是将来的日期',
    bad_gender: '{{field}}应为“男”“女”或“其他”',
    bad_boolean: '{{field}}应为“是”或“否”',
    bad_number: '{{field}}必须是数字',
    bad_money: '{{field}}必须是金额，例如 1200.50',
    too_large: '{{field}}数值过大',
    bad_kind: '{{field}}应为“个人”或“公司”',
    unknown_user: '{{field}}不是本组织的有效用户（请填写其邮箱或姓名）',
    bad_phone: '{{field}}号码“{{value}}”无法识别',
    bad_email: '{{field}}“{{value}}”不是有效的邮箱地址',
    unknown_option: '{{field}}“{{value}}”不在可选值中（可选：{{allowed}}）',
    external_id_taken: '{{field}} {{value}} 已属于另一位客户',
    hidden_match: '匹配到一位你无权查看的客户；请联系其负责人或管理员',
    invalid: '{{field}}的值无效',
  },
};

export const importProblemText: Record<Language, ImportProblemText> = { en, 'zh-CN': zhCN };

/**
 * Fills `{{name}}` placeholders as i18next does with escaping off: surrounding spaces in a name
 * are ignored, numbers are written plainly, a value is not scanned again, and a placeholder
 * without a value stays as it is.
 */
export const interpolate = (template: string, values: ImportProblemParams): string =>
  template.replace(/\{\{(.+?)\}\}/g, (placeholder, name: string) => {
    const value = Object.hasOwn(values, name.trim()) ? values[name.trim()] : undefined;
    return value === undefined ? placeholder : String(value);
  });

/**
 * A customer import problem's sentence in `language`. `params.field` (an import field key such
 * as `phones` or `custom.level`) is named through `fieldLabel`; a problem without one reads as if
 * the field had no name, as on screen.
 */
export const problemText = (
  language: Language,
  code: CustomerImportProblemCode,
  params: ImportProblemParams,
  fieldLabel: (field: string) => string,
): string => {
  const { field } = params;
  return interpolate(importProblemText[language].reasons[code], {
    ...params,
    field: typeof field === 'string' ? fieldLabel(field) : '',
  });
};
