// The rule lives in domain (`rules/reallocation-change-set.ts`, tested there); re-exported
// for the data generator, which builds the first allocation the same way.
export { splitIntoPosts } from '@finsam-se/domain';
