import { describe, expect, it } from 'vitest';
import { customerImportProblemCodes } from '../contracts/import-problems';
import { importFieldKeys } from '../contracts/imports';
import { importProblemText, interpolate, problemText } from './import-problem-text';

const languages = ['en', 'zh-CN'] as const;
const label = (field: string) => (field === 'custom.level' ? '会员等级' : `<${field}>`);

describe('customer import problem text', () => {
  const params = { field: 'phones', value: 'x', max: 200, start: '=', allowed: 'a, b' };

  it.each(languages)('has a complete sentence in %s for every code the server records', (lng) => {
    expect(Object.keys(importProblemText[lng].reasons).sort()).toEqual(
      [...customerImportProblemCodes].sort(),
    );
    for (const code of customerImportProblemCodes) {
      const text = problemText(lng, code, params, label);
      expect(text, code).not.toMatch(/\{\{|\}\}/);
      if (lng === 'zh-CN') expect(text, code).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it.each(languages)('names every import field and report column in %s', (lng) => {
    expect(Object.keys(importProblemText[lng].fields)).toEqual([...importFieldKeys]);
    for (const text of [
      ...Object.values(importProblemText[lng].fields),
      ...Object.values(importProblemText[lng].headings),
    ])
      expect(text.trim()).not.toBe('');
  });

  it('fills in the field through its label and the other params as they are', () => {
    expect(
      problemText(
        'zh-CN',
        'unknown_option',
        { field: 'custom.level', value: '钻石卡', allowed: '金卡, 银卡' },
        label,
      ),
    ).toBe('会员等级“钻石卡”不在可选值中（可选：金卡, 银卡）');
    expect(problemText('en', 'too_long', { field: 'name', max: 200 }, label)).toBe(
      '<name> must be at most 200 characters',
    );
  });

  it('leaves the field unnamed when the problem has none', () => {
    expect(problemText('en', 'invalid', {}, label)).toBe(' is not valid');
  });

  it('interpolates as i18next does: names trimmed, values not read again, missing ones left', () => {
    expect(interpolate('{{ a }} and {{b}}', { a: '{{b}}', b: 1.5 })).toBe('{{b}} and 1.5');
    expect(interpolate('{{a}} {{toString}}', {})).toBe('{{a}} {{toString}}');
  });
});
