import { IsString, MaxLength } from 'class-validator';
import { IsDateOnly, IsText, MatchesPattern } from '../validation/decorators';
import { NATIONALITY_CODE } from '../validation/formats';

/**
 * The person exactly as on the passport. Offers and applications share it so the decision service can
 * compare the two field by field. Frozen: a change is a new file, not an edit.
 */
export class PassportHolderV1Dto {
  @IsText(100)
  familyName!: string;

  // Some passports carry a single name, so given names may be empty.
  @IsString()
  @MaxLength(100)
  givenNames!: string;

  @IsDateOnly()
  dateOfBirth!: string;

  /**
   * The nationality code printed in the passport's machine-readable zone (ICAO 9303): ISO 3166-1 alpha-3
   * plus codes such as XXA (stateless) or UNO (United Nations), so only its shape is checked.
   */
  @MatchesPattern(NATIONALITY_CODE)
  citizenship!: string;

  @IsText(20)
  passportNumber!: string;
}
