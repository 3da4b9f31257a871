import { useState } from 'react';
import { Dialog, DialogContent, DialogTitle, IconButton, Tooltip } from '@mui/material';
import Close from '@mui/icons-material/Close';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/message.js';
import { PersonaliseStep } from './PersonaliseStep.js';
import { SuggestionStep } from './SuggestionStep.js';
import type { Suggestion } from './use-suggestions.js';

interface Props {
  open: boolean;
  /** The buyer message being answered: suggestions and prefilled values come from it. */
  messageId: string;
  buyerLanguage: Language;
  onClose: () => void;
  /** The rendered body; the composer puts it at the cursor. */
  onInsert: (body: string) => void;
  /** After the closing animation: the moment focus can go back to the editor without the dialog taking it. */
  onClosed?: () => void;
}

/**
 * Choose a template for the open message, personalise it, insert it. A dialog, so the desk's
 * own keys (j/k, Esc = back) stand aside while it is open (use-desk-shortcuts.ts checks for one).
 * Focus is not restored by the dialog: the composer puts it back in the editor itself, after
 * the caret has moved past the inserted text.
 */
export function TemplatePicker({ open, messageId, buyerLanguage, onClose, onInsert, onClosed }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      fullWidth
      maxWidth="md"
      disableRestoreFocus
      aria-labelledby="template-picker-title"
      slotProps={{
        paper: { 'data-testid': 'template-picker' } as object,
        transition: { onExited: onClosed },
      }}
    >
      <DialogTitle id="template-picker-title" sx={{ pr: 6 }}>
        {t('templatePicker.title')}
        <Tooltip title={t('templatePicker.cancel')}>
          <IconButton
            aria-label={t('templatePicker.cancel')}
            onClick={onClose}
            sx={{ position: 'absolute', right: 8, top: 8 }}
            data-testid="template-picker-close"
          >
            <Close />
          </IconButton>
        </Tooltip>
      </DialogTitle>
      <DialogContent dividers>
        {/* Mounted only while open, so every opening starts from the search with a fresh query. */}
        {open && <PickerSteps messageId={messageId} buyerLanguage={buyerLanguage} onInsert={onInsert} />}
      </DialogContent>
    </Dialog>
  );
}

function PickerSteps(props: Pick<Props, 'messageId' | 'buyerLanguage' | 'onInsert'>) {
  const [chosen, setChosen] = useState<Suggestion | null>(null);
  return chosen === null ? (
    <SuggestionStep messageId={props.messageId} buyerLanguage={props.buyerLanguage} onChoose={setChosen} />
  ) : (
    <PersonaliseStep
      key={chosen.templateId}
      suggestion={chosen}
      messageId={props.messageId}
      buyerLanguage={props.buyerLanguage}
      onBack={() => setChosen(null)}
      onInsert={props.onInsert}
    />
  );
}
