import type { ApiContract } from '../contract';
import * as certificates from './certificates';
import * as diversity from './diversity';
import * as components from './components';
import * as evaluation from './evaluation';
import * as evidence from './evidence';
import * as follows from './follows';
import * as identity from './identity';
import * as log from './log';
import * as monitoring from './monitoring';
import * as notifications from './notifications';
import * as operators from './operators';
import * as organizations from './organizations';
import * as products from './products';
import * as registry from './registry';
import * as submissions from './submissions';
import * as system from './system';
import * as vulnerabilities from './vulnerabilities';

/** Every endpoint of the API, in the order of the OpenAPI document; the route handlers are built from these. */
export const allContracts: readonly ApiContract[] = [
  system,
  identity,
  organizations,
  products,
  submissions,
  evidence,
  evaluation,
  certificates,
  operators,
  diversity,
  follows,
  vulnerabilities,
  monitoring,
  components,
  notifications,
  registry,
  log,
].flatMap((area) => Object.values(area) as ApiContract[]);
