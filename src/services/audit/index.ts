/** What routes and pages may do with the audit log. Writing rows beside a change is `rows.ts`, for services. */
export { listAuditEvents, type AuditEventListRequest } from './list';
export { recordRefusal } from './refusals';
