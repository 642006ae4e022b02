/** Where the CLI writes: machine output to `out`, messages to `err`. Injected so tests run the CLI in-process. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  stdin: NodeJS.ReadableStream;
  stderrStream: NodeJS.WriteStream;
}

export const processIo: Io = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  stdin: process.stdin,
  stderrStream: process.stderr,
};
