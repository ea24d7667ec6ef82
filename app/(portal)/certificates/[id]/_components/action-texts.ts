import type { CertificateActionOption } from '@/lib/certificates/certificate-dto';

export const ACTION_TEXTS: Record<CertificateActionOption, { label: string; confirm: string; consequence: string }> = {
  suspend: {
    label: 'Suspend',
    confirm: 'Suspend certificate',
    consequence: 'The certificate stops counting as valid until a regulator reinstates it. Its vendor and every operator running this version are told.',
  },
  reinstate: {
    label: 'Reinstate',
    confirm: 'Reinstate certificate',
    consequence: 'The certificate counts as valid again (until its expiry date).',
  },
  revoke: {
    label: 'Revoke',
    confirm: 'Revoke for good',
    consequence: 'Revocation is final: a revoked certificate can never be reinstated. Its vendor and every operator running this version are told.',
  },
  clear_review: {
    label: 'Clear review',
    confirm: 'Clear review',
    consequence: 'Takes the certificate off the review list and leaves its status as it is. Use it when the vulnerability does not call for suspension or revocation.',
  },
};

export const SUCCESS: Record<CertificateActionOption, string> = {
  suspend: 'The certificate is suspended.',
  reinstate: 'The certificate is valid again.',
  revoke: 'The certificate is revoked.',
  clear_review: 'The certificate is off the review list.',
};
