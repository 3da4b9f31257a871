import { useState } from 'react';
import { Button, ListItemText, Menu, MenuItem } from '@mui/material';
import DataObjectOutlined from '@mui/icons-material/DataObjectOutlined';
import { useTranslation } from 'react-i18next';
import type { CustomField, PlaceholderName } from '../../../../shared/domain/templates/types.js';
import { placeholderItems } from './placeholder-text.js';

interface Props {
  customFields: readonly CustomField[];
  onInsert: (token: string) => void;
}

/** The documented placeholders, each with what it is filled with, then the shop's own fields. */
export function PlaceholderMenu({ customFields, onInsert }: Props) {
  const { t } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const explain = (name: string, custom: CustomField | null) =>
    custom !== null
      ? t('templates.placeholders.custom', { label: custom.label })
      : t(`templates.placeholders.${name as PlaceholderName}`);
  return (
    <>
      <Button
        size="small"
        startIcon={<DataObjectOutlined />}
        // preventDefault keeps the caret in the textarea, so the token goes where the user was typing.
        onMouseDown={(e) => e.preventDefault()}
        onClick={(e) => setAnchor(e.currentTarget)}
        data-testid="template-insert-placeholder"
      >
        {t('templates.editor.insert')}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {placeholderItems(customFields).map((item) => (
          <MenuItem
            key={item.name}
            data-testid={`placeholder-${item.name}`}
            onClick={() => {
              setAnchor(null);
              onInsert(item.token);
            }}
          >
            <ListItemText
              primary={item.token}
              secondary={explain(item.name, item.custom)}
              slotProps={{ primary: { sx: { fontFamily: 'ui-monospace, monospace' } } }}
            />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
