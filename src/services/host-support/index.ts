export { createHostSupportRecord, listHostSupportRecords, type HostSupportView } from './host-support';
