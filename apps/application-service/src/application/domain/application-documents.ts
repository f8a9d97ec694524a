import { uuid } from './identifiers';
import { each, matching, object, optional, requiredText, type Validated } from '@imp/domain-kernel';

/** A reference to the stored file, never its content, named as in the ApplicationDocumentsAdded contract. */
export interface ApplicationDocument {
  documentId: string;
  /** e.g. PASSPORT_COPY, EMPLOYMENT_CONTRACT: matches an information request item's kind. */
  kind: string;
  fileName: string;
}

export function applicationDocuments(input: unknown): Validated<ApplicationDocument[]> {
  const documents = each(input, document, 1);
  if (!documents.ok) return documents;
  const ids = documents.value.map((d) => d.documentId);
  const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
  return repeated.length === 0
    ? documents
    : { ok: false, errors: { '': [`must not list ${repeated.join(', ')} more than once`] } };
}

export const informationRequestId = (input: unknown): Validated<string | undefined> => optional(input, uuid);

function document(input: unknown): Validated<ApplicationDocument> {
  return object(input, (d) => ({
    documentId: uuid(d.documentId),
    kind: matching(d.kind, /^[A-Z][A-Z0-9_]*$/, 'must be an upper-case code such as PASSPORT_COPY'),
    fileName: requiredText(d.fileName, 255),
  }));
}
