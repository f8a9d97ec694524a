import { type IntegrationEvent, topicOf, Topics } from '@imp/contracts';
import type { Sql } from '@imp/messaging';
import type { AggregateGateway } from '@imp/service-kit';
import { type ApplicationCommand, applicationDecider, applicationNotFound } from '../domain';
import { applicationStream } from '../application/application-streams';
import { applicationsTable } from '../projections/application-summary.projection';
import { reactionContext } from './reaction-context';

type DecisionEvent = Extract<IntegrationEvent, { data: { applicationNumber: string; caseId: string } }>;

const isDecisionEvent = (event: IntegrationEvent): event is DecisionEvent =>
  topicOf(event.type) === Topics.decision;

function recordCommandOf(event: DecisionEvent): ApplicationCommand | null {
  // The decision's business time: the application records when it was decided, not when it heard.
  const now = event.occurredAt;
  switch (event.type) {
    case 'CaseOpened':
      return { type: 'RecordCaseOpened', data: { caseId: event.data.caseId, now } };
    case 'InformationRequested': {
      const { caseId, requestId, items, dueDate } = event.data;
      return { type: 'RecordInformationRequested', data: { caseId, requestId, items, dueDate, now } };
    }
    case 'ApplicationApproved': {
      const { caseId, outcome, validFrom, validUntil, conditions } = event.data;
      return { type: 'RecordApproval', data: { caseId, outcome, validFrom, validUntil, conditions, now } };
    }
    case 'ApplicationRefused':
      return { type: 'RecordRefusal', data: { caseId: event.data.caseId, reasons: event.data.reasons, now } };
    case 'PortOfEntryOutcomeRecorded':
      return {
        type: 'RecordPortOfEntryOutcome',
        data: { caseId: event.data.caseId, outcome: event.data.outcome, now },
      };
    case 'CaseFlagged':
      return null;
  }
}

/** Mirrors the decision service's events on the application they are about; the decider ignores repeats. */
export class DecisionReactions {
  constructor(
    private readonly service: string,
    private readonly aggregates: AggregateGateway,
    private readonly sql: Sql,
    private readonly schema: string,
  ) {}

  async react(event: IntegrationEvent): Promise<void> {
    if (!isDecisionEvent(event)) return;
    const command = recordCommandOf(event);
    if (!command) return;
    const applicationId =
      event.type === 'CaseOpened'
        ? event.data.applicationId
        : await this.applicationIdOf(event.data.applicationNumber);
    const context = reactionContext(this.service, event, event.occurredAt);
    const stream = applicationStream(applicationId);
    await this.aggregates.execute(applicationDecider, stream, command, context, { retryOnConflict: true });
  }

  /** Not found yet is retried by the consumer: the read model may trail the store by a moment. */
  private async applicationIdOf(applicationNumber: string): Promise<string> {
    const { rows } = await this.sql.query<{ application_id: string }>(
      `SELECT application_id FROM ${applicationsTable(this.schema)} WHERE application_number = $1`,
      [applicationNumber],
    );
    if (rows.length === 0) throw applicationNotFound();
    return rows[0].application_id;
  }
}
