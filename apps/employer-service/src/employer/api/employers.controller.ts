import type { CommandContext } from '@imp/domain-kernel';
import { Context } from '@imp/service-kit';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DeclareEmployerIneligibleCommand } from '../application/declare-employer-ineligible.handler';
import { EmployerQueries } from '../application/employer-queries';
import { EnrolEmployerCommand } from '../application/enrol-employer.handler';
import { ReinstateEmployerCommand } from '../application/reinstate-employer.handler';
import { UpdateEmployerDetailsCommand } from '../application/update-employer-details.handler';
import {
  DeclareIneligibilityRequestDto,
  EnrolEmployerRequestDto,
  ReinstateEmployerRequestDto,
  UpdateEmployerRequestDto,
} from './employer.request.dto';

const revisionOf = (result: { revision: bigint }) => ({ ...result, revision: Number(result.revision) });

@ApiTags('employers')
@Controller('employers')
export class EmployersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: EmployerQueries,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Enrol an employer (business number unique: a second enrolment is 409)' })
  async enrol(@Body() body: EnrolEmployerRequestDto, @Context() context: CommandContext) {
    return revisionOf(await this.commands.execute(new EnrolEmployerCommand(body, context)));
  }

  @Get()
  list(@Query('businessNumber') businessNumber?: string, @Query('status') status?: string) {
    return this.queries.list({ businessNumber, status }, new Date());
  }

  @Get(':id')
  byId(@Param('id', ParseUUIDPipe) id: string) {
    return this.queries.byId(id, new Date());
  }

  @Get(':id/history')
  history(@Param('id', ParseUUIDPipe) id: string) {
    return this.queries.history(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Update contact details and addresses (legal name and BN are fixed: 422)' })
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() { expectedRevision, ...changes }: UpdateEmployerRequestDto,
    @Context() context: CommandContext,
  ) {
    const expected = expectedRevision === undefined ? undefined : BigInt(expectedRevision);
    return revisionOf(
      await this.commands.execute(new UpdateEmployerDetailsCommand(id, changes, context, expected)),
    );
  }

  @Post(':id/ineligibility')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Declare the employer ineligible: a ban (1, 2, 5, 10 years or permanent) or an unpaid penalty',
  })
  async declareIneligible(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: DeclareIneligibilityRequestDto,
    @Context() context: CommandContext,
  ) {
    return revisionOf(await this.commands.execute(new DeclareEmployerIneligibleCommand(id, body, context)));
  }

  @Post(':id/reinstatement')
  @HttpCode(201)
  async reinstate(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReinstateEmployerRequestDto,
    @Context() context: CommandContext,
  ) {
    return revisionOf(await this.commands.execute(new ReinstateEmployerCommand(id, body.reason, context)));
  }
}
