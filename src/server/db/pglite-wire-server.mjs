// Serves one PGlite instance to many PostgreSQL-protocol clients over a socket.
//
// PGlite is a single session, so clients take turns. A turn is a whole unit of work: a simple
// query ('Q'), or an extended-protocol sequence up to its Sync ('S'). While a transaction is
// open, only the client that opened it gets turns, until it commits or rolls back. This keeps
// one client's Parse/Bind/Execute from being interleaved with another's (which would hand it
// the other client's unnamed statement) — the flaw that makes the stock pglite-socket multiplexer
// return wrong rows under concurrent transactions. Plain JavaScript: it runs in a worker thread.
import { createServer } from 'node:net';

const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;
/** Message types that end a client's turn (when no transaction is open). */
const TURN_ENDS = new Set(['S', 'Q', 'c', 'f']);

export const createWireServer = (db, { path, onError = () => {} }) => {
  const queue = [];
  let owner = null; // the connection whose turn it is, or null
  let running = false;
  const connections = new Set();

  const pump = async () => {
    if (running) return;
    running = true;
    try {
      while (queue.length > 0) {
        const index = owner ? queue.findIndex((item) => item.conn === owner) : 0;
        if (index < 0) break; // wait for the owner's next message
        const [item] = queue.splice(index, 1);
        const { conn, message, endsTurn } = item;
        if (conn.closed) continue;
        owner = conn;
        try {
          await db.runExclusive(() =>
            db.execProtocolRawStream(message, {
              // PGlite hands out a view of its own memory and reuses it before a queued socket
              // write is flushed: copy it, or results larger than the socket buffer arrive corrupt.
              onRawData: (data) => conn.closed || conn.socket.write(Buffer.from(data)),
            }),
          );
        } catch (error) {
          onError(error);
          conn.socket.destroy();
        }
        if (endsTurn && !db.isInTransaction()) owner = null;
      }
    } finally {
      running = false;
    }
  };

  const release = async (conn) => {
    conn.closed = true;
    connections.delete(conn);
    for (let i = queue.length - 1; i >= 0; i--) if (queue[i].conn === conn) queue.splice(i, 1);
    if (owner === conn) {
      if (db.isInTransaction()) await db.exec('ROLLBACK').catch(onError);
      owner = null;
    }
    void pump();
  };

  const onConnection = (socket) => {
    const conn = { socket, started: false, closed: false, buffer: Buffer.alloc(0) };
    connections.add(conn);
    socket.setNoDelay?.(true);
    socket.on('error', () => void release(conn));
    socket.on('close', () => void release(conn));
    socket.on('data', (chunk) => {
      conn.buffer = conn.buffer.length ? Buffer.concat([conn.buffer, chunk]) : chunk;
      readMessages(conn);
      void pump();
    });
  };

  /** Moves every complete message from the connection's buffer to the queue. */
  const readMessages = (conn) => {
    const { socket } = conn;
    for (;;) {
      const buf = conn.buffer;
      if (!conn.started) {
        if (buf.length < 8) return;
        const length = buf.readInt32BE(0);
        const code = buf.readInt32BE(4);
        if (buf.length < length) return;
        conn.buffer = buf.subarray(length);
        if (code === SSL_REQUEST) {
          socket.write('N');
          continue;
        }
        if (code === CANCEL_REQUEST) {
          socket.end();
          return;
        }
        conn.started = true;
        queue.push({ conn, message: new Uint8Array(buf.subarray(0, length)), endsTurn: true });
        continue;
      }
      if (buf.length < 5) return;
      const type = String.fromCharCode(buf[0]);
      const total = 1 + buf.readInt32BE(1);
      if (buf.length < total) return;
      conn.buffer = buf.subarray(total);
      if (type === 'X') {
        socket.end();
        return;
      }
      const message = new Uint8Array(buf.subarray(0, total));
      // COPY … FROM STDIN continues with CopyData from the same client: its turn ends at CopyDone/CopyFail.
      const copyIn =
        type === 'Q' &&
        /^\s*copy\b[\s\S]*\bfrom\s+stdin/i.test(Buffer.from(message.subarray(5)).toString('utf8'));
      queue.push({ conn, message, endsTurn: TURN_ENDS.has(type) && !copyIn });
    }
  };

  const server = createServer(onConnection);
  return {
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(path, () => resolve());
      }),
    close: () =>
      new Promise((resolve) => {
        for (const conn of connections) conn.socket.destroy();
        server.close(() => resolve());
      }),
  };
};
