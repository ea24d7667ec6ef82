/** Fictional organisations and people for the demo; every name and domain is invented. */
export const DEMO_PASSWORD = 'trustledger-demo';

export const demoOrganizations = [
  { key: 'nordwave', name: 'Nordwave Networks', kind: 'vendor', country: 'FI', group: 'Nordwave Holding' },
  { key: 'kestrel', name: 'Kestrel Radio Systems', kind: 'vendor', country: 'DE' },
  { key: 'meridian', name: 'Meridian Security Lab', kind: 'lab', country: 'NL' },
  { key: 'atlas', name: 'Atlas Assurance Lab', kind: 'lab', country: 'FI', group: 'Nordwave Holding' },
  { key: 'ntsa', name: 'National Telecom Security Authority', kind: 'regulator', country: 'DE' },
  { key: 'bluepeak', name: 'Bluepeak Mobile', kind: 'operator', country: 'DE' },
] as const;

export type DemoOrgKey = (typeof demoOrganizations)[number]['key'];

export const demoUsers: {
  org: DemoOrgKey;
  email: string;
  name: string;
  role: 'admin' | 'member';
  isPlatformAdmin?: boolean;
}[] = [
  { org: 'nordwave', email: 'vendor@nordwave.example', name: 'Ilona Virtanen', role: 'admin' },
  { org: 'kestrel', email: 'vendor@kestrel.example', name: 'Jonas Falk', role: 'admin' },
  { org: 'meridian', email: 'lab@meridian.example', name: 'Sanne de Vries', role: 'admin' },
  { org: 'atlas', email: 'lab@atlas.example', name: 'Mikko Laine', role: 'admin' },
  { org: 'ntsa', email: 'regulator@ntsa.example', name: 'Dr. Anna Weber', role: 'admin', isPlatformAdmin: true },
  { org: 'ntsa', email: 'regulator2@ntsa.example', name: 'Tobias Brandt', role: 'member' },
  { org: 'bluepeak', email: 'operator@bluepeak.example', name: 'Lea Hoffmann', role: 'admin' },
];

export const demoAccreditations: { lab: DemoOrgKey; body: string; scope: string[]; validFrom: string; validUntil: string }[] =
  [
    {
      lab: 'meridian',
      body: 'Raad voor Accreditatie (demo)',
      scope: ['gNB', 'eNB', 'AMF', 'SMF', 'UPF', 'UDM', 'AUSF', 'NRF', 'NEF', 'SEPP', 'MME'],
      validFrom: '2025-01-01',
      validUntil: '2028-12-31',
    },
    { lab: 'atlas', body: 'FINAS (demo)', scope: ['gNB', 'eNB'], validFrom: '2024-01-01', validUntil: '2027-06-30' },
  ];
