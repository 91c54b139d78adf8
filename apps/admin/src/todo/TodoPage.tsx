// "Att göra": what is due for the signed-in user, from the same data the scheduled jobs use.
import {
  Alert,
  Box,
  Card,
  CardContent,
  Chip,
  Link,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { useFinsamQuery } from '../api/useFinsamQuery';
import { formatDate } from '../lib/format';
import { myTasks } from './todoOperations';

export function TodoPage() {
  const translate = useTranslate();
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`app.todo.${key}`, options);
  const tasks = useFinsamQuery(['myTasks'], myTasks);
  const items = tasks.data ?? [];
  return (
    <Box sx={{ p: 2 }}>
      <Title title={t('title')} />
      <Card>
        <CardContent>
          <Typography variant="h5" component="h1">
            {t('title')}
          </Typography>
          {tasks.error !== undefined && (
            <Alert severity="error">
              {translate(
                tasks.error instanceof Error
                  ? tasks.error.message
                  : 'app.error.INTERNAL_SERVER_ERROR',
              )}
            </Alert>
          )}
          {!tasks.loading && tasks.error === undefined && items.length === 0 && (
            <Typography>{t('empty')}</Typography>
          )}
          <List aria-label={t('title')}>
            {items.map((item) => (
              <ListItem key={item.id} divider data-testid="todo-item">
                <ListItemText
                  primary={item.link ? <Link href={item.link}>{item.title}</Link> : item.title}
                  secondary={item.dueOn ? t('due', { date: formatDate(item.dueOn) }) : null}
                />
                <Chip size="small" label={t(`kind.${item.kind}`)} sx={{ mr: 1 }} />
                {item.overdue && <Chip size="small" color="warning" label={t('overdue')} />}
              </ListItem>
            ))}
          </List>
        </CardContent>
      </Card>
    </Box>
  );
}
