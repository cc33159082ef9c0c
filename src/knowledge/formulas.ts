// Derived metrics the release states or implies, as data: each is a ratio of two metrics. Ids are the
// release's own line labels as slugs; `stated` names the line that prints the ratio, if any, which the
// load checks hold against the amounts.
export interface Formula {
  id: string;
  label: string;
  numerator: string;
  denominator: string;
  stated?: string;
  /** Shown as a multiple ("2.12x"), not a percentage. */
  times?: boolean;
}

export const FORMULAS: Formula[] = [
  { id: 'operating_margin', label: 'Operating margin', numerator: 'income_from_operations', denominator: 'total_net_revenue', stated: 'gaap_operating_margin' },
  { id: 'non_gaap_operating_margin_computed', label: 'Non-GAAP operating margin', numerator: 'non_gaap_income_from_operations', denominator: 'total_net_revenue', stated: 'non_gaap_operating_margin' },
  { id: 'net_income_margin', label: 'Net income margin', numerator: 'net_income', denominator: 'total_net_revenue', stated: 'gaap_net_income_margin' },
  { id: 'non_gaap_net_income_margin_computed', label: 'Non-GAAP net income margin', numerator: 'non_gaap_net_income', denominator: 'total_net_revenue', stated: 'non_gaap_net_income_margin' },
  { id: 'effective_tax_rate', label: 'Effective tax rate', numerator: 'income_taxes_expense', denominator: 'income_before_income_tax_expense' },
  { id: 'current_ratio', label: 'Current ratio', numerator: 'total_current_assets', denominator: 'total_current_liabilities', times: true },
];
