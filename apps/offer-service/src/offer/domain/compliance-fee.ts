/** The employer compliance fee of R303.1: $230 since 21 Feb 2015. */
export const COMPLIANCE_FEE = { amount: 230, currency: 'CAD' } as const;

export const isComplianceFee = (amount: unknown, currency: unknown): boolean =>
  amount === COMPLIANCE_FEE.amount && currency === COMPLIANCE_FEE.currency;

/** `paidAt` is when the system recorded the payment: R200(3)(f.1) compares it with the application's receipt. */
export interface PaidFee {
  status: 'PAID';
  amount: typeof COMPLIANCE_FEE.amount;
  currency: typeof COMPLIANCE_FEE.currency;
  paymentReference: string;
  paidAt: string;
}

export interface FeeExemption {
  status: 'EXEMPT';
  reason: string;
  claimedAt: string;
}

export type FeeSettlement = PaidFee | FeeExemption;
