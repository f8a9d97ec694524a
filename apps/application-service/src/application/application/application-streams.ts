export const applicationStream = (applicationId: string) => `application-${applicationId}`;
