import type { Actor, OrgKind } from '@/lib/authz/actor';

export type NavItem = { href: string; label: string; slug: string };

const dashboard: NavItem = { href: '/dashboard', label: 'Dashboard', slug: 'dashboard' };
const review: NavItem = { href: '/review', label: 'Review queue', slug: 'review' };
const products: NavItem = { href: '/products', label: 'Products', slug: 'products' };
const submissions: NavItem = { href: '/submissions', label: 'Submissions', slug: 'submissions' };
const assignments: NavItem = { href: '/assignments', label: 'Assignments', slug: 'assignments' };
const organization: NavItem = { href: '/organization', label: 'Organisation', slug: 'organization' };
const settings: NavItem = { href: '/settings', label: 'Settings', slug: 'settings' };
const platformAdmin: NavItem = { href: '/admin', label: 'Platform admin', slug: 'admin' };
// Certificate lifecycle, vulnerabilities and notifications.
const certificates: NavItem = { href: '/certificates', label: 'Certificates', slug: 'certificates' };
const vulnerabilities: NavItem = { href: '/vulnerabilities', label: 'Vulnerabilities', slug: 'vulnerabilities' };
/** The inbox; the navigation shows the unread count next to it. */
export const inbox: NavItem = { href: '/inbox', label: 'Inbox', slug: 'inbox' };
const components: NavItem = { href: '/components', label: 'Components', slug: 'components' };
const deployments: NavItem = { href: '/deployments', label: 'Deployments', slug: 'deployments' };
const diversity: NavItem = { href: '/diversity', label: 'Diversity', slug: 'diversity' };
// Continuous monitoring: advisories, the vendors' CRA tasks, the operators' affected deployments.
const advisories: NavItem = { href: '/advisories', label: 'Advisories', slug: 'advisories' };
const vulnerabilityTasks: NavItem = { href: '/vulnerability-tasks', label: 'Vulnerability tasks', slug: 'vulnerability-tasks' };
const affectedDeployments: NavItem = { href: '/affected-deployments', label: 'Affected deployments', slug: 'affected-deployments' };
const componentSearch: NavItem = { href: '/component-search', label: 'Component search', slug: 'component-search' };

/** The portal's main navigation per organisation kind. Only pages that exist are linked. */
export const navItemsByKind: Record<OrgKind, readonly NavItem[]> = {
  vendor: [dashboard, inbox, products, submissions, certificates, vulnerabilities, vulnerabilityTasks, advisories, organization],
  lab: [dashboard, inbox, assignments, componentSearch, vulnerabilities, organization],
  regulator: [dashboard, inbox, review, submissions, componentSearch, diversity, certificates, vulnerabilities, advisories, vulnerabilityTasks, organization],
  operator: [dashboard, inbox, components, deployments, affectedDeployments, diversity, vulnerabilities, organization],
};

/** Items the caller sees, in order; the server still refuses pages they may not open. */
export function navItemsFor(actor: Pick<Actor, 'orgKind' | 'isPlatformAdmin'>): NavItem[] {
  return [...navItemsByKind[actor.orgKind], ...(actor.isPlatformAdmin ? [platformAdmin] : []), settings];
}

/** True when `pathname` is the item's page or below it. */
export function isCurrent(item: Pick<NavItem, 'href'>, pathname: string): boolean {
  return pathname === item.href || pathname.startsWith(`${item.href}/`);
}
