import type { CommandContext } from '@imp/domain-kernel';
import { Context } from '@imp/service-kit';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApproveApplicationCommand } from '../application/approve-application.handler';
import { AssignCaseCommand } from '../application/assign-case.handler';
import { CaseQueries } from '../application/case-queries';
import { RecordPortOfEntryOutcomeCommand } from '../application/record-port-of-entry-outcome.handler';
import { RefuseApplicationCommand } from '../application/refuse-application.handler';
import { RequestInformationCommand } from '../application/request-information.handler';
import {
  ApproveApplicationRequestDto,
  AssignCaseRequestDto,
  ListCasesQueryDto,
  RecordPortOfEntryOutcomeRequestDto,
  RefuseApplicationRequestDto,
  RequestInformationRequestDto,
} from './case.request.dto';

const revisionOf = <R extends { revision: bigint }>(result: R) => ({
  ...result,
  revision: Number(result.revision),
});

/** Officer actions: the acting officer is the X-Actor-Id of the request. */
@ApiTags('cases')
@Controller('cases')
export class CasesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: CaseQueries,
  ) {}

  @Get()
  list(@Query() { status }: ListCasesQueryDto) {
    return this.queries.list(status);
  }

  @Get('by-application/:applicationNumber')
  byApplication(@Param('applicationNumber') applicationNumber: string) {
    return this.queries.byApplicationNumber(applicationNumber);
  }

  @Get(':id')
  byId(@Param('id', ParseUUIDPipe) id: string) {
    return this.queries.byId(id);
  }

  @Get(':id/explanation')
  @ApiOperation({
    summary: 'Why the case stands where it does: checks with their evidence, flags, the decision',
  })
  explanation(@Param('id', ParseUUIDPipe) id: string) {
    return this.queries.explanation(id);
  }

  @Get(':id/history')
  history(@Param('id', ParseUUIDPipe) id: string) {
    return this.queries.history(id);
  }

  @Post(':id/assignment')
  @HttpCode(201)
  async assign(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AssignCaseRequestDto,
    @Context() context: CommandContext,
  ) {
    const officerId = body.officerId ?? context.actor.id;
    return revisionOf(await this.commands.execute(new AssignCaseCommand(id, officerId, context)));
  }

  @Post(':id/information-requests')
  @HttpCode(201)
  @ApiOperation({ summary: 'Ask the applicant for documents (one request waits at a time)' })
  async requestInformation(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RequestInformationRequestDto,
    @Context() context: CommandContext,
  ) {
    return revisionOf(await this.commands.execute(new RequestInformationCommand(id, body, context)));
  }

  @Post(':id/approval')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Approve: every check passed, nothing flagged, validity within the passport (R52)',
  })
  async approve(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ApproveApplicationRequestDto,
    @Context() context: CommandContext,
  ) {
    return revisionOf(await this.commands.execute(new ApproveApplicationCommand(id, body, context)));
  }

  @Post(':id/refusal')
  @HttpCode(201)
  @ApiOperation({ summary: 'Refuse, citing the rule behind every failed check, e.g. R200(3)(f.1)' })
  async refuse(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RefuseApplicationRequestDto,
    @Context() context: CommandContext,
  ) {
    return revisionOf(await this.commands.execute(new RefuseApplicationCommand(id, body.reasons, context)));
  }

  @Post(':id/port-of-entry')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record what CBSA did with the letter of introduction at the border' })
  async recordPortOfEntryOutcome(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RecordPortOfEntryOutcomeRequestDto,
    @Context() context: CommandContext,
  ) {
    return revisionOf(
      await this.commands.execute(new RecordPortOfEntryOutcomeCommand(id, body.outcome, context)),
    );
  }
}
