import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { webFormBuiltinFields } from '../../../../shared/contracts/web-forms';
import { useCustomFields } from '../../customer/api/custom-fields.api';

/** The fields a web form can ask for: the built-in ones and every custom field a visitor can fill. */
export const useFormFieldOptions = () => {
  const { t } = useTranslation();
  const { data: customFields } = useCustomFields();
  const options = useMemo(
    () => [
      ...webFormBuiltinFields.map((key) => ({ value: key, label: t(`dedupe.webForms.fieldNames.${key}`) })),
      ...(customFields ?? [])
        .filter((f) => !f.archived && f.type !== 'user')
        .map((f) => ({ value: `custom.${f.key}`, label: f.label })),
    ],
    [t, customFields],
  );
  const labelOf = useCallback(
    (field: string) => options.find((o) => o.value === field)?.label ?? field,
    [options],
  );
  return { options, labelOf };
};
