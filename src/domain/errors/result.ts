import { MessageCode, MessageParams } from "./messageCatalogue";

/** Why a domain computation has no answer. `kind` says which Excel error fits; the code picks the message. */
export interface DomainError {
  readonly kind: "invalid_value" | "not_available" | "invalid_number";
  readonly code: MessageCode;
  readonly params: MessageParams;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: DomainError };

export function succeed<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(kind: DomainError["kind"], code: MessageCode, params: MessageParams = {}): Result<T> {
  return { ok: false, error: { kind, code, params } };
}
