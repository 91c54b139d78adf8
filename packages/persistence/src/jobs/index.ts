// `@finsam-se/persistence/jobs`: what the scheduled jobs, the mail sender and "Att göra" read and write.
export {
  type AttestationFacts,
  type DueFollowUp,
  type DueScope,
  dueItemsRepository,
} from './due-items.repository.js';
export {
  type JobEffectKind,
  type JobFailure,
  type Recipient,
  jobEffectsRepository,
} from './job-effects.repository.js';
export {
  type MailTemplate,
  type NewMessage,
  type OutboxMessage,
  type OutboxState,
  outboxRepository,
} from '../mail/outbox.repository.js';
