import { describe, expect, it } from 'vitest';
import { fieldForIssue, issueNamePath } from './settings-issues';

describe('settings issues', () => {
  it('reads a server issue path as a form name path, array indexes as numbers', () => {
    expect(issueNamePath('body.lifecycle.atRiskDays')).toEqual(['lifecycle', 'atRiskDays']);
    expect(issueNamePath('body.rfm.segments.3.r.0')).toEqual(['rfm', 'segments', 3, 'r', 0]);
    expect(issueNamePath('/churn/pAliveBelow')).toEqual(['churn', 'pAliveBelow']);
  });

  it('puts an issue on the most specific field whose name its path starts with', () => {
    const fields = [
      ['rfm', 'segments'],
      ['rfm', 'segments', 3, 'r'],
      ['lifecycle', 'atRiskDays'],
    ];
    expect(fieldForIssue(['rfm', 'segments', 3, 'r', 0], fields)).toEqual(['rfm', 'segments', 3, 'r']);
    expect(fieldForIssue(['rfm', 'segments'], fields)).toEqual(['rfm', 'segments']);
    expect(fieldForIssue(['lifecycle', 'atRiskDays'], fields)).toEqual(['lifecycle', 'atRiskDays']);
  });

  it('finds no field for an issue the form does not show', () => {
    expect(fieldForIssue(['clv', 'margin'], [['clv', 'horizonMonths']])).toBeNull();
    expect(fieldForIssue([], [['clv', 'margin']])).toBeNull();
  });
});
