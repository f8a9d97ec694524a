export { APPLICATION_SERVICE, prepareApplicationService } from './application-service';
