import {
  province,
  type Province,
  isoDate,
  each,
  invalid,
  object,
  optional,
  optionalTextOfAnyLength,
  requiredTextOfAnyLength,
  valid,
  type Validated,
} from '@imp/domain-kernel';
import { nocCode } from './noc-code';
import { wage, type Wage } from './wage';

export interface WorkLocation {
  city: string;
  province: Province;
  address?: string;
}

export interface JobRequirements {
  experience?: string;
  education?: string;
  languages?: string[];
}

export interface Job {
  title: string;
  nocCode: string;
  duties: string;
  hoursPerWeek: number;
  wage: Wage;
  benefits?: string;
  requirements?: JobRequirements;
  workLocations: WorkLocation[];
  /** YYYY-MM-DD */
  startDate: string;
  durationMonths: number;
}

export function job(input: unknown): Validated<Job> {
  return object(input, (j) => ({
    title: requiredTextOfAnyLength(j.title),
    nocCode: nocCode(j.nocCode),
    duties: duties(j.duties),
    hoursPerWeek: hoursPerWeek(j.hoursPerWeek),
    wage: wage(j.wage),
    benefits: optionalTextOfAnyLength(j.benefits),
    requirements: optional(j.requirements, requirements),
    workLocations: each(j.workLocations, workLocation, 1),
    startDate: isoDate(j.startDate),
    durationMonths: durationMonths(j.durationMonths),
  }));
}

/** An offer whose duties say "see attached" gets sent back or refused (domain.md §5 rule 3): stop it at the door. */
function duties(input: unknown): Validated<string> {
  const text = requiredTextOfAnyLength(input);
  if (text.ok && /^see\b.*\battach/i.test(text.value))
    return invalid('must describe the duties, not point to an attachment');
  return text;
}

function hoursPerWeek(input: unknown): Validated<number> {
  return typeof input === 'number' && input > 0 && input <= 168
    ? valid(input)
    : invalid('must be more than 0 and at most 168 (the hours in a week)');
}

function durationMonths(input: unknown): Validated<number> {
  return Number.isInteger(input) && (input as number) >= 1
    ? valid(input as number)
    : invalid('must be a whole number of months, at least 1');
}

function requirements(input: unknown): Validated<JobRequirements> {
  return object(input, (r) => ({
    experience: optionalTextOfAnyLength(r.experience),
    education: optionalTextOfAnyLength(r.education),
    languages: optional(r.languages, (languages) => each(languages, requiredTextOfAnyLength)),
  }));
}

function workLocation(input: unknown): Validated<WorkLocation> {
  return object(input, (l) => ({
    city: requiredTextOfAnyLength(l.city),
    province: province(l.province),
    address: optionalTextOfAnyLength(l.address),
  }));
}
