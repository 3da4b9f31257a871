import { useState } from 'react';
import { Divider, IconButton, ListSubheader, Menu, MenuItem, Tooltip } from '@mui/material';
import MoreVert from '@mui/icons-material/MoreVert';
import { useTranslation } from 'react-i18next';
import type { RedecodeCharset } from '../../api/desk-types.js';
import { REDECODE_MENU } from './charsets.js';

interface Props {
  currentCharset: string | null;
  onRaw: () => void;
  onRedecode: (charset: RedecodeCharset) => void;
}

export function MessageActions({ currentCharset, onRaw, onRedecode }: Props) {
  const { t } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const close = () => setAnchor(null);
  return (
    <>
      <Tooltip title={t('body.more')}>
        <IconButton size="small" aria-label={t('body.more')} onClick={(e) => setAnchor(e.currentTarget)}>
          <MoreVert fontSize="small" />
        </IconButton>
      </Tooltip>
      <Menu
        anchorEl={anchor}
        open={anchor !== null}
        onClose={close}
        slotProps={{ paper: { sx: { maxHeight: 480 } } }}
      >
        <MenuItem
          onClick={() => {
            close();
            onRaw();
          }}
        >
          {t('body.rawSource')}
        </MenuItem>
        <Divider />
        <ListSubheader>{t('body.redecode')}</ListSubheader>
        {REDECODE_MENU.map(({ charset, label }) => (
          <MenuItem
            key={charset}
            dense
            selected={currentCharset?.toLowerCase() === charset}
            onClick={() => {
              close();
              onRedecode(charset);
            }}
          >
            {label}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
