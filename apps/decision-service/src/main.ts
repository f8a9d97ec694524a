import 'reflect-metadata';
import { runServiceProcess } from '@imp/service-kit';
import { DECISION_SERVICE, prepareDecisionService } from './decision-service';

runServiceProcess({ ...DECISION_SERVICE, prepare: prepareDecisionService });
