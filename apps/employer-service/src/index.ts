export * from './employer-service';
