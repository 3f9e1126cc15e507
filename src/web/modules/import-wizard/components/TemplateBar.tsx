import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Flex, Input, Popconfirm, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportMapping, ImportTemplate } from '../../../../shared/contracts/imports';
import { useDeleteTemplate, useImportTemplates, useSaveTemplate } from '../api/imports.api';

type TemplateBarProps = {
  mapping: ImportMapping;
  /** The template the server matched to this file's headers, shown as chosen. */
  initialTemplateId: string | null;
  onApply: (template: ImportTemplate) => void;
  canSave: boolean;
};

/** Apply a saved column mapping, or save the current one under a name for the next file like this. */
export const TemplateBar = ({ mapping, initialTemplateId, onApply, canSave }: TemplateBarProps) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const templates = useImportTemplates();
  const save = useSaveTemplate();
  const remove = useDeleteTemplate();
  const [chosen, setChosen] = useState<string | null>(initialTemplateId);
  const [name, setName] = useState('');
  const list = templates.data?.data ?? [];
  const current = list.find((tpl) => tpl.id === chosen);

  const saveTemplate = () =>
    save.mutate(
      { name: name.trim(), mapping },
      {
        onSuccess: (saved) => {
          setChosen(saved.id);
          setName('');
          void message.success(t('importWizard.mapping.templateSaved', { name: saved.name }));
        },
        onError: (error) => void message.error(error.message),
      },
    );

  return (
    <Flex gap={16} wrap justify="space-between">
      <Space.Compact style={{ minWidth: 280 }}>
        <Select<string>
          allowClear
          style={{ minWidth: 240 }}
          placeholder={t('importWizard.mapping.templatePlaceholder')}
          aria-label={t('importWizard.mapping.template')}
          loading={templates.isPending}
          value={current ? current.id : undefined}
          options={list.map((tpl) => ({ value: tpl.id, label: tpl.name }))}
          onChange={(id) => {
            setChosen(id ?? null);
            const template = list.find((tpl) => tpl.id === id);
            if (template) onApply(template);
          }}
          data-testid="import-template-select"
        />
        {current && (
          <Popconfirm
            title={t('importWizard.mapping.deleteTemplateConfirm', { name: current.name })}
            onConfirm={() =>
              remove.mutate(current.id, {
                onSuccess: () => {
                  setChosen(null);
                  void message.success(t('importWizard.mapping.templateDeleted'));
                },
                onError: (error) => void message.error(error.message),
              })
            }
          >
            <Button
              icon={<DeleteOutlined />}
              aria-label={t('importWizard.mapping.deleteTemplate')}
              data-testid="import-template-delete"
            />
          </Popconfirm>
        )}
      </Space.Compact>
      <Space.Compact>
        <Input
          value={name}
          maxLength={60}
          onChange={(e) => setName(e.target.value)}
          onPressEnter={() => name.trim() && canSave && saveTemplate()}
          placeholder={t('importWizard.mapping.templateName')}
          aria-label={t('importWizard.mapping.templateName')}
          style={{ width: 200 }}
          data-testid="import-template-name"
        />
        <Button
          icon={<SaveOutlined />}
          disabled={!name.trim() || !canSave}
          loading={save.isPending}
          onClick={saveTemplate}
          data-testid="import-template-save"
        >
          {t('importWizard.mapping.saveTemplate')}
        </Button>
      </Space.Compact>
    </Flex>
  );
};
