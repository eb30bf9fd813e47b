/** Why the receiver could not listen, in words, with the way out. */
export function listenFailureMessage(error: NodeJS.ErrnoException, host: string, port: number): string {
  switch (error.code) {
    case 'EADDRINUSE':
      return `Port ${port} is in use by another program. Pick another port in Settings, or run with --port ${port + 1}.`;
    case 'EACCES':
      return `Port ${port} needs administrator rights on this system. Use a port above 1023, such as 8000.`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return `${host} is not an address of this machine. Use 127.0.0.1, or 0.0.0.0 to listen on every interface.`;
    default:
      return `The receiver could not listen on ${host}:${port} (${error.code ?? error.message}).`;
  }
}
