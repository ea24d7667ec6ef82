export { computeDiversity, flagReasonOf } from './compute-diversity';
export { decimalFraction, fraction, isGreater, type Fraction } from './fraction';
export { percentText, thresholdText } from './percent-text';
export { versionCertificate, type StoredCertificate } from './version-certificate-status';
export type { DeploymentLine, DiversityPicture, FlaggedDeployment, FlagReason, SegmentDiversity, VendorShare } from './types';
