export { createHost, getHost, listHosts, updateHost } from './hosts';
export type { HostFields, HostListQuery, HostPatch, HostView } from './hosts';
