import { useState } from 'react';
import { Alert, Box, Button, Stack, Tooltip, Typography } from '@mui/material';
import ArrowDropDown from '@mui/icons-material/ArrowDropDown';
import AssignmentIndOutlined from '@mui/icons-material/AssignmentIndOutlined';
import DoneAllOutlined from '@mui/icons-material/DoneAllOutlined';
import LabelOutlined from '@mui/icons-material/LabelOutlined';
import ReportGmailerrorredOutlined from '@mui/icons-material/ReportGmailerrorredOutlined';
import { useTranslation } from 'react-i18next';
import type { MessageMeta } from '../../api/desk-types.js';
import { CategoryChip, effectiveCategoryOf } from '../../components/CategoryChip.js';
import type { TriageTarget } from './triage-target.js';
import { AssignMenu, CategoryMenu } from './TriageMenus.js';
import type { TriageActions } from './use-triage-actions.js';
import { useStaff } from './use-staff.js';

interface Props {
  target: TriageTarget;
  /** The latest buyer message, whose category the chip shows. */
  latest: MessageMeta | null;
  actions: TriageActions;
}

function Kbd({ k }: { k: string }) {
  return (
    <Box
      component="kbd"
      sx={{
        ml: 0.75,
        px: 0.5,
        fontSize: 11,
        border: 1,
        borderColor: 'divider',
        borderRadius: 0.5,
        fontFamily: 'inherit',
        opacity: 0.8,
      }}
    >
      {k}
    </Box>
  );
}

/** The conversation's triage state and what staff can do about it, above the messages. */
export function TriageBar({ target, latest, actions }: Props) {
  const { t } = useTranslation();
  const staff = useStaff();
  const [categoryAnchor, setCategoryAnchor] = useState<HTMLElement | null>(null);
  const [assignAnchor, setAssignAnchor] = useState<HTMLElement | null>(null);
  if (latest === null) return null;
  const effective = effectiveCategoryOf(latest);
  // The rule cues come first; past a handful the rest are n-grams that explain little.
  const cues = effective !== null && !effective.staffSet ? effective.cues.slice(0, 5) : [];
  const open = target.openIds.length > 0;
  const suggest =
    open && (target.category === 'thanks' || target.category === 'spam') ? target.category : null;
  return (
    <Box data-testid="triage-bar" sx={{ mb: 2, ml: 5 }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <CategoryChip message={latest} size="pane" onClick={(e) => setCategoryAnchor(e.currentTarget)} />
        {cues.length > 0 && (
          <Typography variant="caption" color="text.secondary" data-testid="category-cues">
            {cues.join(t('triage.chip.cueSeparator'))}
            {effective?.confidence != null &&
              ` · ${t('triage.chip.confidence', { pct: Math.round(effective.confidence * 100) })}`}
          </Typography>
        )}
        {target.assignee !== null && (
          <Typography
            variant="caption"
            sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}
            data-testid="assignee"
          >
            <AssignmentIndOutlined sx={{ fontSize: 16 }} />
            {t('triage.assignee.assignTo', { name: staff.nameOf(target.assignee) })}
          </Typography>
        )}
      </Stack>
      <Stack
        direction="row"
        spacing={1}
        useFlexGap
        sx={{ flexWrap: 'wrap' }}
        role="toolbar"
        aria-label={t('triage.actions.toolbar')}
      >
        <Button
          size="small"
          variant="outlined"
          startIcon={<LabelOutlined />}
          endIcon={<ArrowDropDown />}
          data-testid="change-category"
          onClick={(e) => setCategoryAnchor(e.currentTarget)}
        >
          {t('triage.actions.changeCategory')}
        </Button>
        <Tooltip title={`${t('triage.shortcuts.noReply')} (e)`}>
          <span>
            <Button
              size="small"
              variant={suggest === 'thanks' ? 'contained' : 'outlined'}
              startIcon={<DoneAllOutlined />}
              disabled={!open}
              data-testid="mark-no-reply"
              onClick={() => void actions.perform({ kind: 'no-reply', target })}
            >
              {t('triage.actions.noReply')}
              <Kbd k="e" />
            </Button>
          </span>
        </Tooltip>
        <Button
          size="small"
          variant="outlined"
          color="warning"
          startIcon={<ReportGmailerrorredOutlined />}
          data-testid="report-spam"
          disabled={target.buyerIds.length === 0}
          onClick={() => void actions.perform({ kind: 'report', target })}
        >
          {t('triage.actions.report')}
          <Kbd k="!" />
        </Button>
        <Button
          size="small"
          variant="outlined"
          color="inherit"
          startIcon={<AssignmentIndOutlined />}
          endIcon={<ArrowDropDown />}
          data-testid="assign"
          disabled={target.buyerIds.length === 0}
          onClick={(e) => {
            staff.reload();
            setAssignAnchor(e.currentTarget);
          }}
        >
          {target.assignee === null ? t('triage.actions.assign') : staff.nameOf(target.assignee)}
        </Button>
      </Stack>
      {suggest !== null && (
        <Alert
          severity="info"
          data-testid="triage-suggestion"
          sx={{ mt: 1.5 }}
          action={
            <Stack direction="row" spacing={1}>
              {suggest === 'spam' && (
                <Button
                  color="inherit"
                  size="small"
                  onClick={() => void actions.perform({ kind: 'report', target })}
                >
                  {t('triage.actions.report')}
                </Button>
              )}
              <Button
                color="inherit"
                size="small"
                variant="outlined"
                data-testid="suggestion-no-reply"
                onClick={() => void actions.perform({ kind: 'no-reply', target })}
              >
                {t('triage.actions.noReply')}
              </Button>
            </Stack>
          }
        >
          {t(`triage.suggest.${suggest}`)}
        </Alert>
      )}
      <CategoryMenu
        anchor={categoryAnchor}
        onClose={() => setCategoryAnchor(null)}
        current={target.category}
        onPick={(category) => void actions.perform({ kind: 'category', target, category })}
      />
      <AssignMenu
        anchor={assignAnchor}
        onClose={() => setAssignAnchor(null)}
        staff={staff.members}
        current={target.assignee}
        onPick={(s) => void actions.perform({ kind: 'assign', target, staff: s })}
      />
    </Box>
  );
}
