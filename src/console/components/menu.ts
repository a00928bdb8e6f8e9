import type { Role } from '../../domain/roles';

export type MenuItem = { href: string; label: string };

const CASEWORK: MenuItem[] = [
  { href: '/participants', label: '参加者' },
  { href: '/catalog', label: '受け入れメニューを探す' },
];

/** The role decides the menu; each role's pages add their entries here. */
export const MENUS: Record<Role, MenuItem[]> = {
  supporter: CASEWORK,
  coordinator: CASEWORK,
  admin: [...CASEWORK, { href: '/users', label: '利用者' }, { href: '/audit', label: '操作の記録' }],
  host: [],
};
