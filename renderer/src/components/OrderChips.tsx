import { Chip, Stack } from '@mui/material';
import ReceiptLongOutlined from '@mui/icons-material/ReceiptLongOutlined';

export function OrderChips({
  orderIds,
  size = 'small',
}: {
  orderIds: readonly string[];
  size?: 'small' | 'medium';
}) {
  if (orderIds.length === 0) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {orderIds.map((id) => (
        <Chip
          key={id}
          icon={<ReceiptLongOutlined />}
          label={id}
          size={size}
          variant="outlined"
          sx={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' }}
        />
      ))}
    </Stack>
  );
}
