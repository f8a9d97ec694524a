export { DECISION_SERVICE, prepareDecisionService } from './decision-service';
