import type { IntegrationEvent, IntegrationEventOf } from '@imp/contracts';
import type { CommandContext } from '@imp/domain-kernel';
import type { AggregateGateway } from '@imp/service-kit';
import { type CaseCommand, caseDecider, type CaseFlagReason } from '../domain';
import type { CaseChecks } from '../application/case-checks';
import { caseIdFor, caseStream } from '../application/case-streams';
import type { OpenCases } from '../application/open-cases';
import { reactionContext } from './reaction-context';

/**
 * The Case process manager: opens a case per application, re-runs its checks whenever the offer or the
 * employer it waits on changes, and follows the application. Every command is idempotent in the decider.
 */
export class CaseReactions {
  constructor(
    private readonly service: string,
    private readonly aggregates: AggregateGateway,
    private readonly checks: CaseChecks,
    private readonly openCases: OpenCases,
  ) {}

  async react(event: IntegrationEvent): Promise<void> {
    // The case's own time: a check records when it ran, not when the fact it read happened upstream.
    const context = reactionContext(this.service, event, new Date().toISOString());
    switch (event.type) {
      case 'ApplicationSubmitted':
        return this.openCase(event, context);
      case 'ApplicationDocumentsAdded': {
        const { applicationId, documents, informationRequestId, addedAt } = event.data;
        const data = { documents, ...(informationRequestId ? { informationRequestId } : {}), now: addedAt };
        return this.run(caseIdFor(applicationId), { type: 'RecordDocumentsReceived', data }, context);
      }
      case 'ApplicationWithdrawn': {
        const { applicationId, reason, withdrawnAt } = event.data;
        return this.run(
          caseIdFor(applicationId),
          { type: 'CloseCaseAsWithdrawn', data: { reason, now: withdrawnAt } },
          context,
        );
      }
      case 'OfferSubmitted':
      case 'OfferConsumed':
        return this.reevaluate(await this.openCases.quotingOffer(event.data.offerNumber), context);
      case 'OfferWithdrawn':
        if (!event.data.offerNumber) return;
        return this.reevaluate(
          await this.openCases.quotingOffer(event.data.offerNumber),
          context,
          'OFFER_WITHDRAWN',
        );
      case 'EmployerEnrolled':
      case 'EmployerReinstated':
        return this.reevaluate(await this.openCases.ofEmployer(event.data.employerId), context);
      case 'EmployerDeclaredIneligible': {
        const cases = await this.openCases.ofEmployer(event.data.employerId);
        return this.reevaluate(cases, context, 'EMPLOYER_DECLARED_INELIGIBLE');
      }
    }
  }

  private async openCase(event: IntegrationEventOf<'ApplicationSubmitted'>, context: CommandContext) {
    const { applicationId, applicationNumber, offerNumber, applicant, placeOfApplication, receivedAt } =
      event.data;
    const caseId = caseIdFor(applicationId);
    const data = {
      caseId,
      applicationId,
      applicationNumber,
      offerNumber,
      applicant,
      placeOfApplication,
      receivedAt,
    };
    await this.run(caseId, { type: 'OpenCase', data: { ...data, now: context.now } }, context);
    // The case is in the cases read model now (execute waited for it): an offer projected from here on
    // finds the case, and one projected before is read by this evaluation. Neither can slip between.
    await this.checks.evaluate(caseId, context);
  }

  /** A flag comes first: it tells the officer why the checks changed. */
  private async reevaluate(caseIds: string[], context: CommandContext, flag?: CaseFlagReason) {
    for (const caseId of caseIds) {
      if (flag)
        await this.run(caseId, { type: 'FlagCase', data: { reason: flag, now: context.now } }, context);
      await this.checks.evaluate(caseId, context);
    }
  }

  private async run(caseId: string, command: CaseCommand, context: CommandContext) {
    await this.aggregates.execute(caseDecider, caseStream(caseId), command, context, {
      retryOnConflict: true,
    });
  }
}
