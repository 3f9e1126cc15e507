import {
  multiColumnFields,
  type ImportFieldKey,
  type ImportMapping,
} from '../../../../shared/contracts/imports';

/**
 * Header names people use for each field, English and Chinese. Compared after `normalise`,
 * so case, spaces, underscores and full-width characters do not matter.
 */
const synonyms: Record<ImportFieldKey, string[]> = {
  name: [
    'name',
    'full name',
    'customer name',
    'contact name',
    '姓名',
    '名称',
    '客户名称',
    '客户姓名',
    '客户名',
    '联系人',
    '名字',
  ],
  kind: ['kind', 'customer kind', '个人/公司', '客户性质'],
  phones: [
    'phone',
    'phones',
    'mobile',
    'mobile phone',
    'cell',
    'tel',
    'telephone',
    'phone number',
    '手机',
    '电话',
    '手机号',
    '手机号码',
    '联系电话',
    '电话号码',
    '联系方式',
    '座机',
    '固话',
  ],
  emails: ['email', 'e-mail', 'email address', 'mail', '邮箱', '电子邮件', '电子邮箱', '邮件', '邮箱地址'],
  company: [
    'company',
    'company name',
    'organisation',
    'organization',
    'employer',
    '公司',
    '公司名称',
    '单位',
    '工作单位',
    '企业',
    '所属公司',
  ],
  title: ['title', 'job title', 'position', 'role', '职位', '职务', '头衔', '岗位'],
  gender: ['gender', 'sex', '性别'],
  birthday: ['birthday', 'birth date', 'date of birth', 'dob', '生日', '出生日期', '出生年月日'],
  province: ['province', 'state', 'region', '省', '省份', '所在省份'],
  city: ['city', 'town', '市', '城市', '所在城市'],
  district: ['district', 'county', '区', '区县', '县区', '县'],
  line1: [
    'address',
    'street',
    'street address',
    'address line 1',
    'address 1',
    '地址',
    '详细地址',
    '街道地址',
    '通讯地址',
  ],
  line2: ['address line 2', 'address 2'],
  postcode: ['postcode', 'post code', 'postal code', 'zip', 'zip code', '邮编', '邮政编码'],
  source: ['source', 'lead source', 'channel', '来源', '客户来源', '渠道', '来源渠道'],
  category: [
    'category',
    'customer type',
    'customer category',
    'type',
    '分类',
    '客户类型',
    '客户分类',
    '类别',
    '客户类别',
  ],
  valueTier: ['value tier', 'tier', '价值等级', '客户价值', '价值分层'],
  lifecycleStage: ['lifecycle stage', 'lifecycle', 'stage', '生命周期', '生命周期阶段', '阶段'],
  owner: [
    'owner',
    'account owner',
    'sales rep',
    'salesperson',
    '负责人',
    '归属人',
    '销售',
    '销售负责人',
    '跟进人',
  ],
  tags: ['tags', 'tag', 'labels', '标签'],
  notes: ['notes', 'note', 'remarks', 'remark', 'comment', 'comments', 'description', '备注', '说明', '描述'],
  externalId: [
    'external id',
    'externalid',
    'customer id',
    'customer no',
    'customer number',
    'id',
    'code',
    '外部编号',
    '客户编号',
    '编号',
    '客户id',
    '客户代码',
    '会员号',
    '会员编号',
  ],
};

/** Lower case, half-width, without spaces and punctuation: "客户 名称", "Customer_Name" compare equal to their synonyms. */
export const normaliseHeader = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.:：()（）[\]【】/#*]+/g, '');

export type CustomFieldRef = { key: string; label: string };

const exactIndex = (customFields: readonly CustomFieldRef[]): Map<string, string> => {
  const index = new Map<string, string>();
  for (const [field, names] of Object.entries(synonyms))
    for (const name of names) index.set(normaliseHeader(name), field);
  for (const f of customFields) {
    index.set(normaliseHeader(f.key), `custom.${f.key}`);
    index.set(normaliseHeader(f.label), `custom.${f.key}`);
  }
  return index;
};

/**
 * A header that contains a known name. A name at the end wins (in "联系人电话" the head noun
 * is 电话, so it is a phone), then the longest name anywhere.
 */
const containedField = (header: string): string | null => {
  let best: { field: string; rank: number } | null = null;
  for (const [field, names] of Object.entries(synonyms)) {
    for (const name of names) {
      const n = normaliseHeader(name);
      if (n.length < 2 || !header.includes(n)) continue;
      const rank = (header.endsWith(n) ? 1000 : 0) + n.length;
      if (!best || rank > best.rank) best = { field, rank };
    }
  }
  return best?.field ?? null;
};

/**
 * A field for each header: exact names first (built-in and custom fields by key or label),
 * then headers containing a known name. A single-valued field goes to the first header that
 * claims it; phones, emails and tags may take several columns.
 */
export const suggestMapping = (
  headers: readonly string[],
  customFields: readonly CustomFieldRef[],
): ImportMapping => {
  const index = exactIndex(customFields);
  const taken = new Set<string>();
  const claim = (field: string | null) => {
    if (!field) return null;
    if (taken.has(field) && !multiColumnFields.includes(field)) return null;
    taken.add(field);
    return field;
  };
  const mapping: ImportMapping = {};
  const pending: string[] = [];
  for (const header of headers) {
    const exact = index.get(normaliseHeader(header));
    if (exact) mapping[header] = claim(exact);
    else pending.push(header);
  }
  for (const header of pending) mapping[header] = claim(containedField(normaliseHeader(header)));
  return Object.fromEntries(headers.map((h) => [h, mapping[h] ?? null]));
};

export type TemplateRef = { id: string; name: string; mapping: ImportMapping };

/**
 * The saved template made for files like this one: the one covering the most of these headers,
 * if it covers at least four in five of them.
 */
export const matchTemplate = <T extends TemplateRef>(
  headers: readonly string[],
  templates: readonly T[],
): T | null => {
  let best: { template: T; covered: number } | null = null;
  for (const template of templates) {
    const covered = headers.filter((h) => h in template.mapping).length;
    if (!best || covered > best.covered) best = { template, covered };
  }
  return best && headers.length > 0 && best.covered / headers.length >= 0.8 ? best.template : null;
};

/** The template's choices where it knows a header, the suggestions elsewhere. */
export const applyTemplate = (
  headers: readonly string[],
  template: TemplateRef,
  suggestions: ImportMapping,
): ImportMapping =>
  Object.fromEntries(
    headers.map((h) => [h, h in template.mapping ? (template.mapping[h] ?? null) : (suggestions[h] ?? null)]),
  );
