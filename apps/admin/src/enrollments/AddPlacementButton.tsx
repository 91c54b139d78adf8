// "Ny placering" on an enrollment: the placement form opens with this enrollment chosen, so
// a coach need not find the person again among every enrollment.
import { CreateButton, useRecordContext } from 'react-admin';

export function AddPlacementButton() {
  const record = useRecordContext<{ id: string; dischargedOn: string | null }>();
  if (!record || record.dischargedOn) return null;
  return (
    <CreateButton
      resource="Placement"
      label="app.enrollment.add_placement"
      state={{ record: { enrollmentId: record.id } }}
    />
  );
}
