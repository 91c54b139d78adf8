import type { JobFailure, OutboxMessage } from '@finsam-se/persistence/jobs';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, LocalDateScalar } from '../schema/scalars.js';

@ObjectType('TodoItem', {
  description:
    'One thing due for the signed-in user ("Att göra"), from the same data the scheduled jobs act on.',
})
export class TodoItemType {
  @Field(() => ID, { description: "The due item's key (the jobs' idempotency key)." }) id!: string;
  @Field(() => String, {
    description: 'FOLLOW_UP, ATTESTATION, SE_GROUP, FAILED_MAIL or FAILED_JOB.',
  })
  kind!: string;
  @Field(() => String, { description: 'What to do, in Swedish.' }) title!: string;
  @Field(() => LocalDateScalar, { nullable: true }) dueOn!: string | null;
  @Field(() => Boolean) overdue!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'The panel route to do it, e.g. #/Enrollment/<id>/show.',
  })
  link!: string | null;
}

@ObjectType('OutboxMessage', {
  description: 'An e-mail the system wrote (sent, waiting, held without SMTP, or failed).',
})
export class OutboxMessageType {
  @Field(() => ID) id!: string;
  @Field(() => String) template!: string;
  @Field(() => String) recipient!: string;
  @Field(() => String) subject!: string;
  @Field(() => String, { description: 'The plain-text body.' }) text!: string;
  @Field(() => String, { description: 'PENDING, HELD, SENT or FAILED.' }) state!: string;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => DateTimeScalar) createdAt!: string;
  @Field(() => DateTimeScalar, { nullable: true }) sentAt!: string | null;

  static from(m: OutboxMessage): OutboxMessageType {
    return Object.assign(new OutboxMessageType(), {
      id: m.id,
      template: m.template,
      recipient: m.recipient,
      subject: m.subject,
      text: m.text,
      state: m.state.toUpperCase(),
      attempts: m.attempts,
      lastError: m.lastError,
      createdAt: m.createdAt,
      sentAt: m.sentAt,
    });
  }
}

@ObjectType('OutboxPage')
export class OutboxPageType {
  @Field(() => [OutboxMessageType]) items!: OutboxMessageType[];
  @Field(() => Int) total!: number;
}

@ObjectType('JobFailure', {
  description: 'A scheduled job that failed (retried with backoff until final).',
})
export class JobFailureType {
  @Field(() => ID) jobKey!: string;
  @Field(() => String) task!: string;
  @Field(() => Int) attempts!: number;
  @Field(() => Boolean, { description: 'No more retries.' }) final!: boolean;
  @Field(() => String) lastError!: string;
  @Field(() => DateTimeScalar) failedAt!: string;

  static from(f: JobFailure): JobFailureType {
    return Object.assign(new JobFailureType(), f);
  }
}
