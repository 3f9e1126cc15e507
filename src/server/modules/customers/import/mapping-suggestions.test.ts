import { describe, expect, it } from 'vitest';
import {
  applyTemplate,
  matchTemplate,
  normaliseHeader,
  suggestMapping,
  type TemplateRef,
} from './mapping-suggestions';

describe('column mapping suggestions', () => {
  it('maps English and Chinese header names to customer fields', () => {
    const headers = [
      '姓名',
      '手机号',
      '电子邮件',
      '省',
      '区县',
      '详细地址',
      '公司',
      '职位',
      '性别',
      '出生日期',
      '来源',
      '分类',
      '标签',
      '备注',
      '外部编号',
    ];
    expect(suggestMapping(headers, [])).toEqual({
      姓名: 'name',
      手机号: 'phones',
      电子邮件: 'emails',
      省: 'province',
      区县: 'district',
      详细地址: 'line1',
      公司: 'company',
      职位: 'title',
      性别: 'gender',
      出生日期: 'birthday',
      来源: 'source',
      分类: 'category',
      标签: 'tags',
      备注: 'notes',
      外部编号: 'externalId',
    });
    expect(suggestMapping(['Full Name', 'E-mail', 'Mobile Phone', 'ZIP code', 'Customer_ID'], [])).toEqual({
      'Full Name': 'name',
      'E-mail': 'emails',
      'Mobile Phone': 'phones',
      'ZIP code': 'postcode',
      Customer_ID: 'externalId',
    });
  });

  it('lets several columns fill phones, emails and tags, but a single-valued field only once', () => {
    expect(suggestMapping(['手机', '电话', '名称', '客户名称'], [])).toEqual({
      手机: 'phones',
      电话: 'phones',
      名称: 'name',
      客户名称: null,
    });
  });

  it('reads a header by its last word when it contains several names', () => {
    expect(suggestMapping(['联系人电话', '客户手机2', '联系人邮箱地址', '会员标签'], [])).toEqual({
      联系人电话: 'phones',
      客户手机2: 'phones',
      联系人邮箱地址: 'emails',
      会员标签: 'tags',
    });
  });

  it('finds custom fields by key or label, and leaves unknown columns unmapped', () => {
    const custom = [
      { key: 'vip_level', label: '会员等级' },
      { key: 'budget', label: 'Budget' },
    ];
    expect(suggestMapping(['会员等级', 'vip level', 'BUDGET', '微信群'], custom)).toEqual({
      会员等级: 'custom.vip_level',
      'vip level': null,
      BUDGET: 'custom.budget',
      微信群: null,
    });
    expect(normaliseHeader(' Vip_Level（级别） ')).toBe('viplevel级别');
  });

  it('offers the template that covers most of a file’s headers, keeping suggestions elsewhere', () => {
    const templates: TemplateRef[] = [
      { id: 'a', name: 'Fair', mapping: { 称呼: 'name', 电话: 'phones' } },
      {
        id: 'b',
        name: 'Shop',
        mapping: { 称呼: 'name', 电话: 'phones', 会员号: 'externalId', 等级: 'custom.level' },
      },
    ];
    const headers = ['称呼', '电话', '会员号', '等级', '备注'];
    const chosen = matchTemplate(headers, templates);
    expect(chosen?.name).toBe('Shop');
    expect(applyTemplate(headers, chosen!, suggestMapping(headers, []))).toEqual({
      称呼: 'name',
      电话: 'phones',
      会员号: 'externalId',
      等级: 'custom.level',
      备注: 'notes',
    });
    expect(matchTemplate(['A', 'B', 'C'], templates)).toBeNull();
  });
});
