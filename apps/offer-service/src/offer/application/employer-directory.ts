import type { Sql } from '@imp/messaging';
import type { EmployerStanding } from '../domain';
import { standingOn } from '../projections/employer-standing';
import type { EmployersReadModel } from '../projections/employers.read-model';

/** The employer as this service knows it from imp.employer.v1: it never asks the employer service. */
export class EmployerDirectory {
  constructor(
    private readonly sql: Sql,
    private readonly employers: EmployersReadModel,
  ) {}

  async standingOf(employerId: string, now: string): Promise<EmployerStanding> {
    return standingOn(await this.employers.find(this.sql, employerId), now);
  }
}
