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
var import_node_fs = __toESM(require("node:fs"), 1);
var import_node_os = __toESM(require("node:os"), 1);
var import_node_path = __toESM(require("node:path"), 1);
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

// src/cli/code-cache.ts
var SUFFIX = ".v8cache";
function cacheDir(env = process.env) {
  if (env.POLICYLINT_NO_CODE_CACHE) return void 0;
  if (env.POLICYLINT_CACHE_DIR) return import_node_path.default.resolve(env.POLICYLINT_CACHE_DIR);
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && import_node_path.default.isAbsolute(xdg)) return import_node_path.default.join(xdg, "policylint");
  const home = homeDir();
  return home && import_node_path.default.isAbsolute(home) ? import_node_path.default.join(home, ".cache", "policylint") : void 0;
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
  return import_node_path.default.join(dir, `${bundleName(bundle)}-${key}${SUFFIX}`);
}
var bundleName = (bundle) => import_node_path.default.basename(bundle).replace(/\.[^.]*$/, "");
function readCache(file) {
  if (!file) return void 0;
  try {
    return import_node_fs.default.readFileSync(file);
  } catch {
    return void 0;
  }
}
function writeCache(file, bundle, data) {
  try {
    const dir = import_node_path.default.dirname(file);
    import_node_fs.default.mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    import_node_fs.default.writeFileSync(tmp, data);
    import_node_fs.default.renameSync(tmp, file);
    const prefix = `${bundleName(bundle)}-`;
    for (const f of import_node_fs.default.readdirSync(dir)) {
      if (f.startsWith(prefix) && f.endsWith(SUFFIX) && f !== import_node_path.default.basename(file)) import_node_fs.default.rmSync(import_node_path.default.join(dir, f), { force: true });
    }
  } catch {
  }
}
function loadBundle(bundle, env = process.env) {
  enableLinearRegExps();
  const bytes = import_node_fs.default.readFileSync(bundle);
  const dir = cacheDir(env);
  const file = dir ? cacheFile(dir, bundle, bytes) : void 0;
  const cachedData = readCache(file);
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${bytes.toString("utf8")}
})`;
  const script = new import_node_vm.default.Script(wrapped, { filename: bundle, cachedData });
  const cache = !file ? "off" : !cachedData ? "miss" : script.cachedDataRejected ? "rejected" : "hit";
  const module2 = { exports: {} };
  const run = script.runInThisContext();
  run.call(module2.exports, module2.exports, (0, import_node_module.createRequire)(bundle), module2, bundle, import_node_path.default.dirname(bundle));
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
