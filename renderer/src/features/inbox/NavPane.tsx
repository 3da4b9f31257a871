import { Badge, Box, List, ListItemButton, ListItemIcon, ListItemText, Typography } from '@mui/material';
import AllInboxOutlined from '@mui/icons-material/AllInboxOutlined';
import MarkEmailUnreadOutlined from '@mui/icons-material/MarkEmailUnreadOutlined';
import PersonOutlined from '@mui/icons-material/PersonOutlined';
import DoneAllOutlined from '@mui/icons-material/DoneAllOutlined';
import SendOutlined from '@mui/icons-material/SendOutlined';
import ReportGmailerrorredOutlined from '@mui/icons-material/ReportGmailerrorredOutlined';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ViewCounts, ViewName } from '../../api/desk-types.js';
import { countOf } from './views.js';
import { numberFormat } from '../../lib/intl-cache.js';

const icons: Record<ViewName, ReactElement> = {
  'needs-reply': <MarkEmailUnreadOutlined />,
  all: <AllInboxOutlined />,
  buyer: <PersonOutlined />,
  'no-reply': <DoneAllOutlined />,
  sent: <SendOutlined />,
  spam: <ReportGmailerrorredOutlined />,
};

interface Props {
  views: readonly ViewName[];
  current: ViewName;
  counts: ViewCounts | null;
  onSelect: (view: ViewName) => void;
}

export function NavPane({ views, current, counts, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const nf = numberFormat(i18n.language);
  return (
    <Box component="nav" aria-label={t('views.navLabel')}>
      <List dense>
        {views.map((view) => {
          const count = countOf(counts, view);
          const urgent = view === 'needs-reply' && count !== null && count > 0;
          return (
            <ListItemButton
              key={view}
              selected={view === current}
              onClick={() => onSelect(view)}
              data-view={view}
              sx={{ borderRadius: 2, mx: 1, mb: 0.25 }}
            >
              <ListItemIcon sx={{ minWidth: 36 }}>
                {urgent ? (
                  <Badge color="error" variant="dot">
                    {icons[view]}
                  </Badge>
                ) : (
                  icons[view]
                )}
              </ListItemIcon>
              <ListItemText
                primary={t(`views.${view}`)}
                slotProps={{ primary: { sx: { fontWeight: urgent ? 700 : 400, lineHeight: 1.3 } } }}
              />
              {count !== null && (
                <Typography
                  variant="body2"
                  sx={{ ml: 1, fontWeight: urgent ? 700 : 400 }}
                  color={urgent ? 'error' : 'text.secondary'}
                  data-testid={`count-${view}`}
                >
                  {nf.format(count)}
                </Typography>
              )}
            </ListItemButton>
          );
        })}
      </List>
    </Box>
  );
}
