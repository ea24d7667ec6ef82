/** Colour names for status badges (Tailwind palette names). */
export const BADGE_COLOURS = ['gray', 'slate', 'blue', 'indigo', 'purple', 'amber', 'green', 'red'] as const;

/** A badge colour name. */
export type BadgeColour = (typeof BADGE_COLOURS)[number];

/** How a status is shown: label text and badge colour. */
export type StatusDisplay = {
  readonly label: string;
  readonly colour: BadgeColour;
};
