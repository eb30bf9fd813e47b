/** What the rest of the core (CLI, handlers, sender) uses of the samples. */
export { defaultSampleContext, type SampleContext } from '../../../shared/sample-context';
export { generateSample, sampleText, type GeneratedSample } from './generate-sample';
export { cryptoRandom, seededRandom, type Random } from './random';
export { gitlabEventSchema } from './schemas/event-schema';
export type { JsonSchema } from './schemas/json-schema';
