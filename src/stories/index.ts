/** @module stories: online story clustering over plain data (features, vectors, batch assignment). */
export { bodyFeatures, storyFeatures, storyText, textFeatures, withRecord, type BodyFeatures, type StoryFeatures, type StoryInput, type TextFeatures } from './features.js';
export { STORY_POLICY, type StoryPolicy } from './policy.js';
export { assignBatch, featureKeys, weighBatch, type BatchDocument, type StorySnapshot, type WeighedBatch } from './assign-batch.js';
export { similarity } from './similarity.js';
