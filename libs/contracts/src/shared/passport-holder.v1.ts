import { IsISO31661Alpha3, IsString, MaxLength } from 'class-validator';
import { IsDateOnly, IsText } from '../validation/decorators';

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

  /** ISO 3166-1 alpha-3, the code printed in the passport's machine-readable zone. */
  @IsISO31661Alpha3()
  citizenship!: string;

  @IsText(20)
  passportNumber!: string;
}
