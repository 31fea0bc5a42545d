// dist/generator/place-files-worker.js
import { parentPort, workerData } from "node:worker_threads";

// dist/generator/place-files.js
import { createHash } from "node:crypto";
import { closeSync, copyFileSync, existsSync, linkSync, mkdirSync, openSync, readFileSync, statSync, utimesSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
var IN_FLIGHT = 0;
var EXITED = 1;
var Placer = class {
  setup;
  dirs = new DirMaker();
  outExists;
  constructor(setup2) {
    this.setup = setup2;
    this.outExists = existsSync(setup2.outDir);
  }
  place(path, bytes) {
    const kind = this.outExists ? compareWithDisk(join(this.setup.outDir, path), bytes) : "added";
    if (kind === "unchanged")
      linkOrCopy(join(this.setup.outDir, path), join(this.setup.staging, path), this.dirs);
    else
      writeFileAt(join(this.setup.staging, path), bytes, this.dirs);
    return { path, kind, hash: contentHash(bytes) };
  }
  /** Every file of a batch, in order. */
  placeAll(paths, offsets, bytes) {
    return paths.map((path, i) => this.place(path, bytes.subarray(offsets[i], offsets[i + 1])));
  }
};
function compareWithDisk(path, bytes) {
  const onDisk = readBytesIfExists(path);
  if (onDisk === null)
    return "added";
  return onDisk.equals(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) ? "unchanged" : "changed";
}
var WORKER_FILE = new URL("./place-files-worker.js", import.meta.url);
var BATCH_BYTES = 4 << 20;
var DirMaker = class {
  made = /* @__PURE__ */ new Set();
  parentOf(path) {
    const dir = dirname(path);
    if (this.made.has(dir))
      return;
    mkdirSync(dir, { recursive: true });
    this.made.add(dir);
  }
};
function writeFileAt(path, content, dirs) {
  dirs.parentOf(path);
  const fd = openSync(path, "w", 420);
  try {
    for (let done = 0; done < content.length; )
      done += writeSync(fd, content, done);
  } finally {
    closeSync(fd);
  }
}
function linkOrCopy(from, to, dirs) {
  dirs.parentOf(to);
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
    const { atime, mtime } = statSync(from);
    utimesSync(to, atime, mtime);
  }
}
function contentHash(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}
function readBytesIfExists(path) {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}

// dist/generator/place-files-worker.js
var setup = workerData;
var placer = new Placer(setup);
var placed = [];
var failure = null;
parentPort.on("message", (message) => {
  if (message === "end") {
    parentPort.postMessage(failure === null ? { placed } : { error: failure });
    return;
  }
  try {
    if (failure === null)
      for (const file of placer.placeAll(message.paths, message.offsets, new Uint8Array(message.buffer)))
        placed.push(file);
  } catch (error) {
    const { message: text, code } = error;
    failure = code === void 0 ? { message: text } : { message: text, code };
  } finally {
    Atomics.sub(setup.flow, IN_FLIGHT, 1);
    Atomics.notify(setup.flow, IN_FLIGHT);
  }
});
process.on("exit", () => {
  Atomics.store(setup.flow, EXITED, 1);
  Atomics.notify(setup.flow, IN_FLIGHT);
});
