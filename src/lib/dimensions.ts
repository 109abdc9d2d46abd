/** The six scored dimensions, exactly those of the 2022 study, in its order. */
export const DIMENSION_IDS = [
  'alignment',
  'staffing',
  'personalization',
  'effort',
  'brand',
  'automation',
] as const;
export type TDimensionId = (typeof DIMENSION_IDS)[number];

export type TDimension = { id: TDimensionId; label: string; summary: string };

export const DIMENSIONS: readonly TDimension[] = [
  {
    id: 'alignment',
    label: 'Alignment on digital strategy',
    summary: 'Do CX, sales, marketing, service and design pursue one digital strategy together?',
  },
  {
    id: 'staffing',
    label: 'Staffing and resources',
    summary: 'Are UX, analytics, service, sales and marketing staffed for digital engagement?',
  },
  {
    id: 'personalization',
    label: 'Personalization and customer intelligence',
    summary: 'How deep is the data you personalize with, and do you act on what you learn?',
  },
  {
    id: 'effort',
    label: 'Customer effort on digital tasks',
    summary: 'How easily can customers find, buy, get help and reach a person online?',
  },
  {
    id: 'brand',
    label: 'Brand consistency across channels',
    summary: 'Does every channel, from website to messaging, carry your brand and values?',
  },
  {
    id: 'automation',
    label: 'Automation priorities',
    summary: 'Is automation aimed where it removes effort, not where it adds distance?',
  },
];
