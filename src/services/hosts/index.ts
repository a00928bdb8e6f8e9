export { createHost, getHost, listHosts, updateHost } from './hosts';
export type { HostChanges, HostFields, HostListRequest, HostView } from './hosts';
