// A static file server for the validators, as a plain static host serves the site:
// `dir/` serves `dir/index.html`, a missing file the nearest locale's 404 page with status
// 404, text compressed with gzip when the client accepts it. Loopback only.
//
//   node scripts/static-server.mjs DIR PORT
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { gzipSync } from "node:zlib";

const [root, port] = [process.argv[2], Number(process.argv[3])];
if (!root || !port) {
  console.error("usage: node scripts/static-server.mjs DIR PORT");
  process.exit(2);
}

const types = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

async function file(path) {
  try {
    const s = await stat(path);
    return s.isFile() ? path : null;
  } catch {
    return null;
  }
}

createServer(async (req, res) => {
  let rel = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
  if (rel.endsWith("/")) rel += "index.html";
  const path = normalize(join(root, rel));
  let status = 200;
  let found = path.startsWith(normalize(root) + sep) ? await file(path) : null;
  if (!found) {
    status = 404;
    const lang = rel.split("/")[1];
    found = (await file(join(root, lang, "404.html"))) || join(root, "404.html");
  }
  let body = await readFile(found);
  const type = types[extname(found)] || "application/octet-stream";
  const headers = { "Content-Type": type, "Cache-Control": "public, max-age=3600" };
  if (/gzip/.test(req.headers["accept-encoding"] || "") && !type.startsWith("application/octet")) {
    body = gzipSync(body);
    headers["Content-Encoding"] = "gzip";
    headers["Vary"] = "Accept-Encoding";
  }
  headers["Content-Length"] = body.length;
  res.writeHead(status, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}).listen(port, "127.0.0.1", () => console.log(`serving ${root} at http://127.0.0.1:${port}/`));
