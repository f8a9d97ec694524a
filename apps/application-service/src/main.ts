import 'reflect-metadata';
import { runServiceProcess } from '@imp/service-kit';
import { APPLICATION_SERVICE, prepareApplicationService } from './application-service';

runServiceProcess({ ...APPLICATION_SERVICE, prepare: prepareApplicationService });
