import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { SessionsService } from '../../auth/sessions.service';
import { RequestContext } from '../context/request-context';
import { AppError } from '../errors/app-error';
import { routeDefOf } from '../http/route.decorator';
import { AccessService } from './access.service';

export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header.trim());
  return match?.[1];
}

/**
 * Authenticates staff routes by their bearer session and checks the route's permission.
 * Routes declared `public` pass; anything not declared through @Route is public plumbing
 * (health, OpenAPI).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly sessions: SessionsService,
    private readonly access: AccessService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const def = routeDefOf(context);
    if (!def || def.auth === 'public') return true;
    const token = bearerToken(context.switchToHttp().getRequest<FastifyRequest>());
    if (!token) throw new AppError('unauthenticated', 'Send the session token as a bearer token');
    const actor = await this.sessions.authenticate(token);
    RequestContext.setActor(actor);
    if (def.permission) this.access.require(actor, def.permission);
    return true;
  }
}
