import { codeLists } from '@finsam-se/domain';
import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { requireActor } from '../auth/actor.js';
import { errorCodes } from '../errors/error-codes.js';
import { CodeListType, CodeListsType } from './code-list.type.js';

/** Reference data: the code lists the services validate against, so clients need no copy. */
@Resolver()
export class CodeListResolver {
  @Query(() => CodeListsType, {
    description:
      'The versioned code lists (income source, occupation after, discharge reason, education) with Swedish and English labels, and the error codes. Any signed-in user.',
  })
  codeLists(@Ctx() ctx: RequestContext): CodeListsType {
    requireActor(ctx.actor);
    return Object.assign(new CodeListsType(), {
      lists: codeLists.map((list) => CodeListType.from(list)),
      errorCodes: [...errorCodes],
    });
  }
}
