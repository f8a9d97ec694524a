import type { CommandContext } from '@imp/domain-kernel';
import { Context } from '@imp/service-kit';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ClaimFeeExemptionCommand } from '../application/claim-fee-exemption.handler';
import { DraftOfferCommand } from '../application/draft-offer.handler';
import { OfferQueries } from '../application/offer-queries';
import { PayComplianceFeeCommand } from '../application/pay-compliance-fee.handler';
import { SubmitOfferCommand } from '../application/submit-offer.handler';
import { UpdateOfferDraftCommand } from '../application/update-offer-draft.handler';
import { WithdrawOfferCommand } from '../application/withdraw-offer.handler';
import {
  ClaimFeeExemptionRequestDto,
  DraftOfferRequestDto,
  ListOffersQueryDto,
  PayComplianceFeeRequestDto,
  UpdateOfferDraftRequestDto,
  WithdrawOfferRequestDto,
} from './offer.request.dto';

const revisionOf = <R extends { revision: bigint }>(result: R) => ({
  ...result,
  revision: Number(result.revision),
});

@ApiTags('offers')
@Controller('offers')
export class OffersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: OfferQueries,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Draft an offer of employment (the server assigns its id)' })
  async draft(@Body() body: DraftOfferRequestDto, @Context() context: CommandContext) {
    return revisionOf(await this.commands.execute(new DraftOfferCommand(body, context)));
  }

  @Get()
  list(@Query() filter: ListOffersQueryDto) {
    return this.queries.list(filter);
  }

  @Get('by-number/:offerNumber')
  byNumber(@Param('offerNumber') offerNumber: string) {
    return this.queries.byNumber(offerNumber);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'The offer as of its latest event, with the employer standing this service sees now',
  })
  byId(@Param('id', ParseUUIDPipe) id: string) {
    return this.queries.byId(id, new Date().toISOString());
  }

  @Get(':id/history')
  history(@Param('id', ParseUUIDPipe) id: string) {
    return this.queries.history(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change a draft (only a DRAFT: 409 otherwise, and for a stale expectedRevision)' })
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() { expectedRevision, ...changes }: UpdateOfferDraftRequestDto,
    @Context() context: CommandContext,
  ) {
    const expected = expectedRevision === undefined ? undefined : BigInt(expectedRevision);
    return revisionOf(
      await this.commands.execute(new UpdateOfferDraftCommand(id, changes, context, expected)),
    );
  }

  @Post(':id/compliance-fee')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record payment of the employer compliance fee: exactly 230 CAD (422 otherwise)' })
  async payComplianceFee(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: PayComplianceFeeRequestDto,
    @Context() context: CommandContext,
  ) {
    return revisionOf(await this.commands.execute(new PayComplianceFeeCommand(id, body, context)));
  }

  @Post(':id/fee-exemption')
  @HttpCode(201)
  async claimFeeExemption(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ClaimFeeExemptionRequestDto,
    @Context() context: CommandContext,
  ) {
    return revisionOf(await this.commands.execute(new ClaimFeeExemptionCommand(id, body.reason, context)));
  }

  @Post(':id/submission')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Submit: returns the offer number; 422 without a settled fee or an eligible employer',
  })
  async submit(@Param('id', ParseUUIDPipe) id: string, @Context() context: CommandContext) {
    return revisionOf(await this.commands.execute(new SubmitOfferCommand(id, context)));
  }

  @Post(':id/withdrawal')
  @HttpCode(201)
  async withdraw(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: WithdrawOfferRequestDto,
    @Context() context: CommandContext,
  ) {
    return revisionOf(await this.commands.execute(new WithdrawOfferCommand(id, body.reason, context)));
  }
}
