import type { FormInstance } from 'antd';
import { useCallback, useRef, useState } from 'react';
import type { DuplicateCandidate } from '../../../../shared/contracts/customers';
import { useDuplicatesCheck } from '../api/customer.api';
import { createBody, profileFromValues, type CustomerFormValues } from './customer-form-values';

/**
 * Asks the server for likely duplicates when the name, a phone or an email loses focus, so the
 * user hears of 张三 before creating a second one. Quiet on failure: it is only a warning.
 */
export const useDuplicateCheck = (form: FormInstance<CustomerFormValues>, selfId: string | null) => {
  const check = useDuplicatesCheck();
  const [duplicates, setDuplicates] = useState<DuplicateCandidate[]>([]);
  const lastAsked = useRef('');

  const run = useCallback(() => {
    const values = form.getFieldsValue(true) as CustomerFormValues;
    // Custom values and addresses do not decide duplicates; leaving them out keeps half-typed ones from failing.
    const { profile } = profileFromValues({ ...values, custom: {} }, [], 'CNY');
    if (!profile.name) return;
    const body = createBody(values.kind, {
      name: profile.name,
      companyId: profile.companyId,
      phones: profile.phones,
      emails: profile.emails,
      addresses: profile.addresses,
    });
    const key = JSON.stringify(body);
    if (key === lastAsked.current) return;
    lastAsked.current = key;
    check.mutate(body, {
      onSuccess: ({ data }) => setDuplicates(data.filter((candidate) => candidate.id !== selfId)),
    });
  }, [form, check, selfId]);

  return { duplicates, checkDuplicates: run };
};
