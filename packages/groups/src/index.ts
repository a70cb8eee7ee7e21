export { createGroupsModule } from './groups.js';
export type {
  Group,
  GroupDetails,
  GroupFaxline,
  GroupNumber,
  GroupsFilter,
  GroupsModule,
  GroupUser,
  GroupVoicemail,
  GroupVoicemailSettings,
} from './groups.types.js';
