/** One cookie per person, so two people sharing a browser each get their own checklist. */
export const checklistCookieName = (userId: string) => `tl_checklist_dismissed_${userId}`;
