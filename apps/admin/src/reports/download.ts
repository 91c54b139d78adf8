import { authHeaders } from '../api/graphqlFetch';
import { readToken } from '../auth/session';

/** Saves a blob as a file through a temporary link (the browser's own download). */
function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

// Saves the gateway's CSV (BOM already included) as a file.
export function downloadCsv(csv: string, fileName: string): void {
  saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName);
}

/** The gateway's report names in export paths are the GraphQL query names without "Report". */
export function reportExportPath(report: string, query: Record<string, string | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  return `/export/report/${report.replace(/Report$/, '')}.xlsx?${params.toString()}`;
}

/**
 * Downloads an Excel file from the gateway's /export paths. It is fetched with the session's
 * bearer header (so the token never stands in a URL) and saved from the answer; a refusal
 * is thrown with the gateway's error code.
 */
export async function downloadXlsx(path: string, fileName: string): Promise<void> {
  const response = await fetch(path, { headers: authHeaders(readToken()) });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { code?: string } } | null;
    throw new Error(body?.error?.code ?? `HTTP_${response.status}`);
  }
  saveBlob(await response.blob(), fileName);
}
