import type { IntegrationEnvelope } from './envelope';
import type { Topic } from './topics';
import type { DtoClass } from './validation/validate-dto';

/** One version of one integration event: where it is published and the DTO its data must satisfy. */
export interface Contract<Type extends string = string, Data extends object = object> {
  readonly topic: Topic;
  readonly type: Type;
  readonly version: number;
  readonly dto: DtoClass<Data>;
}

export type DataOf<C> = C extends Contract<string, infer Data> ? Data : never;

export function defineContract<Type extends string, Data extends object>(
  contract: Contract<Type, Data>,
): Contract<Type, Data> {
  return Object.freeze({ ...contract });
}

/** Turns data of one version into the next, for consumers that only speak the latest. Pure. */
export interface Upcaster<From extends object = object, To extends object = object> {
  readonly from: Contract<string, From>;
  readonly to: Contract<string, To>;
  upcast(data: From, envelope: IntegrationEnvelope<string, From>): To;
}

export function defineUpcaster<From extends object, To extends object>(
  upcaster: Upcaster<From, To>,
): Upcaster<From, To> {
  const { from, to } = upcaster;
  if (from.type !== to.type || to.version !== from.version + 1) {
    throw new Error(
      `An upcaster goes one version up the same type, not ${contractKey(from)} → ${contractKey(to)}`,
    );
  }
  return Object.freeze({ ...upcaster });
}

/** `OfferSubmitted v1`: how a contract is named in registries and in every reason given. */
export function contractKey(contract: { type: string; version: number }): string {
  return `${contract.type} v${contract.version}`;
}
