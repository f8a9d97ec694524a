import { GENESIS_HASH } from '../canonical-json';
import { isoTimestampSql, WRONG_EXPECTED_VERSION_SQLSTATE, type SqlNames } from './sql-names';

/**
 * append_events(stream_id, expected, prefixes, suffixes) appends a batch in one statement, so the common
 * case is one round trip and the batch is atomic. The streams row serialises writers of one stream and
 * holds the chain's last hash; different streams never wait for each other.
 *
 * Each event arrives only as its canonical text split around recordedAt and revision (see
 * canonical-event-parts.ts). The stored columns are parsed back out of that text, so the row is by
 * construction what was hashed, and a payload crosses the wire once.
 *
 * `expected` is 'any', 'no_stream', 'stream_exists' or a revision; a mismatch raises SQLSTATE EV409 with
 * the actual revision (-1: no stream) as DETAIL.
 *
 * It deliberately does not NOTIFY: see append-announcer.ts.
 */
export function appendEventsFunctionSql(names: SqlNames): string {
  return `
CREATE OR REPLACE FUNCTION ${names.appendEvents}(
  p_stream_id text, p_expected text, p_prefixes text[], p_suffixes text[]
) RETURNS TABLE (revision bigint, tx_id text, global_position bigint, recorded_at text, hash text)
LANGUAGE plpgsql AS $function$
#variable_conflict use_column
DECLARE
  v_count integer := coalesce(cardinality(p_prefixes), 0);
  v_revision bigint;
  v_hash text;
  v_matches boolean;
  v_recorded_at timestamptz := date_trunc('milliseconds', clock_timestamp());
  v_recorded_text text := ${isoTimestampSql('v_recorded_at')};
  v_head jsonb;
  v_tail jsonb;
BEGIN
  IF v_count = 0 OR v_count <> coalesce(cardinality(p_suffixes), 0) THEN
    RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'append_events needs one prefix and one suffix per event';
  END IF;

  SELECT s.revision, s.last_hash INTO v_revision, v_hash
    FROM ${names.streams} s WHERE s.stream_id = p_stream_id FOR UPDATE;
  IF NOT FOUND THEN
    INSERT INTO ${names.streams} AS s (stream_id, revision, last_hash)
      VALUES (p_stream_id, -1, '${GENESIS_HASH}') ON CONFLICT (stream_id) DO NOTHING;
    IF FOUND THEN
      v_revision := -1;
      v_hash := '${GENESIS_HASH}';
    ELSE
      -- Another writer created the stream and committed while we looked: take its row.
      SELECT s.revision, s.last_hash INTO v_revision, v_hash
        FROM ${names.streams} s WHERE s.stream_id = p_stream_id FOR UPDATE;
    END IF;
  END IF;

  -- Separate IFs, not one expression: a cast of 'any' to bigint must never be evaluated.
  IF p_expected = 'any' THEN
    v_matches := true;
  ELSIF p_expected = 'no_stream' THEN
    v_matches := v_revision = -1;
  ELSIF p_expected = 'stream_exists' THEN
    v_matches := v_revision >= 0;
  ELSE
    v_matches := v_revision = p_expected::bigint;
  END IF;
  IF NOT v_matches THEN
    RAISE EXCEPTION USING ERRCODE = '${WRONG_EXPECTED_VERSION_SQLSTATE}',
      MESSAGE = format('Stream %s: expected revision %s, actual %s', p_stream_id, p_expected, v_revision),
      DETAIL = v_revision::text;
  END IF;

  FOR i IN 1..v_count LOOP
    v_revision := v_revision + 1;
    v_hash := encode(sha256(convert_to(
      v_hash || p_prefixes[i] || '"' || v_recorded_text || '","revision":' || v_revision::text || p_suffixes[i],
      'UTF8')), 'hex');
    v_head := (p_prefixes[i] || 'null}')::jsonb;
    v_tail := ('{' || substr(p_suffixes[i], 2))::jsonb;
    IF v_tail->>'stream' IS DISTINCT FROM p_stream_id THEN
      RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'append_events: an event names another stream';
    END IF;
    INSERT INTO ${names.events} AS e
        (stream_id, revision, id, type, version, data, metadata, occurred_at, recorded_at, hash)
      VALUES (p_stream_id, v_revision, (v_head->>'id')::uuid, v_tail->>'type', (v_tail->>'version')::integer,
        v_head->'data', v_head->'metadata', v_head->>'occurredAt', v_recorded_at, v_hash)
      RETURNING e.revision, e.tx_id::text, e.global_position, v_recorded_text, e.hash
      INTO revision, tx_id, global_position, recorded_at, hash;
    RETURN NEXT;
  END LOOP;

  UPDATE ${names.streams} AS s SET revision = v_revision, last_hash = v_hash WHERE s.stream_id = p_stream_id;
END
$function$`;
}
