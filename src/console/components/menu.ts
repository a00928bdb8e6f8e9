import type { Role } from '../../domain/roles';

export type MenuItem = { href: string; label: string };

const CASEWORK: MenuItem[] = [
  { href: '/participants', label: '参加者' },
  { href: '/catalog', label: '受け入れメニューを探す' },
  { href: '/catalog/import', label: '一覧表から取り込む' },
];

/** 多機関協働: the coordinator's work, which the admin may do too. */
const COORDINATION: MenuItem[] = [
  { href: '/follow-ups', label: 'フォローアップ' },
  { href: '/host-support', label: '受け入れ先の支援' },
  { href: '/reports', label: '集計レポート' },
  { href: '/unmet-needs', label: '資源開拓' },
];

/** The role decides the menu; each role's pages add their entries here. */
export const MENUS: Record<Role, MenuItem[]> = {
  supporter: CASEWORK,
  coordinator: [...CASEWORK, ...COORDINATION],
  admin: [...CASEWORK, ...COORDINATION, { href: '/users', label: '利用者' }, { href: '/audit', label: '操作の記録' }],
  host: [
    { href: '/openings', label: '受け入れメニュー' },
    { href: '/proposals', label: '提案への返事' },
    { href: '/people', label: '受け入れている人' },
    { href: '/consult', label: '相談したい' },
  ],
};
