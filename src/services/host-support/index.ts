export {
  createHostSupportRecord, getHostSupportRecord, listHostSupportRecords, type HostSupportView, type NewHostSupportRecord,
} from './host-support';
