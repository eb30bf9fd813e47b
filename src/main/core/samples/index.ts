/** What the rest of the core (CLI, handlers, sender) uses of the samples. */
export { defaultSampleContext, type SampleContext } from '@shared/sample-context';
export { generateSample, type GeneratedSample } from './generate-sample';
export { sampleText } from '@shared/sample-text';
export { cryptoRandom, seededRandom, type Random } from './random';
export { gitlabEventSchema } from '@shared/event-schemas/event-schema';
export type { JsonSchema } from '@shared/event-schemas/json-schema';
