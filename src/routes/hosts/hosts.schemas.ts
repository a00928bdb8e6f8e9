import { AREAS } from '../../config';
import { HOST_STATUSES, HOST_TYPES, UNDERSTANDING } from '../../domain/types';
import { z } from '../../lib/openapi';
import { PageQuery, pageSchema } from '../../lib/pagination';
import { Text } from '../../lib/schemas';
import { readOnlyFields } from '../read-only-fields';

const HOST_READ_ONLY = ['id', 'version', 'createdAt', 'updatedAt'] as const;

/** Optional text that a PATCH can clear with `null`. */
const Clearable = (max: number) => Text(max).nullable().optional();

const ContactInput = z
  .strictObject({
    person: Clearable(100).openapi({ description: '担当者' }),
    phone: Clearable(30),
    email: z.email({ message: 'メールアドレスの形で入力してください' }).max(200).nullable().optional(),
  })
  .openapi('HostContactInput');

/** The contractor's own id for the row (unique among hosts); a spreadsheet import matches on it. */
const ExternalId = Clearable(64).openapi({ description: '事業者の台帳での番号など（受け入れ先の中で重複不可）' });

const hostFields = {
  externalId: ExternalId,
  name: Text(200),
  nameKana: Clearable(200),
  type: z.enum(HOST_TYPES),
  area: z.enum(AREAS).openapi({ description: '市の地域コード' }),
  address: Clearable(300),
  contact: ContactInput,
  understanding: z.array(z.enum(UNDERSTANDING)).max(UNDERSTANDING.length).openapi({ description: '理解のある分野' }),
  status: z.enum(HOST_STATUSES).openapi({ description: '開拓の段階（prospect から始まります）' }),
  notes: Clearable(4000),
};

export const HostInput = z
  .strictObject({
    ...hostFields,
    contact: ContactInput.default({}),
    understanding: hostFields.understanding.default([]),
    status: hostFields.status.default('prospect'),
    ...readOnlyFields(HOST_READ_ONLY),
  })
  .openapi('HostInput');

export const HostPatch = z
  .strictObject({
    externalId: hostFields.externalId,
    name: hostFields.name.optional(),
    nameKana: hostFields.nameKana,
    type: hostFields.type.optional(),
    area: hostFields.area.optional(),
    address: hostFields.address,
    contact: ContactInput.optional().openapi({ description: '送った項目だけ変わります（null で消去）' }),
    understanding: hostFields.understanding.optional().openapi({ description: '送ると置き換わります' }),
    status: hostFields.status.optional(),
    notes: hostFields.notes,
    ...readOnlyFields(HOST_READ_ONLY),
  })
  .openapi('HostPatch');

export const Host = z
  .object({
    id: z.string(),
    externalId: z.string().nullable(),
    name: z.string(),
    nameKana: z.string().nullable(),
    type: z.enum(HOST_TYPES),
    area: z.string(),
    address: z.string().nullable(),
    contact: z.object({ person: z.string().optional(), phone: z.string().optional(), email: z.string().optional() }),
    understanding: z.array(z.string()),
    status: z.enum(HOST_STATUSES),
    notes: z.string().nullable().optional().openapi({ description: '職員のメモ（受け入れ先自身には返されません）' }),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Host');

export const HostList = pageSchema(Host).openapi('HostList');

export const HostListQuery = PageQuery.extend({
  area: z.enum(AREAS).optional(),
  type: z.enum(HOST_TYPES).optional(),
  status: z.enum(HOST_STATUSES).optional(),
});
