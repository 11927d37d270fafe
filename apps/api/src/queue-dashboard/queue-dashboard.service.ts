import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { QUEUE_DASHBOARD_PATH } from '@cairn/contracts';
import { Queue } from 'bullmq';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SessionsService } from '../auth/sessions.service';
import { AccessService } from '../core/access/access.service';
import { bearerToken } from '../core/access/auth.guard';
import { CONFIG } from '../core/config/config';
import { AppConfig } from '../core/config/config.schema';
import { AppError } from '../core/errors/app-error';
import { sendProblem } from '../core/errors/problem.filter';
import { queueOptions } from '../jobs/queue-options';
import { QUEUE_NAMES } from '../jobs/queue-names';
import { OrganizationsService } from '../tenancy/organizations.service';

/**
 * The BullMQ dashboard (bull-board) at QUEUE_DASHBOARD_PATH, for the deployment's operators
 * only. Every organisation's jobs share these queues (their payloads are ids, but other
 * organisations' ids), so an admin of any other organisation, and anyone else signed in,
 * gets the 404 an unknown address gets. With no OPERATOR_ORG_SLUG it is not mounted at all.
 *
 * bull-board brings its own Fastify routes, outside Nest's guards, so the session is checked
 * here in a hook of the dashboard's own scope, which covers its page, assets and API alike.
 * Its libraries (some 350 modules, 30 MiB resident) load only when it is mounted.
 */
@Injectable()
export class QueueDashboard implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('QueueDashboard');
  private queues: Queue[] = [];

  constructor(
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
    private readonly sessions: SessionsService,
    private readonly organizations: OrganizationsService,
    private readonly access: AccessService,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.config.OPERATOR_ORG_SLUG === undefined) return;
    const [{ createBullBoard }, { BullMQAdapter }, { FastifyAdapter: BullBoardFastifyAdapter }] =
      await Promise.all([
        import('@bull-board/api'),
        import('@bull-board/api/bullMQAdapter'),
        import('@bull-board/fastify'),
      ]);
    const names = [...QUEUE_NAMES];
    this.queues = names.map((name) => {
      const queue = new Queue(name, queueOptions(this.config));
      // Without Redis the rest of the API carries on; the dashboard answers its own errors.
      queue.on('error', (error) => this.logger.warn(`queue ${name}: ${error.message}`));
      return queue;
    });
    const board = new BullBoardFastifyAdapter();
    board.setBasePath(QUEUE_DASHBOARD_PATH);
    createBullBoard({
      queues: this.queues.map((queue) => new BullMQAdapter(queue)),
      serverAdapter: board,
      options: { uiConfig: { boardTitle: 'Cairn jobs' } },
    });
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    void fastify.register(
      async (scope) => {
        scope.addHook('preHandler', (request, reply) => this.admitOperator(request, reply));
        await scope.register(board.registerPlugin());
      },
      { prefix: QUEUE_DASHBOARD_PATH },
    );
  }

  /** Lets the request through for an operator; answers 401 without a session, else 404. */
  private async admitOperator(request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
    try {
      const token = bearerToken(request);
      if (!token) throw new AppError('unauthenticated', 'Send the session token as a bearer token');
      const actor = await this.sessions.authenticate(token);
      const organization = await this.organizations.get(actor.organizationId);
      if (
        !this.access.operatesDeployment(
          actor.role,
          organization.slug,
          this.config.OPERATOR_ORG_SLUG,
        )
      ) {
        throw AppError.notFound('page');
      }
      return undefined;
    } catch (error) {
      sendProblem(error, request, reply);
      return reply;
    }
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.queues.map((queue) => queue.close()));
  }
}
