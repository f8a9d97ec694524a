import { assertSchemaName, quoteIdentifier } from './sql-identifier';

/** The schema-qualified names of one event store's objects. */
export interface SqlNames {
  schema: string;
  events: string;
  streams: string;
  appendEvents: string;
  notifyChannel: string;
}

export function sqlNames(schema: string): SqlNames {
  assertSchemaName(schema);
  const qualified = (name: string) => `${quoteIdentifier(schema)}.${quoteIdentifier(name)}`;
  return {
    schema: quoteIdentifier(schema),
    events: qualified('events'),
    streams: qualified('streams'),
    appendEvents: qualified('append_events'),
    notifyChannel: `${schema}_events`,
  };
}

/** ISO-8601 UTC with milliseconds, exactly as Date.prototype.toISOString() writes it. */
export function isoTimestampSql(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/** SQLSTATE raised by append_events when the stream is not at the expected revision. */
export const WRONG_EXPECTED_VERSION_SQLSTATE = 'EV409';
export const DUPLICATE_EVENT_ID_CONSTRAINT = 'events_id_unique';
