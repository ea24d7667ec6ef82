/** Thrown when a string that is not one of `NETWORK_FUNCTIONS` is used as a network function. */
export class UnknownNetworkFunctionError extends Error {
  readonly networkFunction: string;

  constructor(networkFunction: string) {
    super(`Unknown network function "${networkFunction}"`);
    this.name = 'UnknownNetworkFunctionError';
    this.networkFunction = networkFunction;
  }
}
