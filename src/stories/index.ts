/** @module stories: online story clustering over plain data (features, vectors, batch assignment). */
export { storyFeatures, type StoryFeatures, type StoryInput } from './features.js';
export { STORY_POLICY, type StoryPolicy } from './policy.js';
export { assignBatch, batchFrequencies, featureKeys, type BatchDocument, type StorySnapshot } from './assign-batch.js';
export { similarity } from './similarity.js';
export { queryKeys, weigh } from './story.js';
