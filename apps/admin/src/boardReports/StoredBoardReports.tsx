// The stored board reports, newest first, each downloaded exactly as stored.
import {
  Button,
  Card,
  CardContent,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useNotify } from 'react-admin';
import { downloadXlsx } from '../reports/download';
import type { StoredBoardReport } from './boardReportOperations';
import type { BoardReportTexts } from './boardReportTexts';

export function StoredBoardReports({
  reports,
  texts: t,
}: {
  reports: readonly StoredBoardReport[];
  texts: BoardReportTexts;
}) {
  const notify = useNotify();
  return (
    <Card>
      <CardContent>
        <Typography variant="h6" component="h2">
          {t.stored}
        </Typography>
        {reports.length === 0 ? (
          <Typography variant="body2">{t.none}</Typography>
        ) : (
          <Table size="small" data-testid="board-report-list">
            <TableHead>
              <TableRow>
                <TableCell>{t.period}</TableCell>
                <TableCell>{t.project}</TableCell>
                <TableCell>{t.producedAt}</TableCell>
                <TableCell>{t.producedBy}</TableCell>
                <TableCell>{t.checksum}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {reports.map((report) => (
                <TableRow key={report.id}>
                  <TableCell>{report.title}</TableCell>
                  <TableCell>{report.projectName}</TableCell>
                  <TableCell>{report.producedAt.slice(0, 16).replace('T', ' ')}</TableCell>
                  <TableCell>{report.producedByName}</TableCell>
                  <TableCell>
                    <code title={report.sha256}>{report.sha256.slice(0, 12)}</code>
                  </TableCell>
                  <TableCell>
                    <Button
                      size="small"
                      startIcon={<DownloadIcon />}
                      onClick={() =>
                        downloadXlsx(
                          report.downloadPath,
                          `${report.title} ${report.projectName}.pdf`,
                        ).catch(() => notify('app.error.load', { type: 'error' }))
                      }
                    >
                      {t.download}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
