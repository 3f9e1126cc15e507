import { describe, expect, it } from 'vitest';
import { judgeFit } from './model-fit';
import type { MinimiseResult } from './optimise';

const good: MinimiseResult = {
  params: [0.5, 20],
  value: 100,
  converged: true,
  evaluations: 300,
  gradientNorm: 1e-9,
  atBoundary: [false, false],
  hessianPositiveDefinite: true,
  standardErrors: [0.05, 2],
  logStandardErrors: [0.1, 0.1],
};
const judge = (result: MinimiseResult) =>
  judgeFit(
    'Test',
    ['shape', 'scale'],
    result,
    ([shape, scale]) => ({ shape: shape!, scale: scale! }),
    -100,
    42,
  );

describe('judgeFit', () => {
  it('names the parameters of a good fit', () => {
    expect(judge(good)).toEqual({
      ok: true,
      params: { shape: 0.5, scale: 20 },
      standardErrors: { shape: 0.05, scale: 2 },
      logLik: -100,
      customers: 42,
      evaluations: 300,
    });
  });

  it('says which parameter ran to which boundary', () => {
    const fit = judge({ ...good, params: [1e-7, 1e7], atBoundary: [true, true] });
    expect(fit).toEqual({
      ok: false,
      reason: expect.stringContaining('(shape → 0, scale → ∞)'),
      note: { code: 'likelihood_on_boundary', params: { model: 'Test', where: 'shape → 0, scale → ∞' } },
    });
  });

  it('refuses a flat likelihood, a parameter the data do not pin down, and a fit that did not converge', () => {
    expect(judge({ ...good, hessianPositiveDefinite: false })).toMatchObject({
      ok: false,
      reason: /no clear maximum/,
      note: { code: 'likelihood_flat' },
    });
    expect(judge({ ...good, logStandardErrors: [0.1, 9] })).toMatchObject({
      ok: false,
      reason: /do not pin down scale/,
      note: { code: 'parameters_not_pinned_down', params: { parameters: 'scale' } },
    });
    expect(judge({ ...good, converged: false })).toMatchObject({
      ok: false,
      reason: /did not converge/,
      note: { code: 'not_converged', params: { model: 'Test' } },
    });
  });
});
