import { useState } from 'react';
import { Box, Button, Collapse } from '@mui/material';
import ExpandMore from '@mui/icons-material/ExpandMore';
import ExpandLess from '@mui/icons-material/ExpandLess';
import { useTranslation } from 'react-i18next';

/**
 * The buyer's message as it will be quoted under the reply: read-only (the core builds the
 * quote) and collapsed, because the seller just read it above.
 */
export function QuotedOriginal({ quote }: { quote: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (quote.trim() === '') return null;
  return (
    <Box>
      <Button
        size="small"
        color="inherit"
        startIcon={open ? <ExpandLess /> : <ExpandMore />}
        onClick={() => setOpen(!open)}
        aria-expanded={open}
        data-testid="composer-quote-toggle"
      >
        {t('composer.quote')}
      </Button>
      <Collapse in={open}>
        <Box
          component="blockquote"
          data-testid="composer-quote"
          sx={{
            m: 0,
            mt: 0.5,
            pl: 1.5,
            borderLeft: 3,
            borderColor: 'divider',
            color: 'text.secondary',
            whiteSpace: 'pre-wrap',
            overflowWrap: 'anywhere',
            fontSize: 14,
            maxHeight: 240,
            overflow: 'auto',
          }}
        >
          {quote}
        </Box>
      </Collapse>
    </Box>
  );
}
