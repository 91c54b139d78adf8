// A list's toolbar as react-admin's default (filter, create, CSV export) plus an Excel button
// that downloads the whole filtered list from the gateway's /export/list path.
import DownloadIcon from '@mui/icons-material/Download';
import {
  Button,
  CreateButton,
  ExportButton,
  FilterButton,
  TopToolbar,
  useFilterContext,
  useListContext,
  useNotify,
  useResourceContext,
  useResourceDefinition,
} from 'react-admin';
import { downloadXlsx } from '../reports/download';

/** The gateway's list export path with the list's current filter (empty values left out). */
export function listExportPath(resource: string, filter: Record<string, unknown>): string {
  const used = Object.fromEntries(
    Object.entries(filter).filter(([, value]) => value !== '' && value !== undefined),
  );
  const query =
    Object.keys(used).length === 0 ? '' : `?filter=${encodeURIComponent(JSON.stringify(used))}`;
  return `/export/list/${resource}.xlsx${query}`;
}

export function ExcelListButton() {
  const resource = useResourceContext() ?? '';
  const { filterValues, total } = useListContext();
  const notify = useNotify();
  return (
    <Button
      label="Excel"
      disabled={total === 0}
      onClick={() =>
        downloadXlsx(listExportPath(resource, filterValues), `${resource}.xlsx`).catch(() =>
          notify('app.error.load', { type: 'error' }),
        )
      }
    >
      <DownloadIcon />
    </Button>
  );
}

export function ExcelListActions() {
  const { total } = useListContext();
  const { hasCreate } = useResourceDefinition();
  // FilterButton throws on a list without filters (the follow-up list): the page showed
  // only react-admin's error screen.
  const filters = useFilterContext();
  return (
    <TopToolbar>
      {filters && filters.length > 0 && <FilterButton />}
      {hasCreate && <CreateButton />}
      <ExportButton disabled={total === 0} />
      <ExcelListButton />
    </TopToolbar>
  );
}
