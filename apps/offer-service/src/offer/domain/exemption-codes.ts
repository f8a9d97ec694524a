import { invalid, valid, type Validated } from '@imp/domain-kernel';

export interface ExemptionCodeEntry {
  readonly code: string;
  readonly name: string;
  /** Open work permits need no offer of employment (domain.md §5 rule 2). */
  readonly openPermit?: true;
  /** Retired in the renumbering of 15 Dec 2022, with the code(s) to use instead. */
  readonly replacedBy?: readonly string[];
}

/** The LMIA exemption codes of domain.md §4. */
export const EXEMPTION_CODES = [
  { code: 'T11', name: 'Non-trade agreements (e.g. airline staff)' },
  { code: 'T13', name: 'Canada–province agreements' },
  { code: 'T33', name: 'GATS professional' },
  { code: 'T36', name: 'CUSMA professional (US or Mexican citizen)' },
  { code: 'T37', name: 'CUSMA intra-company transferee: executive or manager' },
  { code: 'T38', name: 'CUSMA intra-company transferee: specialist' },
  { code: 'T44', name: 'CETA intra-corporate transferee' },
  { code: 'T52', name: 'CPTPP professional (TEER 0/1)' },
  { code: 'C10', name: 'Significant benefit (case-by-case)' },
  { code: 'C11', name: 'Entrepreneurs / self-employed' },
  { code: 'C13', name: 'Emergency repairs' },
  { code: 'C14', name: 'TV & film production' },
  { code: 'C16', name: 'Mobilité francophone' },
  { code: 'C20', name: 'Reciprocal employment' },
  { code: 'C21', name: 'Youth exchange (IEC)' },
  { code: 'C22', name: 'Exchange professors' },
  { code: 'C23', name: 'Performing arts' },
  { code: 'C41', name: 'Family of skilled workers (open permit)', openPermit: true },
  { code: 'C42', name: 'Spouses of students (open permit)', openPermit: true },
  { code: 'C43', name: 'Post-graduation work (open permit)', openPermit: true },
  { code: 'C44', name: 'Post-doctoral fellows' },
  { code: 'C45', name: 'Medical residents' },
  { code: 'C50', name: 'Charitable or religious work' },
  { code: 'C61', name: 'Intra-company transferee: new office' },
  { code: 'C62', name: 'Intra-company transferee: executive' },
  { code: 'C63', name: 'Intra-company transferee: specialized knowledge' },
  { code: 'T23', name: 'CUSMA professional', replacedBy: ['T36'] },
  { code: 'T24', name: 'CUSMA intra-company transferee', replacedBy: ['T37', 'T38'] },
  { code: 'C12', name: 'Intra-company transferee', replacedBy: ['C61', 'C62', 'C63'] },
] as const satisfies readonly ExemptionCodeEntry[];

type Entry = (typeof EXEMPTION_CODES)[number];
/** A code in use today, open-permit codes included: those are refused as a business rule, not as bad input. */
export type ExemptionCode = Exclude<Entry, { replacedBy: readonly string[] }>['code'];

const byCode = new Map<string, ExemptionCodeEntry>(EXEMPTION_CODES.map((entry) => [entry.code, entry]));

export function exemptionCode(input: unknown): Validated<ExemptionCode> {
  const code = typeof input === 'string' ? input.trim().toUpperCase() : '';
  const entry = byCode.get(code);
  if (!entry) return invalid(`${JSON.stringify(input)} is not a known LMIA exemption code`);
  if (entry.replacedBy) {
    return invalid(`${code} was retired on 15 Dec 2022: use ${alternatives(entry.replacedBy)} instead`);
  }
  return valid(code as ExemptionCode);
}

export const isOpenPermitCode = (code: ExemptionCode): boolean => byCode.get(code)?.openPermit === true;

function alternatives(codes: readonly string[]): string {
  return codes.length === 1 ? codes[0] : `${codes.slice(0, -1).join(', ')} or ${codes[codes.length - 1]}`;
}
