import 'reflect-metadata';
import { runServiceProcess } from '@imp/service-kit';
import { EMPLOYER_SERVICE, prepareEmployerService } from './employer-service';

runServiceProcess({ ...EMPLOYER_SERVICE, prepare: prepareEmployerService });
