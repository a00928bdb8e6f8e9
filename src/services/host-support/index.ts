export {
  createHostSupportRecord,
  getHostSupportRecord,
  listHostSupportRecords,
  setHostSupportSharing,
  type HostSupportView,
  type NewHostSupportRecord,
} from './host-support';
