// The panel's custom pages, each in its own chunk: loaded when its route is first opened,
// not with the login page (App.tsx places them in CustomRoutes).
import { lazyNamed } from './lib/lazyNamed';

export const ReallocationPage = lazyNamed(
  () => import('./reallocationPlanning/ReallocationPage'),
  'ReallocationPage',
);
export const ReportsPage = lazyNamed(() => import('./reports/ReportsPage'), 'ReportsPage');
export const RetentionPage = lazyNamed(() => import('./retention/RetentionPage'), 'RetentionPage');
export const TodoPage = lazyNamed(() => import('./todo/TodoPage'), 'TodoPage');
export const OutboxPage = lazyNamed(() => import('./outbox/OutboxPage'), 'OutboxPage');
export const AuditLogPage = lazyNamed(() => import('./audit/AuditLogPage'), 'AuditLogPage');
export const QuestionnairesPage = lazyNamed(
  () => import('./surveys/QuestionnairesPage'),
  'QuestionnairesPage',
);
export const AccessibilityStatementPage = lazyNamed(
  () => import('./accessibility/AccessibilityStatementPage'),
  'AccessibilityStatementPage',
);
export const BoardReportPrintPage = lazyNamed(
  () => import('./boardReports/BoardReportPrintPage'),
  'BoardReportPrintPage',
);
export const BoardReportsPage = lazyNamed(
  () => import('./boardReports/BoardReportsPage'),
  'BoardReportsPage',
);
export const ImportPage = lazyNamed(() => import('./import/ImportPage'), 'ImportPage');
