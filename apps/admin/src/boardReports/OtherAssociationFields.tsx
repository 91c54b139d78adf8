// Another förbund names whose published figures it prints: the förbund's and the project's ids.
import { TextField } from '@mui/material';
import type { BoardReportTexts } from './boardReportTexts';

export function OtherAssociationFields({
  texts: t,
  associationId,
  projectId,
  onAssociation,
  onProject,
}: {
  texts: BoardReportTexts;
  associationId: string;
  projectId: string;
  onAssociation: (id: string) => void;
  onProject: (id: string) => void;
}) {
  return (
    <>
      <TextField
        size="small"
        label={t.association}
        value={associationId}
        onChange={(e) => onAssociation(e.target.value.trim())}
      />
      <TextField
        size="small"
        label={t.projectId}
        value={projectId}
        onChange={(e) => onProject(e.target.value.trim())}
      />
    </>
  );
}
