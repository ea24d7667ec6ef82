export const DEMO_PASSWORD = 'trustledger-demo';

export const demoUsers = {
  vendor: 'vendor@nordwave.example',
  vendor2: 'vendor@kestrel.example',
  lab: 'lab@meridian.example',
  regulator: 'regulator@ntsa.example',
  regulator2: 'regulator2@ntsa.example',
  operator: 'operator@bluepeak.example',
} as const;

export type DemoRole = keyof typeof demoUsers;
