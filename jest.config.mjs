// Jest runs our ES-module tests natively (node --experimental-vm-modules); no transpiler.
export default {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/**/*.test.mjs'],
  transform: {},
  // Browser tests start Chromium; give them room, unit tests stay fast regardless.
  testTimeout: 60000,
};
