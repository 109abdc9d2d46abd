/**
 * The questions about the organisation, which its consultant answers once for
 * every executive of a client (issue 14): an invitation's respondent is asked
 * only their own function and seniority. The database puts the organisation's
 * segment in their place and keeps no name (20261202004200).
 */
export const ORGANISATION_QUESTIONS = [
  'organisation_name',
  'industry',
  'company_size',
  'region',
  'business_model',
] as const;
