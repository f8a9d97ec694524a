import type { CommandContext } from '@imp/domain-kernel';
import { Context } from '@imp/service-kit';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AddDocumentsCommand } from '../application/add-documents.handler';
import { ApplicationQueries } from '../application/application-queries';
import { SubmitApplicationCommand } from '../application/submit-application.handler';
import { WithdrawApplicationCommand } from '../application/withdraw-application.handler';
import {
  AddDocumentsRequestDto,
  SubmitApplicationRequestDto,
  WithdrawApplicationRequestDto,
} from './application.request.dto';

const revisionOf = <R extends { revision: bigint }>(result: R) => ({
  ...result,
  revision: Number(result.revision),
});

@ApiTags('applications')
@Controller('applications')
export class ApplicationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: ApplicationQueries,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Apply for a work permit quoting an offer number; returns the application number',
  })
  async submit(@Body() body: SubmitApplicationRequestDto, @Context() context: CommandContext) {
    return revisionOf(await this.commands.execute(new SubmitApplicationCommand(body, context)));
  }

  @Get('by-number/:number')
  byNumber(@Param('number') applicationNumber: string) {
    return this.queries.byNumber(applicationNumber);
  }

  @Get(':id')
  byId(@Param('id', ParseUUIDPipe) id: string) {
    return this.queries.byId(id);
  }

  @Get(':id/history')
  history(@Param('id', ParseUUIDPipe) id: string) {
    return this.queries.history(id);
  }

  @Post(':id/documents')
  @HttpCode(201)
  @ApiOperation({ summary: "Add documents, possibly answering an officer's information request" })
  async addDocuments(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AddDocumentsRequestDto,
    @Context() context: CommandContext,
  ) {
    return revisionOf(await this.commands.execute(new AddDocumentsCommand(id, body, context)));
  }

  @Post(':id/withdrawal')
  @HttpCode(201)
  async withdraw(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: WithdrawApplicationRequestDto,
    @Context() context: CommandContext,
  ) {
    return revisionOf(await this.commands.execute(new WithdrawApplicationCommand(id, body.reason, context)));
  }
}
