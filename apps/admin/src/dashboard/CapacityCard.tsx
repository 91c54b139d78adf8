import {
  Card,
  CardContent,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import type { AllocationRow } from '../api/types';
import { formatDecimal, formatFte } from '../lib/format';

/** Places a municipality's posts can hold at the IPS target of 20 per FTE. */
export const TARGET_PER_FTE = 20;

export function capacityOf(fte: number): number {
  return Math.round(fte * TARGET_PER_FTE);
}

export function CapacityCard({ rows }: { rows: readonly AllocationRow[] }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.dashboard.capacity_col.${key}`);
  return (
    <Card component="section" aria-labelledby="capacity-title">
      <CardContent>
        <Typography id="capacity-title" variant="h6" component="h2">
          {translate('app.dashboard.capacity')}
        </Typography>
        <Table size="small" aria-labelledby="capacity-title">
          <TableHead>
            <TableRow>
              <TableCell>{t('municipality')}</TableCell>
              <TableCell align="right">{t('fte')}</TableCell>
              <TableCell align="right">{t('active')}</TableCell>
              <TableCell align="right">{t('capacity')}</TableCell>
              <TableCell align="right">{t('per_fte')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => {
              const capacity = capacityOf(row.fte);
              return (
                <TableRow key={row.municipalityId}>
                  <TableCell component="th" scope="row">
                    {row.municipalityName}
                  </TableCell>
                  <TableCell align="right">{formatFte(row.fte)}</TableCell>
                  <TableCell
                    align="right"
                    sx={{
                      color: row.activeParticipants > capacity ? 'error.main' : undefined,
                      fontWeight: 700,
                    }}
                  >
                    {row.activeParticipants}
                  </TableCell>
                  <TableCell align="right">{capacity}</TableCell>
                  <TableCell align="right">{formatDecimal(row.caseloadPerFte)}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
