import EventIcon from '@mui/icons-material/EventOutlined';
import { Card, CardContent, type Theme, useMediaQuery } from '@mui/material';
import {
  BooleanField,
  Datagrid,
  FilterList,
  FilterListItem,
  List,
  NumberField,
  type RaRecord,
  ReferenceField,
  Show,
  SimpleList,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { ExcelListActions } from '../lib/ExcelListActions';
import { IsoDateField } from '../common/fields';
import { RecordFollowUpButton } from './RecordFollowUpButton';
import { csvExporter } from '../lib/csvExport';

function Fields() {
  return [
    <ReferenceField
      key="e"
      source="enrollmentId"
      sortable={false}
      reference="Enrollment"
      link="show"
    >
      <TextField source="participantName" sortable={false} />
    </ReferenceField>,
    <NumberField key="m" source="monthsAfter" />,
    <IsoDateField key="d" source="dueOn" />,
    <IsoDateField key="o" source="doneOn" sortable={false} />,
    <BooleanField key="w" source="working" sortable={false} />,
    <BooleanField key="s" source="studying" sortable={false} />,
  ];
}

const VIEWS = {
  todo: { recordable: true },
  overdue: { overdue: true },
  later: { recordable: false },
  done: { done: true },
} as const;
const NONE = { recordable: undefined, overdue: undefined, done: undefined };

/**
 * What a coach needs first: follow-ups to do now (overdue or within the four weeks they
 * may be recorded), by due date. The gateway decides "now" with its Stockholm clock.
 */
function FollowUpViews() {
  return (
    <Card
      sx={{
        order: -1,
        mr: { xs: 0, sm: 2 },
        mt: 2,
        alignSelf: { xs: 'stretch', sm: 'flex-start' },
        minWidth: { xs: 0, sm: 220 },
      }}
    >
      <CardContent>
        <FilterList label="app.followUp.show" icon={<EventIcon />}>
          {(Object.keys(VIEWS) as (keyof typeof VIEWS)[]).map((view) => (
            <FilterListItem
              key={view}
              label={`app.followUp.${view}`}
              value={{ ...NONE, ...VIEWS[view] }}
              // react-admin's unnamed remove button fails axe's button-name; pressing the
              // chosen view again clears it just the same.
              secondaryAction={null}
            />
          ))}
        </FilterList>
      </CardContent>
    </Card>
  );
}

/** On a phone a simple list (react-admin's demo pattern): the person, due date, done. */
function FollowUpSimpleList() {
  const translate = useTranslate();
  return (
    <SimpleList
      linkType="show"
      primaryText={
        <ReferenceField source="enrollmentId" reference="Enrollment" link={false}>
          <TextField source="participantName" />
        </ReferenceField>
      }
      secondaryText={(record: RaRecord) =>
        `${translate('resources.FollowUp.fields.dueOn')}: ${String(record.dueOn)}`
      }
      tertiaryText={(record: RaRecord) =>
        record.doneOn
          ? `${translate('resources.FollowUp.fields.doneOn')}: ${String(record.doneOn)}`
          : `${translate('resources.FollowUp.fields.monthsAfter')}: ${String(record.monthsAfter)}`
      }
    />
  );
}

export function FollowUpList() {
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  return (
    <List
      actions={<ExcelListActions />}
      exporter={csvExporter}
      sort={{ field: 'dueOn', order: 'ASC' }}
      perPage={25}
      filterDefaultValues={VIEWS.todo}
      aside={<FollowUpViews />}
      // On a phone the views stand above the list instead of squeezing it.
      sx={{ flexDirection: { xs: 'column', sm: 'row' } }}
    >
      {phone ? (
        <FollowUpSimpleList />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          {Fields()}
          <RecordFollowUpButton />
        </Datagrid>
      )}
    </List>
  );
}

export function FollowUpShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <RecordFollowUpButton />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>{Fields()}</SimpleShowLayout>
    </Show>
  );
}
