// Project and effective-date pickers at the top of the reallocation screen.
import { MenuItem, Stack, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { IsoDateInput } from '../common/IsoDateInput';

export interface ProjectOption {
  id: string;
  name: string;
}

export interface ProjectPeriodBarProps {
  projects: readonly ProjectOption[];
  projectId: string | null;
  effectiveFrom: string;
  onProject: (id: string) => void;
  onEffectiveFrom: (date: string) => void;
}

export function ProjectPeriodBar(props: ProjectPeriodBarProps) {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={2} flexWrap="wrap" useFlexGap>
      <TextField
        select
        fullWidth={false}
        size="small"
        sx={{ minWidth: 280 }}
        label={translate('app.reallocation.project')}
        value={props.projectId ?? ''}
        onChange={(e) => props.onProject(e.target.value)}
        slotProps={{ htmlInput: { 'data-testid': 'project-select' } }}
      >
        {props.projects.map((p) => (
          <MenuItem key={p.id} value={p.id}>
            {p.name}
          </MenuItem>
        ))}
      </TextField>
      <IsoDateInput
        size="small"
        label={translate('app.reallocation.effective_from')}
        value={props.effectiveFrom}
        onChange={props.onEffectiveFrom}
        testId="effective-from"
        required
      />
    </Stack>
  );
}
