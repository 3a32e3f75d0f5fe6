// Public surface of the BPJS participant service integration.
export type { BpjsParticipant, BpjsFailureCode, ParticipantLookup, ParticipantStatusClient } from './bpjs-participant.js';
export { createHttpParticipantClient, type HttpParticipantClientOptions } from './bpjs-http-client.js';
export { createBpjsSimulator, type BpjsSimulator, type BpjsSimulatorOptions, type SimulatorFailMode } from './bpjs-simulator.js';
export { decryptSecret, deriveKey, encryptSecret } from './bpjs-credentials.js';
export type { BpjsCredentials } from './bpjs-protocol.js';
