// Preloaded with --import: any attempt to reach the network is recorded on stderr and refused.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { isMainThread, threadId } from 'node:worker_threads';

function deny(what) {
  return (...args) => {
    process.stderr.write(`NETWORK-ATTEMPT ${what} ${String(args[0]).slice(0, 80)}\n`);
    throw new Error(`network access denied: ${what}`);
  };
}

net.connect = deny('net.connect');
net.createConnection = deny('net.createConnection');
net.Socket.prototype.connect = deny('net.Socket.connect');
tls.connect = deny('tls.connect');
http.request = deny('http.request');
http.get = deny('http.get');
https.request = deny('https.request');
https.get = deny('https.get');
dns.lookup = deny('dns.lookup');
dns.promises.lookup = deny('dns.promises.lookup');
globalThis.fetch = deny('fetch');
globalThis.WebSocket = deny('WebSocket');

// Proof that the preload also ran inside each batch worker thread, not only in the main thread.
if (process.env.SK_TRACE_PRELOAD)
  process.stderr.write(`PRELOAD ${isMainThread ? 'main' : `worker ${threadId}`}\n`);
