/** Log entry types that make up a certificate's public history, in lifecycle order. */
export const CERTIFICATE_EVENT_TYPES = [
  'certificate.issued',
  'certificate.suspended',
  'certificate.reinstated',
  'certificate.revoked',
  'certificate.expired',
] as const;

export type CertificateEventType = (typeof CERTIFICATE_EVENT_TYPES)[number];

/** The short name of an event: `certificate.suspended` → `suspended`. */
export type CertificateEvent = CertificateEventType extends `certificate.${infer E}` ? E : never;

export function isCertificateEventType(type: string): type is CertificateEventType {
  return (CERTIFICATE_EVENT_TYPES as readonly string[]).includes(type);
}

export function certificateEventOf(type: CertificateEventType): CertificateEvent {
  return type.slice('certificate.'.length) as CertificateEvent;
}

/** Human labels for the history timeline and the Atom feed. */
export const CERTIFICATE_EVENT_LABELS = {
  issued: 'Certificate issued',
  suspended: 'Certificate suspended',
  reinstated: 'Certificate reinstated',
  revoked: 'Certificate revoked',
  expired: 'Certificate expired',
} as const satisfies Record<CertificateEvent, string>;
