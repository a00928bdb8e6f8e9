/**
 * The `tsunagu` taxonomy of the HSDS export: what the catalog knows beyond HSDS's own fields (what
 * kind of place, which step of the participation ladder, the environment, the support offered,
 * pay, the host's type and understanding, the city area), as HSDS taxonomy terms. Every code is
 * listed, used or not, so an importer learns the whole vocabulary once. Codes are
 * `dimension:value`; each dimension is a parent term of its values.
 */
import { AREA_LABELS, AREAS } from '../../config';
import { HOST_TYPE_LABELS, OPPORTUNITY_KIND_LABELS, PAY_LABELS, UNDERSTANDING_LABELS } from '../catalog/labels';
import { CONVERSATION_LABELS, GROUP_SIZE_LABELS, STEP_LABELS, SUPPORT_LABELS } from '../matching/labels';
import { CONVERSATION_LEVELS, GROUP_SIZES, HOST_TYPES, OPPORTUNITY_KINDS, PAY_KINDS, STEPS, SUPPORTS, UNDERSTANDING } from '../types';
import type { HsdsTaxonomy, HsdsTaxonomyTerm } from './types';
import { uuidFor } from './uuid';

const TAXONOMY_NAME = 'tsunagu';
const TAXONOMY_ID = uuidFor(`taxonomy:${TAXONOMY_NAME}`);

/** The HSDS id of the term with this code. */
function termId(code: string): string {
  return uuidFor(`taxonomy_term:${TAXONOMY_NAME}:${code}`);
}

type Dimension = { code: string; name: string; description: string; values: [code: string, name: string][] };

const DIMENSIONS: Dimension[] = [
  {
    code: 'kind',
    name: '受け入れメニューの種類',
    description: '居場所、ボランティア、就労体験など、そこで何をするか',
    values: OPPORTUNITY_KINDS.map((kind) => [kind, OPPORTUNITY_KIND_LABELS[kind]]),
  },
  {
    code: 'step',
    name: '参加の段階',
    description: '1 居場所 → 2 交流・軽い役割 → 3 ボランティア・就労体験 → 4 中間的就労 → 5 一般就労 のどの段階にあたるか',
    values: STEPS.map((step) => [String(step), `段階${step} ${STEP_LABELS[step]}`]),
  },
  {
    code: 'environment',
    name: '環境',
    description: '人数、会話の量、接客や電話の有無など、その場の環境（接客・電話は value が true / false）',
    values: [
      ...GROUP_SIZES.map((size): [string, string] => [`group_size:${size}`, `人数: ${GROUP_SIZE_LABELS[size]}`]),
      ...CONVERSATION_LEVELS.map((level): [string, string] => [`conversation:${level}`, `会話: ${CONVERSATION_LABELS[level]}`]),
      ['customer_facing', '接客'],
      ['phone', '電話対応'],
    ],
  },
  {
    code: 'support',
    name: '受けられる配慮・支援',
    description: '見学、同行、静かに休める場所など、受け入れ先が用意している配慮',
    values: SUPPORTS.map((support) => [support, SUPPORT_LABELS[support]]),
  },
  {
    code: 'pay',
    name: '謝礼・賃金',
    description: '参加した人が受け取るもの',
    values: PAY_KINDS.map((pay) => [pay, PAY_LABELS[pay]]),
  },
  {
    code: 'host_type',
    name: '受け入れ先の種類',
    description: '企業、NPO法人、商店、農園など、受け入れ先の組織の種類',
    values: HOST_TYPES.map((type) => [type, HOST_TYPE_LABELS[type]]),
  },
  {
    code: 'understanding',
    name: '理解のある分野',
    description: '受け入れ先が理解と受け入れの経験を持つ分野',
    values: UNDERSTANDING.map((field) => [field, UNDERSTANDING_LABELS[field]]),
  },
  {
    code: 'area',
    name: '地域',
    description: '市内の地域',
    values: AREAS.map((area) => [area, AREA_LABELS[area] ?? area]),
  },
];

export const TSUNAGU_TAXONOMY: HsdsTaxonomy = {
  id: TAXONOMY_ID,
  name: TAXONOMY_NAME,
  description: 'Tsunagu（つなぐ）参加支援の受け入れ先カタログの分類。受け入れメニューの種類、参加の段階、環境、配慮、受け入れ先の種類など',
};

export const TSUNAGU_TERMS: HsdsTaxonomyTerm[] = DIMENSIONS.flatMap((dimension) => {
  const parent = term(dimension.code, dimension.name, dimension.description);
  return [
    parent,
    ...dimension.values.map(([value, name]) => ({
      ...term(`${dimension.code}:${value}`, name, `${dimension.name}: ${name}`),
      parent_id: parent.id,
    })),
  ];
});

function term(code: string, name: string, description: string): HsdsTaxonomyTerm {
  return { id: termId(code), code, name, description, taxonomy_id: TAXONOMY_ID, language: 'ja' };
}
