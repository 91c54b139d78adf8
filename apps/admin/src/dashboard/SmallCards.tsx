import {
  Button,
  Card,
  CardContent,
  LinearProgress,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import type { AttestationDue } from '../api/types';
import { canListResource } from '../auth/roles';
import { usePolicy } from '../auth/permissions';
import { formatMoney, formatPercent } from '../lib/format';

export function BudgetCard({ budget, committed }: { budget: number; committed: number }) {
  const translate = useTranslate();
  const share = budget > 0 ? committed / budget : null;
  return (
    <Card component="section" aria-labelledby="budget-title">
      <CardContent>
        <Typography id="budget-title" variant="h6" component="h2">
          {translate('app.dashboard.budget')}
        </Typography>
        <Typography variant="h4" component="p" data-testid="budget-used">
          {formatMoney(committed)}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('app.dashboard.budget_of', {
            budget: formatMoney(budget),
            share: formatPercent(share),
          })}
        </Typography>
        <LinearProgress
          sx={{ mt: 1 }}
          variant="determinate"
          value={Math.min(100, (share ?? 0) * 100)}
          color={share !== null && share > 1 ? 'error' : 'primary'}
          aria-label={translate('app.dashboard.budget')}
        />
      </CardContent>
    </Card>
  );
}

export function ReferralsCard({ waiting }: { waiting: number }) {
  const translate = useTranslate();
  // The board reads the count, not the referrals (it lists no people).
  const lists = canListResource(usePolicy(), 'Referral');
  return (
    <Card component="section" aria-labelledby="referrals-title">
      <CardContent>
        <Typography id="referrals-title" variant="h6" component="h2">
          {translate('app.dashboard.referrals')}
        </Typography>
        <Typography variant="h3" component="p" data-testid="referrals-waiting">
          {waiting}
        </Typography>
        {lists && (
          <Button
            component={Link}
            to={`/Referral?filter=${encodeURIComponent(JSON.stringify({ state: 'RECEIVED' }))}`}
          >
            {translate('app.dashboard.show_referrals')}
          </Button>
        )}
      </CardContent>
    </Card>
  );
}

export function AttestationsCard({ due }: { due: readonly AttestationDue[] }) {
  const translate = useTranslate();
  return (
    <Card component="section" aria-labelledby="attestations-title">
      <CardContent>
        <Typography id="attestations-title" variant="h6" component="h2">
          {translate('app.dashboard.attestations')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('app.dashboard.attestations_hint')}
        </Typography>
        {due.length === 0 ? (
          <Typography>{translate('app.dashboard.no_attestations')}</Typography>
        ) : (
          <List dense>
            {due.map((d) => (
              <ListItem key={`${d.municipalityId}-${d.halfYear}`}>
                <ListItemText primary={d.municipalityName} secondary={d.halfYear} />
              </ListItem>
            ))}
          </List>
        )}
      </CardContent>
    </Card>
  );
}
