export { createHostSupportRecord, listHostSupportRecords, type HostSupportView, type NewHostSupportRecord } from './host-support';
