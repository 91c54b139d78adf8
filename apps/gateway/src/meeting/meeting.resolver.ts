import { meetings } from '@finsam-se/persistence';
import { defineResource } from '../schema/define-resource.js';
import { ownMunicipalityScope } from '../shared/municipality-scope.js';
import { SeGroupMeetingType } from './meeting.type.js';

/**
 * The SE group's meetings as react-admin reads them (define-resource.ts), each municipality's
 * own for its chief and coaches. The writes and the cadence are in referral.resolver.ts.
 */
export const meetingResource = defineResource({
  name: 'SeGroupMeeting',
  plural: 'SeGroupMeetings',
  type: SeGroupMeetingType,
  filters: { ids: 'ids', q: 'text', municipalityId: 'id' },
  repository: meetings,
  action: 'seGroupMeeting.read',
  scope: ownMunicipalityScope,
  toType: SeGroupMeetingType.from,
  writes: {
    createSeGroupMeeting: 'seGroupMeeting.write',
    updateSeGroupMeeting: 'seGroupMeeting.write',
  },
});
