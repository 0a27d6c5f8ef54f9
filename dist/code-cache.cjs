var __bundleUrl = require("node:url").pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/cli/code-cache.ts
var code_cache_exports = {};
__export(code_cache_exports, {
  cacheDir: () => cacheDir,
  loadBundle: () => loadBundle
});
module.exports = __toCommonJS(code_cache_exports);
var import_node_fs2 = __toESM(require("node:fs"), 1);
var import_node_os = __toESM(require("node:os"), 1);
var import_node_path2 = __toESM(require("node:path"), 1);
var import_node_vm = __toESM(require("node:vm"), 1);
var import_node_module = require("node:module");

// src/rules/regexp-flags.ts
var import_node_v8 = __toESM(require("node:v8"), 1);
var LINEAR_REGEXP_FLAGS = ["--enable-experimental-regexp-engine-on-excessive-backtracks", "--enable-experimental-regexp-engine"];
function enableLinearRegExps() {
  for (const flag of LINEAR_REGEXP_FLAGS) import_node_v8.default.setFlagsFromString(flag);
}

// src/checksum.ts
var import_node_zlib = __toESM(require("node:zlib"), 1);
function checksum(data) {
  return import_node_zlib.default.crc32(data).toString(16);
}

// src/atomic-write.ts
var import_node_fs = __toESM(require("node:fs"), 1);
var import_node_path = __toESM(require("node:path"), 1);
function writeAtomically(file, data) {
  let target = file;
  let mode;
  try {
    target = import_node_fs.default.realpathSync(file);
    mode = import_node_fs.default.statSync(target).mode;
  } catch {
    import_node_fs.default.mkdirSync(import_node_path.default.dirname(import_node_path.default.resolve(file)), { recursive: true });
  }
  const tmp = import_node_path.default.join(import_node_path.default.dirname(target), `.${import_node_path.default.basename(target)}.policylint-${process.pid}.tmp`);
  import_node_fs.default.writeFileSync(tmp, data, mode === void 0 ? void 0 : { mode });
  import_node_fs.default.renameSync(tmp, target);
}

// src/cli/code-cache.ts
var SUFFIX = ".v8cache";
function cacheDir(env = process.env) {
  if (env.POLICYLINT_NO_CODE_CACHE) return void 0;
  if (env.POLICYLINT_CACHE_DIR) return import_node_path2.default.resolve(env.POLICYLINT_CACHE_DIR);
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && import_node_path2.default.isAbsolute(xdg)) return import_node_path2.default.join(xdg, "policylint");
  const home = homeDir();
  return home && import_node_path2.default.isAbsolute(home) ? import_node_path2.default.join(home, ".cache", "policylint") : void 0;
}
function homeDir() {
  try {
    return import_node_os.default.homedir();
  } catch {
    return void 0;
  }
}
function cacheFile(dir, bundle, bytes) {
  const key = [checksum(bytes), bytes.length, process.version, process.arch].join("-");
  return import_node_path2.default.join(dir, `${bundleName(bundle)}-${key}${SUFFIX}`);
}
var bundleName = (bundle) => import_node_path2.default.basename(bundle).replace(/\.[^.]*$/, "");
function readCache(file) {
  if (!file) return void 0;
  try {
    return import_node_fs2.default.readFileSync(file);
  } catch {
    return void 0;
  }
}
function writeCache(file, bundle, data) {
  try {
    const dir = import_node_path2.default.dirname(file);
    writeAtomically(file, data);
    const prefix = `${bundleName(bundle)}-`;
    for (const f of import_node_fs2.default.readdirSync(dir)) {
      if (f.startsWith(prefix) && f.endsWith(SUFFIX) && f !== import_node_path2.default.basename(file)) import_node_fs2.default.rmSync(import_node_path2.default.join(dir, f), { force: true });
    }
  } catch {
  }
}
function loadBundle(bundle, env = process.env) {
  enableLinearRegExps();
  const bytes = import_node_fs2.default.readFileSync(bundle);
  const dir = cacheDir(env);
  const file = dir ? cacheFile(dir, bundle, bytes) : void 0;
  const cachedData = readCache(file);
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${bytes.toString("utf8")}
})`;
  const script = new import_node_vm.default.Script(wrapped, { filename: bundle, cachedData });
  const cache = !file ? "off" : !cachedData ? "miss" : script.cachedDataRejected ? "rejected" : "hit";
  const module2 = { exports: {} };
  const run = script.runInThisContext();
  run.call(module2.exports, module2.exports, (0, import_node_module.createRequire)(bundle), module2, bundle, import_node_path2.default.dirname(bundle));
  return {
    exports: module2.exports,
    cache,
    save() {
      if (file && cache !== "hit") writeCache(file, bundle, script.createCachedData());
    }
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  cacheDir,
  loadBundle
});
