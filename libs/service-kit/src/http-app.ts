import type { INestApplication, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ProblemFilter } from './problem.filter';
import { createValidationPipe } from './validation';

export interface HttpAppOptions {
  title: string;
  description: string;
  logger?: LoggerService | false;
}

/** A service's HTTP face: validation, problem+json errors and OpenAPI at /docs, the same for all four. */
export async function createHttpApp(module: unknown, options: HttpAppOptions): Promise<INestApplication> {
  const app = await NestFactory.create(module as never, { logger: options.logger ?? ['error', 'warn'] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter());
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(options.title)
      .setDescription(options.description)
      .addGlobalParameters(
        {
          name: 'X-Actor-Id',
          in: 'header',
          required: false,
          description: 'Acting user (required on writes)',
        },
        { name: 'X-Actor-Role', in: 'header', required: false, description: 'Role of the acting user' },
      )
      .build(),
  );
  SwaggerModule.setup('docs', app, document);
  return app;
}
