import { useState, type ReactNode } from 'react';
import { Button, IconButton, Stack, TextField, Tooltip } from '@mui/material';
import FormatBold from '@mui/icons-material/FormatBold';
import FormatItalic from '@mui/icons-material/FormatItalic';
import FormatListBulleted from '@mui/icons-material/FormatListBulleted';
import InsertLink from '@mui/icons-material/InsertLink';
import { useTranslation } from 'react-i18next';
import type { HtmlFormat } from './simple-html.js';

interface Props {
  onFormat: (format: HtmlFormat, href?: string) => void;
  preview: boolean;
  onPreview: (on: boolean) => void;
}

/** Four formats are all a buyer message needs; anything richer tends to look like marketing. */
export function HtmlToolbar({ onFormat, preview, onPreview }: Props) {
  const { t } = useTranslation();
  const [href, setHref] = useState<string | null>(null);
  const buttons: { format: Exclude<HtmlFormat, 'link'>; icon: ReactNode }[] = [
    { format: 'bold', icon: <FormatBold fontSize="small" /> },
    { format: 'italic', icon: <FormatItalic fontSize="small" /> },
    { format: 'list', icon: <FormatListBulleted fontSize="small" /> },
  ];
  return (
    <Stack
      direction="row"
      spacing={0.5}
      sx={{ alignItems: 'center', flexWrap: 'wrap' }}
      data-testid="html-toolbar"
    >
      {buttons.map((b) => (
        <Tooltip key={b.format} title={t(`composer.format.${b.format}`)}>
          <IconButton
            size="small"
            aria-label={t(`composer.format.${b.format}`)}
            disabled={preview}
            // Keep the textarea's selection: a mousedown on the button would move focus first.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onFormat(b.format)}
          >
            {b.icon}
          </IconButton>
        </Tooltip>
      ))}
      {href === null ? (
        <Tooltip title={t('composer.format.link')}>
          <IconButton
            size="small"
            aria-label={t('composer.format.link')}
            disabled={preview}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => setHref('https://')}
          >
            <InsertLink fontSize="small" />
          </IconButton>
        </Tooltip>
      ) : (
        <>
          <TextField
            size="small"
            autoFocus
            value={href}
            label={t('composer.format.linkAddress')}
            onChange={(e) => setHref(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setHref(null);
            }}
            sx={{ width: 280 }}
          />
          <Button
            size="small"
            disabled={href.trim() === '' || href.trim() === 'https://'}
            onClick={() => {
              onFormat('link', href.trim());
              setHref(null);
            }}
          >
            {t('composer.format.insertLink')}
          </Button>
          <Button size="small" color="inherit" onClick={() => setHref(null)}>
            {t('composer.cancel')}
          </Button>
        </>
      )}
      <Button size="small" sx={{ ml: 'auto' }} onClick={() => onPreview(!preview)} data-testid="html-preview">
        {preview ? t('composer.format.edit') : t('composer.format.preview')}
      </Button>
    </Stack>
  );
}
