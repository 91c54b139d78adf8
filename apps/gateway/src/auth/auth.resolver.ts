import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { requireActor } from './actor.js';
import { authService } from './auth.service.js';
import { MeType, SessionType } from '../user/user.type.js';

@Resolver()
export class AuthResolver {
  @Mutation(() => SessionType, {
    description: 'Signs in; the token goes in `Authorization: Bearer …`.',
  })
  async login(
    @Arg('email') email: string,
    @Arg('password') password: string,
    @Ctx() ctx: RequestContext,
  ): Promise<SessionType> {
    const session = await authService.login(ctx, email, password, ctx.clientAddress, ctx.requestId);
    return Object.assign(new SessionType(), {
      token: session.token,
      expiresAt: session.expiresAt.toISOString(),
      user: MeType.from(session.user),
    });
  }

  @Mutation(() => SessionType, { description: 'A fresh token for a still valid session.' })
  async refreshSession(@Ctx() ctx: RequestContext): Promise<SessionType> {
    const actor = requireActor(ctx.actor);
    const session = await authService.refresh(ctx, actor);
    return Object.assign(new SessionType(), {
      token: session.token,
      expiresAt: session.expiresAt.toISOString(),
      user: MeType.from(actor),
    });
  }

  @Mutation(() => Boolean, { description: 'Ends every session of the user.' })
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    await authService.logout(ctx, requireActor(ctx.actor), ctx.requestId);
    return true;
  }

  @Query(() => MeType, { nullable: true })
  me(@Ctx() ctx: RequestContext): MeType | null {
    return ctx.actor ? MeType.from(ctx.actor) : null;
  }
}
