#!/usr/bin/env node
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
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

// node_modules/handlebars/dist/cjs/handlebars/utils.js
var require_utils = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/utils.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.extend = extend;
    exports.indexOf = indexOf;
    exports.escapeExpression = escapeExpression;
    exports.isEmpty = isEmpty;
    exports.createFrame = createFrame;
    exports.blockParams = blockParams;
    exports.appendContextPath = appendContextPath;
    var escape3 = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;",
      "'": "&#x27;",
      "`": "&#x60;",
      "=": "&#x3D;"
    };
    var badChars = /[&<>"'`=]/g;
    var possible = /[&<>"'`=]/;
    function escapeChar(chr) {
      return escape3[chr];
    }
    function extend(obj) {
      for (var i = 1; i < arguments.length; i++) {
        for (var key in arguments[i]) {
          if (Object.prototype.hasOwnProperty.call(arguments[i], key)) {
            obj[key] = arguments[i][key];
          }
        }
      }
      return obj;
    }
    var toString = Object.prototype.toString;
    exports.toString = toString;
    var isFunction = function isFunction2(value) {
      return typeof value === "function";
    };
    if (isFunction(/x/)) {
      exports.isFunction = isFunction = function(value) {
        return typeof value === "function" && toString.call(value) === "[object Function]";
      };
    }
    exports.isFunction = isFunction;
    var isArray = Array.isArray || function(value) {
      return value && typeof value === "object" ? toString.call(value) === "[object Array]" : false;
    };
    exports.isArray = isArray;
    function indexOf(array, value) {
      for (var i = 0, len = array.length; i < len; i++) {
        if (array[i] === value) {
          return i;
        }
      }
      return -1;
    }
    function escapeExpression(string) {
      if (typeof string !== "string") {
        if (string && string.toHTML) {
          return string.toHTML();
        } else if (string == null) {
          return "";
        } else if (!string) {
          return string + "";
        }
        string = "" + string;
      }
      if (!possible.test(string)) {
        return string;
      }
      return string.replace(badChars, escapeChar);
    }
    function isEmpty(value) {
      if (!value && value !== 0) {
        return true;
      } else if (isArray(value) && value.length === 0) {
        return true;
      } else {
        return false;
      }
    }
    function createFrame(object) {
      var frame = extend({}, object);
      frame._parent = object;
      return frame;
    }
    function blockParams(params, ids) {
      params.path = ids;
      return params;
    }
    function appendContextPath(contextPath, id) {
      return (contextPath ? contextPath + "." : "") + id;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/exception.js
var require_exception = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/exception.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var errorProps = ["description", "fileName", "lineNumber", "endLineNumber", "message", "name", "number", "stack"];
    function Exception(message, node) {
      var loc = node && node.loc, line = void 0, endLineNumber = void 0, column = void 0, endColumn = void 0;
      if (loc) {
        line = loc.start.line;
        endLineNumber = loc.end.line;
        column = loc.start.column;
        endColumn = loc.end.column;
        message += " - " + line + ":" + column;
      }
      var tmp = Error.prototype.constructor.call(this, message);
      for (var idx = 0; idx < errorProps.length; idx++) {
        this[errorProps[idx]] = tmp[errorProps[idx]];
      }
      if (Error.captureStackTrace) {
        Error.captureStackTrace(this, Exception);
      }
      try {
        if (loc) {
          this.lineNumber = line;
          this.endLineNumber = endLineNumber;
          if (Object.defineProperty) {
            Object.defineProperty(this, "column", {
              value: column,
              enumerable: true
            });
            Object.defineProperty(this, "endColumn", {
              value: endColumn,
              enumerable: true
            });
          } else {
            this.column = column;
            this.endColumn = endColumn;
          }
        }
      } catch (nop) {
      }
    }
    Exception.prototype = new Error();
    exports["default"] = Exception;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js
var require_block_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance) {
      instance.registerHelper("blockHelperMissing", function(context, options2) {
        var inverse = options2.inverse, fn = options2.fn;
        if (context === true) {
          return fn(this);
        } else if (context === false || context == null) {
          return inverse(this);
        } else if (_utils.isArray(context)) {
          if (context.length > 0) {
            if (options2.ids) {
              options2.ids = [options2.name];
            }
            return instance.helpers.each(context, options2);
          } else {
            return inverse(this);
          }
        } else {
          if (options2.data && options2.ids) {
            var data = _utils.createFrame(options2.data);
            data.contextPath = _utils.appendContextPath(options2.data.contextPath, options2.name);
            options2 = { data };
          }
          return fn(context, options2);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/each.js
var require_each = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/each.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("each", function(context, options2) {
        if (!options2) {
          throw new _exception2["default"]("Must pass iterator to #each");
        }
        var fn = options2.fn, inverse = options2.inverse, i = 0, ret = "", data = void 0, contextPath = void 0;
        if (options2.data && options2.ids) {
          contextPath = _utils.appendContextPath(options2.data.contextPath, options2.ids[0]) + ".";
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        if (options2.data) {
          data = _utils.createFrame(options2.data);
        }
        function execIteration(field, index, last) {
          if (data) {
            data.key = field;
            data.index = index;
            data.first = index === 0;
            data.last = !!last;
            if (contextPath) {
              data.contextPath = contextPath + field;
            }
          }
          ret = ret + fn(context[field], {
            data,
            blockParams: _utils.blockParams([context[field], field], [contextPath + field, null])
          });
        }
        if (context && typeof context === "object") {
          if (_utils.isArray(context)) {
            for (var j = context.length; i < j; i++) {
              if (i in context) {
                execIteration(i, i, i === context.length - 1);
              }
            }
          } else if (typeof Symbol === "function" && context[Symbol.iterator]) {
            var newContext = [];
            var iterator = context[Symbol.iterator]();
            for (var it = iterator.next(); !it.done; it = iterator.next()) {
              newContext.push(it.value);
            }
            context = newContext;
            for (var j = context.length; i < j; i++) {
              execIteration(i, i, i === context.length - 1);
            }
          } else {
            (function() {
              var priorKey = void 0;
              Object.keys(context).forEach(function(key) {
                if (priorKey !== void 0) {
                  execIteration(priorKey, i - 1);
                }
                priorKey = key;
                i++;
              });
              if (priorKey !== void 0) {
                execIteration(priorKey, i - 1, true);
              }
            })();
          }
        }
        if (i === 0) {
          ret = inverse(this);
        }
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js
var require_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("helperMissing", function() {
        if (arguments.length === 1) {
          return void 0;
        } else {
          throw new _exception2["default"]('Missing helper: "' + arguments[arguments.length - 1].name + '"');
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/if.js
var require_if = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/if.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("if", function(conditional, options2) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#if requires exactly one argument");
        }
        if (_utils.isFunction(conditional)) {
          conditional = conditional.call(this);
        }
        if (!options2.hash.includeZero && !conditional || _utils.isEmpty(conditional)) {
          return options2.inverse(this);
        } else {
          return options2.fn(this);
        }
      });
      instance.registerHelper("unless", function(conditional, options2) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#unless requires exactly one argument");
        }
        return instance.helpers["if"].call(this, conditional, {
          fn: options2.inverse,
          inverse: options2.fn,
          hash: options2.hash
        });
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/log.js
var require_log = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/log.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("log", function() {
        var args2 = [void 0], options2 = arguments[arguments.length - 1];
        for (var i = 0; i < arguments.length - 1; i++) {
          args2.push(arguments[i]);
        }
        var level = 1;
        if (options2.hash.level != null) {
          level = options2.hash.level;
        } else if (options2.data && options2.data.level != null) {
          level = options2.data.level;
        }
        args2[0] = level;
        instance.log.apply(instance, args2);
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js
var require_lookup = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("lookup", function(obj, field, options2) {
        if (!obj) {
          return obj;
        }
        return options2.lookupProperty(obj, field);
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/with.js
var require_with = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/with.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("with", function(context, options2) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#with requires exactly one argument");
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        var fn = options2.fn;
        if (!_utils.isEmpty(context)) {
          var data = options2.data;
          if (options2.data && options2.ids) {
            data = _utils.createFrame(options2.data);
            data.contextPath = _utils.appendContextPath(options2.data.contextPath, options2.ids[0]);
          }
          return fn(context, {
            data,
            blockParams: _utils.blockParams([context], [data && data.contextPath])
          });
        } else {
          return options2.inverse(this);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers.js
var require_helpers = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultHelpers = registerDefaultHelpers;
    exports.moveHelperToHooks = moveHelperToHooks;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _helpersBlockHelperMissing = require_block_helper_missing();
    var _helpersBlockHelperMissing2 = _interopRequireDefault(_helpersBlockHelperMissing);
    var _helpersEach = require_each();
    var _helpersEach2 = _interopRequireDefault(_helpersEach);
    var _helpersHelperMissing = require_helper_missing();
    var _helpersHelperMissing2 = _interopRequireDefault(_helpersHelperMissing);
    var _helpersIf = require_if();
    var _helpersIf2 = _interopRequireDefault(_helpersIf);
    var _helpersLog = require_log();
    var _helpersLog2 = _interopRequireDefault(_helpersLog);
    var _helpersLookup = require_lookup();
    var _helpersLookup2 = _interopRequireDefault(_helpersLookup);
    var _helpersWith = require_with();
    var _helpersWith2 = _interopRequireDefault(_helpersWith);
    function registerDefaultHelpers(instance) {
      _helpersBlockHelperMissing2["default"](instance);
      _helpersEach2["default"](instance);
      _helpersHelperMissing2["default"](instance);
      _helpersIf2["default"](instance);
      _helpersLog2["default"](instance);
      _helpersLookup2["default"](instance);
      _helpersWith2["default"](instance);
    }
    function moveHelperToHooks(instance, helperName, keepHelper) {
      if (instance.helpers[helperName]) {
        instance.hooks[helperName] = instance.helpers[helperName];
        if (!keepHelper) {
          delete instance.helpers[helperName];
        }
      }
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js
var require_inline = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance) {
      instance.registerDecorator("inline", function(fn, props, container, options2) {
        var ret = fn;
        if (!props.partials) {
          props.partials = {};
          ret = function(context, options3) {
            var original = container.partials;
            container.partials = _utils.extend({}, original, props.partials);
            var ret2 = fn(context, options3);
            container.partials = original;
            return ret2;
          };
        }
        props.partials[options2.args[0]] = options2.fn;
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators.js
var require_decorators = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultDecorators = registerDefaultDecorators;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _decoratorsInline = require_inline();
    var _decoratorsInline2 = _interopRequireDefault(_decoratorsInline);
    function registerDefaultDecorators(instance) {
      _decoratorsInline2["default"](instance);
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/logger.js
var require_logger = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/logger.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    var logger = {
      methodMap: ["debug", "info", "warn", "error"],
      level: "info",
      // Maps a given level value to the `methodMap` indexes above.
      lookupLevel: function lookupLevel(level) {
        if (typeof level === "string") {
          var levelMap = _utils.indexOf(logger.methodMap, level.toLowerCase());
          if (levelMap >= 0) {
            level = levelMap;
          } else {
            level = parseInt(level, 10);
          }
        }
        return level;
      },
      // Can be overridden in the host environment
      log: function log(level) {
        level = logger.lookupLevel(level);
        if (typeof console !== "undefined" && logger.lookupLevel(logger.level) <= level) {
          var method = logger.methodMap[level];
          if (!console[method]) {
            method = "log";
          }
          for (var _len = arguments.length, message = Array(_len > 1 ? _len - 1 : 0), _key = 1; _key < _len; _key++) {
            message[_key - 1] = arguments[_key];
          }
          console[method].apply(console, message);
        }
      }
    };
    exports["default"] = logger;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/create-new-lookup-object.js
var require_create_new_lookup_object = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/create-new-lookup-object.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.createNewLookupObject = createNewLookupObject;
    var _utils = require_utils();
    function createNewLookupObject() {
      for (var _len = arguments.length, sources = Array(_len), _key = 0; _key < _len; _key++) {
        sources[_key] = arguments[_key];
      }
      return _utils.extend.apply(void 0, [/* @__PURE__ */ Object.create(null)].concat(sources));
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js
var require_proto_access = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.createProtoAccessControl = createProtoAccessControl;
    exports.resultIsAllowed = resultIsAllowed;
    exports.resetLoggedProperties = resetLoggedProperties;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _createNewLookupObject = require_create_new_lookup_object();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var loggedProperties = /* @__PURE__ */ Object.create(null);
    function createProtoAccessControl(runtimeOptions) {
      var defaultMethodWhiteList = /* @__PURE__ */ Object.create(null);
      defaultMethodWhiteList["constructor"] = false;
      defaultMethodWhiteList["__defineGetter__"] = false;
      defaultMethodWhiteList["__defineSetter__"] = false;
      defaultMethodWhiteList["__lookupGetter__"] = false;
      var defaultPropertyWhiteList = /* @__PURE__ */ Object.create(null);
      defaultPropertyWhiteList["__proto__"] = false;
      return {
        properties: {
          whitelist: _createNewLookupObject.createNewLookupObject(defaultPropertyWhiteList, runtimeOptions.allowedProtoProperties),
          defaultValue: runtimeOptions.allowProtoPropertiesByDefault
        },
        methods: {
          whitelist: _createNewLookupObject.createNewLookupObject(defaultMethodWhiteList, runtimeOptions.allowedProtoMethods),
          defaultValue: runtimeOptions.allowProtoMethodsByDefault
        }
      };
    }
    function resultIsAllowed(result, protoAccessControl, propertyName) {
      if (typeof result === "function") {
        return checkWhiteList(protoAccessControl.methods, propertyName);
      } else {
        return checkWhiteList(protoAccessControl.properties, propertyName);
      }
    }
    function checkWhiteList(protoAccessControlForType, propertyName) {
      if (protoAccessControlForType.whitelist[propertyName] !== void 0) {
        return protoAccessControlForType.whitelist[propertyName] === true;
      }
      if (protoAccessControlForType.defaultValue !== void 0) {
        return protoAccessControlForType.defaultValue;
      }
      logUnexpecedPropertyAccessOnce(propertyName);
      return false;
    }
    function logUnexpecedPropertyAccessOnce(propertyName) {
      if (loggedProperties[propertyName] !== true) {
        loggedProperties[propertyName] = true;
        _logger2["default"].log("error", 'Handlebars: Access has been denied to resolve the property "' + propertyName + '" because it is not an "own property" of its parent.\nYou can add a runtime option to disable the check or this warning:\nSee https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details');
      }
    }
    function resetLoggedProperties() {
      Object.keys(loggedProperties).forEach(function(propertyName) {
        delete loggedProperties[propertyName];
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/base.js
var require_base = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/base.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.HandlebarsEnvironment = HandlebarsEnvironment;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _helpers = require_helpers();
    var _decorators = require_decorators();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var _internalProtoAccess = require_proto_access();
    var VERSION = "4.7.8";
    exports.VERSION = VERSION;
    var COMPILER_REVISION = 8;
    exports.COMPILER_REVISION = COMPILER_REVISION;
    var LAST_COMPATIBLE_COMPILER_REVISION = 7;
    exports.LAST_COMPATIBLE_COMPILER_REVISION = LAST_COMPATIBLE_COMPILER_REVISION;
    var REVISION_CHANGES = {
      1: "<= 1.0.rc.2",
      // 1.0.rc.2 is actually rev2 but doesn't report it
      2: "== 1.0.0-rc.3",
      3: "== 1.0.0-rc.4",
      4: "== 1.x.x",
      5: "== 2.0.0-alpha.x",
      6: ">= 2.0.0-beta.1",
      7: ">= 4.0.0 <4.3.0",
      8: ">= 4.3.0"
    };
    exports.REVISION_CHANGES = REVISION_CHANGES;
    var objectType = "[object Object]";
    function HandlebarsEnvironment(helpers, partials, decorators) {
      this.helpers = helpers || {};
      this.partials = partials || {};
      this.decorators = decorators || {};
      _helpers.registerDefaultHelpers(this);
      _decorators.registerDefaultDecorators(this);
    }
    HandlebarsEnvironment.prototype = {
      constructor: HandlebarsEnvironment,
      logger: _logger2["default"],
      log: _logger2["default"].log,
      registerHelper: function registerHelper(name2, fn) {
        if (_utils.toString.call(name2) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple helpers");
          }
          _utils.extend(this.helpers, name2);
        } else {
          this.helpers[name2] = fn;
        }
      },
      unregisterHelper: function unregisterHelper(name2) {
        delete this.helpers[name2];
      },
      registerPartial: function registerPartial(name2, partial) {
        if (_utils.toString.call(name2) === objectType) {
          _utils.extend(this.partials, name2);
        } else {
          if (typeof partial === "undefined") {
            throw new _exception2["default"]('Attempting to register a partial called "' + name2 + '" as undefined');
          }
          this.partials[name2] = partial;
        }
      },
      unregisterPartial: function unregisterPartial(name2) {
        delete this.partials[name2];
      },
      registerDecorator: function registerDecorator(name2, fn) {
        if (_utils.toString.call(name2) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple decorators");
          }
          _utils.extend(this.decorators, name2);
        } else {
          this.decorators[name2] = fn;
        }
      },
      unregisterDecorator: function unregisterDecorator(name2) {
        delete this.decorators[name2];
      },
      /**
       * Reset the memory of illegal property accesses that have already been logged.
       * @deprecated should only be used in handlebars test-cases
       */
      resetLoggedPropertyAccesses: function resetLoggedPropertyAccesses() {
        _internalProtoAccess.resetLoggedProperties();
      }
    };
    var log = _logger2["default"].log;
    exports.log = log;
    exports.createFrame = _utils.createFrame;
    exports.logger = _logger2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/safe-string.js
var require_safe_string = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/safe-string.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function SafeString(string) {
      this.string = string;
    }
    SafeString.prototype.toString = SafeString.prototype.toHTML = function() {
      return "" + this.string;
    };
    exports["default"] = SafeString;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js
var require_wrapHelper = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.wrapHelper = wrapHelper;
    function wrapHelper(helper, transformOptionsFn) {
      if (typeof helper !== "function") {
        return helper;
      }
      var wrapper = function wrapper2() {
        var options2 = arguments[arguments.length - 1];
        arguments[arguments.length - 1] = transformOptionsFn(options2);
        return helper.apply(this, arguments);
      };
      return wrapper;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/runtime.js
var require_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/runtime.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.checkRevision = checkRevision;
    exports.template = template;
    exports.wrapProgram = wrapProgram;
    exports.resolvePartial = resolvePartial;
    exports.invokePartial = invokePartial;
    exports.noop = noop;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _utils = require_utils();
    var Utils = _interopRequireWildcard(_utils);
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _base = require_base();
    var _helpers = require_helpers();
    var _internalWrapHelper = require_wrapHelper();
    var _internalProtoAccess = require_proto_access();
    function checkRevision(compilerInfo) {
      var compilerRevision = compilerInfo && compilerInfo[0] || 1, currentRevision = _base.COMPILER_REVISION;
      if (compilerRevision >= _base.LAST_COMPATIBLE_COMPILER_REVISION && compilerRevision <= _base.COMPILER_REVISION) {
        return;
      }
      if (compilerRevision < _base.LAST_COMPATIBLE_COMPILER_REVISION) {
        var runtimeVersions = _base.REVISION_CHANGES[currentRevision], compilerVersions = _base.REVISION_CHANGES[compilerRevision];
        throw new _exception2["default"]("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version (" + runtimeVersions + ") or downgrade your runtime to an older version (" + compilerVersions + ").");
      } else {
        throw new _exception2["default"]("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version (" + compilerInfo[1] + ").");
      }
    }
    function template(templateSpec, env) {
      if (!env) {
        throw new _exception2["default"]("No environment passed to template");
      }
      if (!templateSpec || !templateSpec.main) {
        throw new _exception2["default"]("Unknown template object: " + typeof templateSpec);
      }
      templateSpec.main.decorator = templateSpec.main_d;
      env.VM.checkRevision(templateSpec.compiler);
      var templateWasPrecompiledWithCompilerV7 = templateSpec.compiler && templateSpec.compiler[0] === 7;
      function invokePartialWrapper(partial, context, options2) {
        if (options2.hash) {
          context = Utils.extend({}, context, options2.hash);
          if (options2.ids) {
            options2.ids[0] = true;
          }
        }
        partial = env.VM.resolvePartial.call(this, partial, context, options2);
        var extendedOptions = Utils.extend({}, options2, {
          hooks: this.hooks,
          protoAccessControl: this.protoAccessControl
        });
        var result = env.VM.invokePartial.call(this, partial, context, extendedOptions);
        if (result == null && env.compile) {
          options2.partials[options2.name] = env.compile(partial, templateSpec.compilerOptions, env);
          result = options2.partials[options2.name](context, extendedOptions);
        }
        if (result != null) {
          if (options2.indent) {
            var lines = result.split("\n");
            for (var i = 0, l = lines.length; i < l; i++) {
              if (!lines[i] && i + 1 === l) {
                break;
              }
              lines[i] = options2.indent + lines[i];
            }
            result = lines.join("\n");
          }
          return result;
        } else {
          throw new _exception2["default"]("The partial " + options2.name + " could not be compiled when running in runtime-only mode");
        }
      }
      var container = {
        strict: function strict(obj, name2, loc) {
          if (!obj || !(name2 in obj)) {
            throw new _exception2["default"]('"' + name2 + '" not defined in ' + obj, {
              loc
            });
          }
          return container.lookupProperty(obj, name2);
        },
        lookupProperty: function lookupProperty(parent, propertyName) {
          var result = parent[propertyName];
          if (result == null) {
            return result;
          }
          if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
            return result;
          }
          if (_internalProtoAccess.resultIsAllowed(result, container.protoAccessControl, propertyName)) {
            return result;
          }
          return void 0;
        },
        lookup: function lookup2(depths, name2) {
          var len = depths.length;
          for (var i = 0; i < len; i++) {
            var result = depths[i] && container.lookupProperty(depths[i], name2);
            if (result != null) {
              return depths[i][name2];
            }
          }
        },
        lambda: function lambda(current, context) {
          return typeof current === "function" ? current.call(context) : current;
        },
        escapeExpression: Utils.escapeExpression,
        invokePartial: invokePartialWrapper,
        fn: function fn(i) {
          var ret2 = templateSpec[i];
          ret2.decorator = templateSpec[i + "_d"];
          return ret2;
        },
        programs: [],
        program: function program(i, data, declaredBlockParams, blockParams, depths) {
          var programWrapper = this.programs[i], fn = this.fn(i);
          if (data || depths || blockParams || declaredBlockParams) {
            programWrapper = wrapProgram(this, i, fn, data, declaredBlockParams, blockParams, depths);
          } else if (!programWrapper) {
            programWrapper = this.programs[i] = wrapProgram(this, i, fn);
          }
          return programWrapper;
        },
        data: function data(value, depth) {
          while (value && depth--) {
            value = value._parent;
          }
          return value;
        },
        mergeIfNeeded: function mergeIfNeeded(param, common2) {
          var obj = param || common2;
          if (param && common2 && param !== common2) {
            obj = Utils.extend({}, common2, param);
          }
          return obj;
        },
        // An empty object to use as replacement for null-contexts
        nullContext: Object.seal({}),
        noop: env.VM.noop,
        compilerInfo: templateSpec.compiler
      };
      function ret(context) {
        var options2 = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var data = options2.data;
        ret._setup(options2);
        if (!options2.partial && templateSpec.useData) {
          data = initData(context, data);
        }
        var depths = void 0, blockParams = templateSpec.useBlockParams ? [] : void 0;
        if (templateSpec.useDepths) {
          if (options2.depths) {
            depths = context != options2.depths[0] ? [context].concat(options2.depths) : options2.depths;
          } else {
            depths = [context];
          }
        }
        function main2(context2) {
          return "" + templateSpec.main(container, context2, container.helpers, container.partials, data, blockParams, depths);
        }
        main2 = executeDecorators(templateSpec.main, main2, container, options2.depths || [], data, blockParams);
        return main2(context, options2);
      }
      ret.isTop = true;
      ret._setup = function(options2) {
        if (!options2.partial) {
          var mergedHelpers = Utils.extend({}, env.helpers, options2.helpers);
          wrapHelpersToPassLookupProperty(mergedHelpers, container);
          container.helpers = mergedHelpers;
          if (templateSpec.usePartial) {
            container.partials = container.mergeIfNeeded(options2.partials, env.partials);
          }
          if (templateSpec.usePartial || templateSpec.useDecorators) {
            container.decorators = Utils.extend({}, env.decorators, options2.decorators);
          }
          container.hooks = {};
          container.protoAccessControl = _internalProtoAccess.createProtoAccessControl(options2);
          var keepHelperInHelpers = options2.allowCallsToHelperMissing || templateWasPrecompiledWithCompilerV7;
          _helpers.moveHelperToHooks(container, "helperMissing", keepHelperInHelpers);
          _helpers.moveHelperToHooks(container, "blockHelperMissing", keepHelperInHelpers);
        } else {
          container.protoAccessControl = options2.protoAccessControl;
          container.helpers = options2.helpers;
          container.partials = options2.partials;
          container.decorators = options2.decorators;
          container.hooks = options2.hooks;
        }
      };
      ret._child = function(i, data, blockParams, depths) {
        if (templateSpec.useBlockParams && !blockParams) {
          throw new _exception2["default"]("must pass block params");
        }
        if (templateSpec.useDepths && !depths) {
          throw new _exception2["default"]("must pass parent depths");
        }
        return wrapProgram(container, i, templateSpec[i], data, 0, blockParams, depths);
      };
      return ret;
    }
    function wrapProgram(container, i, fn, data, declaredBlockParams, blockParams, depths) {
      function prog(context) {
        var options2 = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var currentDepths = depths;
        if (depths && context != depths[0] && !(context === container.nullContext && depths[0] === null)) {
          currentDepths = [context].concat(depths);
        }
        return fn(container, context, container.helpers, container.partials, options2.data || data, blockParams && [options2.blockParams].concat(blockParams), currentDepths);
      }
      prog = executeDecorators(fn, prog, container, depths, data, blockParams);
      prog.program = i;
      prog.depth = depths ? depths.length : 0;
      prog.blockParams = declaredBlockParams || 0;
      return prog;
    }
    function resolvePartial(partial, context, options2) {
      if (!partial) {
        if (options2.name === "@partial-block") {
          partial = options2.data["partial-block"];
        } else {
          partial = options2.partials[options2.name];
        }
      } else if (!partial.call && !options2.name) {
        options2.name = partial;
        partial = options2.partials[partial];
      }
      return partial;
    }
    function invokePartial(partial, context, options2) {
      var currentPartialBlock = options2.data && options2.data["partial-block"];
      options2.partial = true;
      if (options2.ids) {
        options2.data.contextPath = options2.ids[0] || options2.data.contextPath;
      }
      var partialBlock = void 0;
      if (options2.fn && options2.fn !== noop) {
        (function() {
          options2.data = _base.createFrame(options2.data);
          var fn = options2.fn;
          partialBlock = options2.data["partial-block"] = function partialBlockWrapper(context2) {
            var options3 = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
            options3.data = _base.createFrame(options3.data);
            options3.data["partial-block"] = currentPartialBlock;
            return fn(context2, options3);
          };
          if (fn.partials) {
            options2.partials = Utils.extend({}, options2.partials, fn.partials);
          }
        })();
      }
      if (partial === void 0 && partialBlock) {
        partial = partialBlock;
      }
      if (partial === void 0) {
        throw new _exception2["default"]("The partial " + options2.name + " could not be found");
      } else if (partial instanceof Function) {
        return partial(context, options2);
      }
    }
    function noop() {
      return "";
    }
    function initData(context, data) {
      if (!data || !("root" in data)) {
        data = data ? _base.createFrame(data) : {};
        data.root = context;
      }
      return data;
    }
    function executeDecorators(fn, prog, container, depths, data, blockParams) {
      if (fn.decorator) {
        var props = {};
        prog = fn.decorator(prog, props, container, depths && depths[0], data, blockParams, depths);
        Utils.extend(prog, props);
      }
      return prog;
    }
    function wrapHelpersToPassLookupProperty(mergedHelpers, container) {
      Object.keys(mergedHelpers).forEach(function(helperName) {
        var helper = mergedHelpers[helperName];
        mergedHelpers[helperName] = passLookupPropertyOption(helper, container);
      });
    }
    function passLookupPropertyOption(helper, container) {
      var lookupProperty = container.lookupProperty;
      return _internalWrapHelper.wrapHelper(helper, function(options2) {
        return Utils.extend({ lookupProperty }, options2);
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/no-conflict.js
var require_no_conflict = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/no-conflict.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(Handlebars) {
      (function() {
        if (typeof globalThis === "object") return;
        Object.prototype.__defineGetter__("__magic__", function() {
          return this;
        });
        __magic__.globalThis = __magic__;
        delete Object.prototype.__magic__;
      })();
      var $Handlebars = globalThis.Handlebars;
      Handlebars.noConflict = function() {
        if (globalThis.Handlebars === Handlebars) {
          globalThis.Handlebars = $Handlebars;
        }
        return Handlebars;
      };
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars.runtime.js
var require_handlebars_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars.runtime.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _handlebarsBase = require_base();
    var base2 = _interopRequireWildcard(_handlebarsBase);
    var _handlebarsSafeString = require_safe_string();
    var _handlebarsSafeString2 = _interopRequireDefault(_handlebarsSafeString);
    var _handlebarsException = require_exception();
    var _handlebarsException2 = _interopRequireDefault(_handlebarsException);
    var _handlebarsUtils = require_utils();
    var Utils = _interopRequireWildcard(_handlebarsUtils);
    var _handlebarsRuntime = require_runtime();
    var runtime = _interopRequireWildcard(_handlebarsRuntime);
    var _handlebarsNoConflict = require_no_conflict();
    var _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
    function create() {
      var hb = new base2.HandlebarsEnvironment();
      Utils.extend(hb, base2);
      hb.SafeString = _handlebarsSafeString2["default"];
      hb.Exception = _handlebarsException2["default"];
      hb.Utils = Utils;
      hb.escapeExpression = Utils.escapeExpression;
      hb.VM = runtime;
      hb.template = function(spec) {
        return runtime.template(spec, hb);
      };
      return hb;
    }
    var inst = create();
    inst.create = create;
    _handlebarsNoConflict2["default"](inst);
    inst["default"] = inst;
    exports["default"] = inst;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/runtime.js
var require_runtime2 = __commonJS({
  "node_modules/handlebars/runtime.js"(exports, module) {
    module.exports = require_handlebars_runtime()["default"];
  }
});

// dist/generator/cli.js
import { readFileSync as readFileSync9, watch } from "node:fs";
import { join as join8, relative as relative2 } from "node:path";
import { parseArgs } from "node:util";

// dist/generator/config.js
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

// dist/generator/errors.js
var SchemaError = class _SchemaError extends Error {
  pointer;
  hint;
  file;
  constructor(message, pointer, hint, file = null) {
    super(message);
    this.pointer = pointer;
    this.hint = hint;
    this.file = file;
    this.name = "SchemaError";
  }
  /** The same error, attributed to a file (added by the stage that knows the file). */
  inFile(file) {
    return this.file === null ? new _SchemaError(this.message, this.pointer, this.hint, file) : this;
  }
  format() {
    const where = `${this.file ?? "<schema>"}#${this.pointer}`;
    return `error: ${this.message}
  at ${where}
  hint: ${this.hint}`;
  }
};
var OptionsError = class extends Error {
  hint;
  constructor(message, hint) {
    super(message);
    this.hint = hint;
    this.name = "OptionsError";
  }
  format() {
    return `error: ${this.message}
  hint: ${this.hint}`;
  }
};
function escapePointerToken(token) {
  return token.includes("~") || token.includes("/") ? token.replace(/~/g, "~0").replace(/\//g, "~1") : token;
}
function joinPointer(base2, ...tokens) {
  return tokens.reduce((acc, t) => `${acc}/${escapePointerToken(String(t))}`, base2);
}

// dist/generator/targets/target.js
function bannerText(model) {
  return `Generated by schema-codegen from ${model.source}. Do not edit: change the schema and regenerate.`;
}

// dist/generator/naming.js
function splitWords(name2) {
  if (/^[a-z0-9_]*$/.test(name2))
    return name2.split("_").filter((w) => w.length > 0);
  return name2.replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2").replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, "$1 $2").replace(/(\p{N})(\p{Lu})/gu, "$1 $2").split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0).map((w) => w.toLowerCase());
}
var capitalize = (word) => word.charAt(0).toUpperCase() + word.slice(1);
var pascalCase = (words) => words.map(capitalize).join("");
var camelCase = (words) => words.map((w, i) => i === 0 ? w : capitalize(w)).join("");
var snakeCase = (words) => words.join("_");
var screamingSnakeCase = (words) => snakeCase(words).toUpperCase();
function isPlainIdentifier(name2) {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name2);
}
function guardLeadingDigit(name2, prefix) {
  return /^\p{N}/u.test(name2) ? prefix + name2 : name2;
}
function assertUnique(things, target, scope, caseInsensitive = false) {
  const seen = /* @__PURE__ */ new Map();
  for (const thing of things) {
    const key = caseInsensitive ? thing.name.toLowerCase() : thing.name;
    const first = seen.get(key);
    if (first !== void 0) {
      throw new SchemaError(`${first.label} and ${thing.label} both become "${thing.name}" in ${target} (${scope})`, thing.pointer, `rename one of them, or give one a name of its own with "x-codegen": {"${target}": {"name": "..."}}`);
    }
    seen.set(key, thing);
  }
}

// dist/generator/targets/common.js
var PROPERTY_ORDERS = ["schema", "required-first-alphabetical"];
function declarationsById(model) {
  return new Map(model.declarations.map((d) => [d.id, d]));
}
function lookup(byId, id) {
  const d = byId.get(id);
  if (d === void 0)
    throw new Error(`internal: no declaration ${id}`);
  return d;
}
function overrideName(thing, target, pointer) {
  const name2 = thing.codegen[target]?.["name"];
  if (name2 === void 0)
    return null;
  if (typeof name2 !== "string" || !isPlainIdentifier(name2)) {
    throw new SchemaError(`"x-codegen/${target}/name" must be an identifier, found ${JSON.stringify(name2)}`, joinPointer(pointer, "x-codegen", target, "name"), 'use letters, digits and "_", not starting with a digit');
  }
  return name2;
}
function acceptsNull(type, byId) {
  if (type.nullable)
    return true;
  if (type.kind !== "ref")
    return false;
  const d = lookup(byId, type.id);
  return d.kind === "alias" ? acceptsNull(d.type, byId) : d.nullable;
}
function orderProperties(properties, order) {
  if (order === "schema")
    return [...properties];
  const byName = (a, b) => a.jsonName < b.jsonName ? -1 : a.jsonName > b.jsonName ? 1 : 0;
  return [...properties.filter((p) => p.required).sort(byName), ...properties.filter((p) => !p.required).sort(byName)];
}
function checkPropertyOrder(value) {
  if (!PROPERTY_ORDERS.includes(value))
    throw new OptionsError(`propertyOrder must be one of ${PROPERTY_ORDERS.join(", ")}, found ${JSON.stringify(value)}`, 'set the option to "schema" or "required-first-alphabetical"');
  return value;
}
function perDoc(derive) {
  const cache2 = /* @__PURE__ */ new WeakMap();
  return (doc) => {
    const cached = cache2.get(doc);
    if (cached !== void 0 || cache2.has(doc))
      return cached;
    const value = derive(doc);
    cache2.set(doc, value);
    return value;
  };
}
var docLines = perDoc((doc) => {
  const parts = [doc.title, doc.description].filter((p) => p !== null && p.trim() !== "");
  return Object.freeze(parts.length === 0 ? [] : parts.join("\n\n").split("\n").map((l) => l.trimEnd()));
});

// dist/generator/targets/reserved.js
var TYPESCRIPT_RESERVED = /* @__PURE__ */ new Set([
  "await",
  "break",
  "case",
  "catch",
  "class",
  "const",
  "continue",
  "debugger",
  "default",
  "delete",
  "do",
  "else",
  "enum",
  "export",
  "extends",
  "false",
  "finally",
  "for",
  "function",
  "if",
  "import",
  "in",
  "instanceof",
  "new",
  "null",
  "return",
  "super",
  "switch",
  "this",
  "throw",
  "true",
  "try",
  "typeof",
  "var",
  "void",
  "while",
  "with",
  "yield",
  "implements",
  "interface",
  "let",
  "package",
  "private",
  "protected",
  "public",
  "static",
  "any",
  "unknown",
  "never",
  "number",
  "string",
  "boolean",
  "symbol",
  "object",
  "bigint",
  "undefined",
  "type",
  "arguments",
  "eval"
]);
var TYPESCRIPT_GLOBALS_USED = /* @__PURE__ */ new Set([
  "Array",
  "Object",
  "String",
  "Number",
  "Boolean",
  "Error",
  "JSON",
  "RegExp",
  "Record",
  "Set",
  "Map",
  "Math",
  "Symbol",
  "Readonly",
  "Partial",
  "Promise"
]);
var PYTHON_RESERVED = /* @__PURE__ */ new Set([
  "False",
  "None",
  "True",
  "and",
  "as",
  "assert",
  "async",
  "await",
  "break",
  "class",
  "continue",
  "def",
  "del",
  "elif",
  "else",
  "except",
  "finally",
  "for",
  "from",
  "global",
  "if",
  "import",
  "in",
  "is",
  "lambda",
  "nonlocal",
  "not",
  "or",
  "pass",
  "raise",
  "return",
  "try",
  "while",
  "with",
  "yield",
  "_",
  "case",
  "match",
  "type"
]);
var CSHARP_RESERVED = /* @__PURE__ */ new Set([
  "abstract",
  "as",
  "base",
  "bool",
  "break",
  "byte",
  "case",
  "catch",
  "char",
  "checked",
  "class",
  "const",
  "continue",
  "decimal",
  "default",
  "delegate",
  "do",
  "double",
  "else",
  "enum",
  "event",
  "explicit",
  "extern",
  "false",
  "finally",
  "fixed",
  "float",
  "for",
  "foreach",
  "goto",
  "if",
  "implicit",
  "in",
  "int",
  "interface",
  "internal",
  "is",
  "lock",
  "long",
  "namespace",
  "new",
  "null",
  "object",
  "operator",
  "out",
  "override",
  "params",
  "private",
  "protected",
  "public",
  "readonly",
  "ref",
  "return",
  "sbyte",
  "sealed",
  "short",
  "sizeof",
  "stackalloc",
  "static",
  "string",
  "struct",
  "switch",
  "this",
  "throw",
  "true",
  "try",
  "typeof",
  "uint",
  "ulong",
  "unchecked",
  "unsafe",
  "ushort",
  "using",
  "virtual",
  "void",
  "volatile",
  "while"
]);
var JAVA_RESERVED = /* @__PURE__ */ new Set([
  "abstract",
  "assert",
  "boolean",
  "break",
  "byte",
  "case",
  "catch",
  "char",
  "class",
  "const",
  "continue",
  "default",
  "do",
  "double",
  "else",
  "enum",
  "extends",
  "final",
  "finally",
  "float",
  "for",
  "goto",
  "if",
  "implements",
  "import",
  "instanceof",
  "int",
  "interface",
  "long",
  "native",
  "new",
  "package",
  "private",
  "protected",
  "public",
  "return",
  "short",
  "static",
  "strictfp",
  "super",
  "switch",
  "synchronized",
  "this",
  "throw",
  "throws",
  "transient",
  "try",
  "void",
  "volatile",
  "while",
  "true",
  "false",
  "null",
  "_",
  "var",
  "yield",
  "record",
  "sealed",
  "permits",
  "non-sealed"
]);
var JAVA_LANG_TYPES = /* @__PURE__ */ new Set([
  "Object",
  "String",
  "Class",
  "Integer",
  "Long",
  "Short",
  "Byte",
  "Double",
  "Float",
  "Boolean",
  "Character",
  "Number",
  "Void",
  "Math",
  "System",
  "Thread",
  "Runnable",
  "Exception",
  "RuntimeException",
  "Error",
  "Throwable",
  "Iterable",
  "Comparable",
  "Override",
  "Deprecated",
  "SuppressWarnings",
  "FunctionalInterface",
  "SafeVarargs",
  "Enum",
  "Record",
  "StringBuilder",
  "CharSequence",
  "AutoCloseable",
  "Cloneable",
  "Process",
  "Runtime",
  "Package",
  "Module",
  "ClassLoader",
  "IllegalStateException",
  "IllegalArgumentException",
  "NullPointerException",
  "UnsupportedOperationException"
]);

// dist/generator/targets/csharp/literals.js
function csString(text) {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ch = text.charAt(i);
    if (ch === '"')
      out += '\\"';
    else if (ch === "\\")
      out += "\\\\";
    else if (ch === "\n")
      out += "\\n";
    else if (ch === "\r")
      out += "\\r";
    else if (ch === "	")
      out += "\\t";
    else if (c < 32 || c >= 127 && c <= 159 || c === 8232 || c === 8233 || c >= 55296 && c <= 57343)
      out += `\\u${c.toString(16).padStart(4, "0")}`;
    else
      out += ch;
  }
  return `${out}"`;
}
function csNumber(value) {
  if (Number.isInteger(value) && Math.abs(value) < 1e21)
    return BigInt(value).toString();
  return String(value);
}
function csScalar(value) {
  return typeof value === "string" ? csString(value) : typeof value === "number" ? csNumber(value) : String(value);
}
var XML_SPECIAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff&<>]/;
function xmlText(text) {
  if (!XML_SPECIAL.test(text))
    return text;
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function textLines(text) {
  return text.split(/\r\n|[\r\n\u0085\u2028\u2029]/).map((l) => {
    const line = xmlText(l.trimEnd());
    return line.includes("`") ? line.replace(/`([^`]+)`/g, "<c>$1</c>") : line;
  });
}
function docText(doc, fallback) {
  const lines = escapedLines(doc);
  return lines.length === 0 ? [fallback] : lines;
}
var escapedLines = perDoc((doc) => Object.freeze(docLines(doc).flatMap(textLines)));
function summary(lines, extra = []) {
  const body = lines.map((l) => l === "" ? "///" : `/// ${l}`);
  return ["/// <summary>", ...body, "/// </summary>", ...extra.map((l) => `/// ${l}`)];
}
function code(text) {
  return `<c>${textLines(text).join(" ")}</c>`;
}

// dist/generator/targets/csharp/names.js
var RUNTIME_TYPES = ["SchemaRuntime", "SchemaChecks", "SchemaCheck", "SchemaIssue", "SchemaValidationException", "PropertyCheck", "TagCheck"];
var FRAMEWORK_TYPES = /* @__PURE__ */ new Set([
  "JsonElement",
  "JsonException",
  "JsonSerializer",
  "JsonSerializerOptions",
  "JsonValueKind",
  "JsonProperty",
  "JsonDocument",
  "Utf8JsonReader",
  "Utf8JsonWriter",
  "JsonConverter",
  "JsonConverterAttribute",
  "JsonInclude",
  "JsonIncludeAttribute",
  "JsonPropertyName",
  "JsonPropertyNameAttribute",
  "JsonExtensionData",
  "JsonExtensionDataAttribute",
  "JsonIgnore",
  "JsonIgnoreAttribute",
  "Obsolete",
  "ObsoleteAttribute",
  "Regex",
  "RegexOptions",
  "CultureInfo",
  "Math",
  "Encoding",
  "MemoryStream",
  "StringComparer",
  "OverflowException",
  "FormatException",
  "NotSupportedException",
  "InvalidOperationException",
  ...RUNTIME_TYPES
]);
var RESERVED_MEMBERS = /* @__PURE__ */ new Set(["ToJsonString", "AdditionalProperties", "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize", "ReferenceEquals", "JsonSerializer"]);
var isDiscriminated = (d) => d.kind === "union" && d.discriminator !== null;
function identifier(name2, fallback) {
  const guarded = guardLeadingDigit(name2 === "" ? fallback : name2, "_");
  return CSHARP_RESERVED.has(guarded) ? `@${guarded}` : guarded;
}
var bare = (name2) => name2.startsWith("@") ? name2.slice(1) : name2;
function declarationNames(model) {
  const names = /* @__PURE__ */ new Map();
  model.declarations.forEach((d, index) => {
    const given = overrideName(d, "csharp", d.id);
    const pascal = pascalCase(d.words);
    const base2 = given ?? identifier(isDiscriminated(d) ? `I${pascal}` : pascal, `Schema${index}`);
    const type = given === null && FRAMEWORK_TYPES.has(base2) ? `${base2}Model` : identifier(base2, base2);
    names.set(d.id, { type, companion: d.kind === "alias" ? type : `${bare(type)}Converter`, file: bare(type) });
  });
  return names;
}
function checkTypeNames(model, names, extra) {
  const things = [];
  for (const d of model.declarations) {
    const n = names.get(d.id);
    things.push({ name: bare(n.type), pointer: d.id, label: `declaration "${d.schemaName}"` });
    if (n.companion !== n.type)
      things.push({ name: n.companion, pointer: d.id, label: `the converter of "${d.schemaName}"` });
  }
  const runtime = RUNTIME_TYPES.map((name2) => ({ name: name2, pointer: "", label: `the runtime type ${name2}` }));
  assertUnique([...runtime, ...extra, ...things], "csharp", "type names", true);
}
function memberName(owner, p, index) {
  const given = overrideName(p, "csharp", p.pointer);
  const name2 = identifier(given ?? pascalCase(p.words), `Property${index}`);
  return bare(name2) === bare(owner) || RESERVED_MEMBERS.has(bare(name2)) ? `${bare(name2)}Value` : name2;
}
function parameterName(member) {
  const b = bare(member);
  return identifier(b.charAt(0).toLowerCase() + b.slice(1), "value");
}
function objectMemberNames(d, owner) {
  const members2 = d.properties.map((p, i) => memberName(owner, p, i));
  const things = members2.map((name2, i) => ({ name: bare(name2), pointer: d.properties[i].pointer, label: `property "${d.properties[i].jsonName}"` }));
  const fixed = ["ToJsonString", "AdditionalProperties"].map((name2) => ({ name: name2, pointer: d.id, label: `the member ${name2}` }));
  assertUnique([...fixed, ...things], "csharp", `members of ${bare(owner)}`);
  const params = members2.map((m, i) => ({ name: bare(parameterName(m)), pointer: d.properties[i].pointer, label: `parameter for "${d.properties[i].jsonName}"` }));
  assertUnique(params, "csharp", `constructor parameters of ${bare(owner)}`);
  return members2;
}
function enumMemberNames(d, owner) {
  const members2 = d.values.map((v, i) => {
    const raw = typeof v === "string" ? v === "" ? "Empty" : pascalCase(splitWords(v)) : typeof v === "boolean" ? v ? "True" : "False" : `Value${String(v).replace(/-/g, "Minus").replace(/\./g, "Point").replace(/[^0-9A-Za-z]/g, "")}`;
    const name2 = identifier(raw, `Value${i}`);
    return bare(name2) === bare(owner) ? `${bare(name2)}Value` : name2;
  });
  assertUnique(members2.map((name2, i) => ({ name: bare(name2), pointer: joinPointer(d.id, "enum", i), label: `enum value ${JSON.stringify(d.values[i])}` })), "csharp", `members of enum ${bare(owner)}`);
  return members2;
}

// dist/generator/targets/csharp/pattern.js
var DIGIT = "0-9";
var WORD = "a-zA-Z0-9_";
var SPACE = "\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff";
var ANY_CODE_POINT = "(?:[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]|[^\\n\\r\\u2028\\u2029])";
var SETS = { d: DIGIT, w: WORD, s: SPACE };
var hex4 = (n) => `\\u${n.toString(16).toUpperCase().padStart(4, "0")}`;
function codePointEscape(cp) {
  if (cp <= 65535)
    return hex4(cp);
  const v = cp - 65536;
  return hex4(55296 + (v >> 10)) + hex4(56320 + (v & 1023));
}
function escape(source, i, inClass, pointer) {
  const c = source.charAt(i + 1);
  const set = SETS[c.toLowerCase()];
  if (set !== void 0) {
    const negated = c !== c.toLowerCase();
    if (!inClass)
      return [negated ? `[^${set}]` : `[${set}]`, i + 2];
    if (!negated)
      return [set, i + 2];
    return [`\\${c}`, i + 2];
  }
  if (c === "u" && source.charAt(i + 2) === "{") {
    const end = source.indexOf("}", i + 3);
    const cp = Number.parseInt(source.slice(i + 3, end), 16);
    if (end < 0 || Number.isNaN(cp))
      throw new SchemaError(`pattern has a bad \\u{...} escape`, pointer, "write \\u{1F600} with hex digits");
    return [codePointEscape(cp), end + 1];
  }
  if ((c === "p" || c === "P") && source.charAt(i + 2) === "{") {
    const end = source.indexOf("}", i + 3);
    const name2 = source.slice(i + 3, end);
    if (!/^[A-Z][a-z]?$/.test(name2)) {
      throw new SchemaError(`pattern uses \\${c}{${name2}}, which .NET regular expressions do not support`, pointer, "use a one- or two-letter general category such as \\p{L} or \\p{Lu}");
    }
    return [source.slice(i, end + 1), end + 1];
  }
  return [source.slice(i, i + 2), i + 2];
}
function dotnetPattern(source, pointer) {
  let out = "";
  let inClass = false;
  let i = 0;
  while (i < source.length) {
    const ch = source.charAt(i);
    if (ch === "\\") {
      const [text, next] = escape(source, i, inClass, pointer);
      out += text;
      i = next;
      continue;
    }
    if (inClass) {
      if (ch === "]")
        inClass = false;
      out += ch;
    } else if (ch === "[") {
      inClass = true;
      out += ch;
      if (source.charAt(i + 1) === "^") {
        out += "^";
        i++;
      }
    } else if (ch === ".")
      out += ANY_CODE_POINT;
    else if (ch === "$")
      out += "\\z";
    else
      out += ch;
    i++;
  }
  return out;
}

// dist/generator/targets/csharp/types.js
var INT32 = 2 ** 31;
function integerType(c) {
  const low = c.minimum !== null && c.minimum >= -INT32 || c.exclusiveMinimum !== null && c.exclusiveMinimum >= -INT32 - 1;
  const high = c.maximum !== null && c.maximum <= INT32 - 1 || c.exclusiveMaximum !== null && c.exclusiveMaximum <= INT32;
  return low && high ? "int" : "long";
}
function constType(value) {
  if (typeof value === "string")
    return "string";
  if (typeof value === "boolean")
    return "bool";
  if (!Number.isInteger(value))
    return "double";
  return value >= -INT32 && value < INT32 ? "int" : "long";
}
var PRIMITIVE_IO = { string: "String", int: "Int32", long: "Int64", double: "Double", bool: "Boolean", JsonElement: "Element" };
function primitive(base2) {
  const io = PRIMITIVE_IO[base2];
  return { text: base2, base: base2, valueType: base2 !== "string", nullable: false, holdsNull: base2 === "JsonElement", reader: `SchemaRuntime.Read${io}`, writer: `SchemaRuntime.Write${io}` };
}
function resolveAliases(type, ctx, seen = []) {
  if (type.kind !== "ref")
    return type;
  const d = lookup(ctx.byId, type.id);
  if (d.kind !== "alias")
    return type;
  if (seen.includes(d.id))
    throw new Error(`internal: alias cycle at ${d.id}, checkAliasCycles must run first`);
  return resolveAliases({ ...d.type, nullable: d.type.nullable || type.nullable }, ctx, [...seen, d.id]);
}
function checkAliasCycles(ctx) {
  const visit = (type, path) => {
    if (type.kind === "array")
      return visit(type.items, path);
    if (type.kind === "map")
      return visit(type.values, path);
    if (type.kind !== "ref")
      return;
    const d = lookup(ctx.byId, type.id);
    if (d.kind !== "alias")
      return;
    if (path.includes(d.id)) {
      throw new SchemaError(`"${d.schemaName}" contains itself through aliases, arrays and maps only, which C# cannot express`, d.id, "wrap the recursion in an object schema");
    }
    visit(d.type, [...path, d.id]);
  };
  for (const d of ctx.byId.values())
    if (d.kind === "alias")
      visit(d.type, [d.id]);
}
function reachesNull(type, ctx, seen = []) {
  const t = resolveAliases(type, ctx);
  if (t.nullable)
    return true;
  if (t.kind !== "ref" || seen.includes(t.id))
    return false;
  const d = lookup(ctx.byId, t.id);
  if (d.kind === "alias")
    return false;
  if (d.nullable)
    return true;
  return d.kind === "union" && d.variants.some((v) => !holdsNull(v, ctx) && reachesNull(v, ctx, [...seen, t.id]));
}
function holdsNull(type, ctx) {
  const kind = resolveAliases(type, ctx).kind;
  return kind === "any" || kind === "null";
}
function csType(type, ctx) {
  const t = resolveAliases(type, ctx);
  const base2 = baseType(t, ctx);
  return reachesNull(t, ctx) ? nullableOf(base2) : base2;
}
function nullableOf(t) {
  if (t.nullable || t.holdsNull)
    return t;
  const wrap = t.valueType ? "NullableValue" : "Nullable";
  return { ...t, text: `${t.base}?`, nullable: true, reader: `SchemaRuntime.Read${wrap}<${t.base}>(${t.reader})`, writer: `SchemaRuntime.Write${wrap}<${t.base}>(${t.writer})` };
}
function optionalOf(t) {
  if (!t.holdsNull)
    return nullableOf(t);
  return { ...t, text: `${t.base}?`, nullable: true, writer: `SchemaRuntime.WriteNullableValue<${t.base}>(${t.writer})` };
}
function referencedIds(type, ctx) {
  const t = resolveAliases(type, ctx);
  if (t.kind === "ref")
    return [t.id];
  if (t.kind === "array")
    return referencedIds(t.items, ctx);
  if (t.kind === "map")
    return referencedIds(t.values, ctx);
  return [];
}
function baseType(type, ctx) {
  const t = resolveAliases(type, ctx);
  switch (t.kind) {
    case "string":
      return primitive("string");
    case "integer":
      return primitive(integerType(t.constraints));
    case "number":
      return primitive("double");
    case "boolean":
      return primitive("bool");
    case "const":
      return primitive(constType(t.value));
    case "null":
    case "any":
      return primitive("JsonElement");
    case "array": {
      const item = csType(t.items, ctx);
      const text = `IReadOnlyList<${item.text}>`;
      return { text, base: text, valueType: false, nullable: false, holdsNull: false, reader: `SchemaRuntime.ReadArray<${item.text}>(${item.reader})`, writer: `SchemaRuntime.WriteArray<${item.text}>(${item.writer})` };
    }
    case "map": {
      const value = csType(t.values, ctx);
      const text = `IReadOnlyDictionary<string, ${value.text}>`;
      return { text, base: text, valueType: false, nullable: false, holdsNull: false, reader: `SchemaRuntime.ReadMap<${value.text}>(${value.reader})`, writer: `SchemaRuntime.WriteMap<${value.text}>(${value.writer})` };
    }
    case "ref": {
      const d = lookup(ctx.byId, t.id);
      const n = ctx.names.get(d.id);
      return { text: n.type, base: n.type, valueType: d.kind === "enum", nullable: false, holdsNull: false, reader: `${n.companion}.FromJson`, writer: `${n.companion}.WriteJson` };
    }
  }
}
function checkExpression(type, ctx, pointer) {
  const inner = baseCheck(type, ctx, pointer);
  return type.nullable && type.kind !== "null" && type.kind !== "any" ? `SchemaChecks.Nullable(${inner})` : inner;
}
function baseCheck(type, ctx, pointer) {
  switch (type.kind) {
    case "ref":
      return `${ctx.names.get(type.id).companion}.Validate`;
    case "string": {
      const c = type.constraints;
      const pattern = c.pattern === null ? null : `${csString(dotnetPattern(c.pattern, `${pointer}/pattern`))}, patternSource: ${csString(c.pattern)}`;
      return `SchemaChecks.String(${args({ minLength: c.minLength, maxLength: c.maxLength, pattern })})`;
    }
    case "integer":
      return `SchemaChecks.Integer(${args(bounds(type.constraints))})`;
    case "number":
      return `SchemaChecks.Number(${args(bounds(type.constraints))})`;
    case "boolean":
      return "SchemaChecks.Boolean";
    case "null":
      return "SchemaChecks.Null";
    case "any":
      return "SchemaChecks.Any";
    case "const":
      return `SchemaChecks.Const(${csScalar(type.value)})`;
    case "array":
      return `SchemaChecks.Array(${[checkExpression(type.items, ctx, `${pointer}/items`), args({ minItems: type.minItems, maxItems: type.maxItems })].filter((s) => s !== "").join(", ")})`;
    case "map":
      return `SchemaChecks.Map(${checkExpression(type.values, ctx, `${pointer}/additionalProperties`)})`;
  }
}
function bounds(c) {
  const n = (v) => v === null ? null : csNumber(v);
  return { minimum: n(c.minimum), maximum: n(c.maximum), exclusiveMinimum: n(c.exclusiveMinimum), exclusiveMaximum: n(c.exclusiveMaximum) };
}
function args(entries) {
  return Object.entries(entries).filter(([, v]) => v !== null).map(([k, v]) => `${k}: ${v}`).join(", ");
}

// dist/generator/targets/csharp/bases.js
function planBases(declarations, ctx) {
  const unions = declarations.filter((d) => d.kind === "union" && d.discriminator !== null);
  declarations.forEach((d) => refuseStrayOptions(d));
  const options2 = unions.map(readOptions);
  const interfaces = shared(options2, (o) => o.baseInterface, ctx, false);
  const classes = shared(options2, (o) => o.baseClass, ctx, true);
  const unionPlan = new Map(options2.map((o) => [o.union.id, { extends: o.baseInterface, members: o.baseInterface === null ? members([o], ctx) : [] }]));
  return { unions: unionPlan, variants: variantPlan(options2, classes, ctx), interfaces, classes };
}
var KEYS = ["baseInterface", "baseClass", "baseProperties"];
function refuseStrayOptions(d) {
  if (d.kind === "union" && d.discriminator !== null)
    return;
  const key = KEYS.find((k) => d.codegen["csharp"]?.[k] !== void 0);
  if (key !== void 0)
    throw new SchemaError(`"x-codegen/csharp/${key}" applies to discriminated unions only`, joinPointer(d.id, "x-codegen", "csharp", key), 'move it to a "oneOf" with a "discriminator"');
}
function identifierOption(union, key) {
  const value = union.codegen["csharp"]?.[key];
  if (value === void 0)
    return null;
  if (typeof value !== "string" || !/^[\p{L}_][\p{L}\p{N}_]*$/u.test(value)) {
    throw new SchemaError(`"x-codegen/csharp/${key}" must be an identifier, found ${JSON.stringify(value)}`, joinPointer(union.id, "x-codegen", "csharp", key), 'use letters, digits and "_", not starting with a digit');
  }
  return value;
}
function readOptions(union) {
  const raw = union.codegen["csharp"]?.["baseProperties"];
  const pointer = joinPointer(union.id, "x-codegen", "csharp", "baseProperties");
  if (raw !== void 0 && (!Array.isArray(raw) || !raw.every((p) => typeof p === "string") || new Set(raw).size !== raw.length)) {
    throw new SchemaError('"x-codegen/csharp/baseProperties" must be an array of distinct property names', pointer, 'write e.g. ["event_id", "type"]');
  }
  const properties = raw === void 0 ? [union.discriminator.propertyName] : raw;
  return { union, baseInterface: identifierOption(union, "baseInterface"), baseClass: identifierOption(union, "baseClass"), properties };
}
function variantsOf(group, ctx) {
  const ids = [...new Set(group.flatMap((o) => o.union.discriminator.mapping.map((m) => m.id)))];
  return ids.map((id) => {
    const d = lookup(ctx.byId, id);
    if (d.kind !== "object")
      throw new SchemaError(`a variant of a discriminated union must be an object, "${d.schemaName}" is not`, id, "refer to an object schema");
    return d;
  });
}
function shared(options2, key, ctx, isClass) {
  const groups = /* @__PURE__ */ new Map();
  for (const o of options2) {
    const name2 = key(o);
    if (name2 !== null)
      groups.set(name2, [...groups.get(name2) ?? [], o]);
  }
  return [...groups].map(([name2, group]) => {
    const first = group[0];
    const odd = group.find((o) => o.properties.join("\n") !== first.properties.join("\n") || isClass && o.baseInterface !== first.baseInterface);
    if (odd !== void 0) {
      throw new SchemaError(`"${odd.union.schemaName}" and "${first.union.schemaName}" share ${name2} but declare it differently`, joinPointer(odd.union.id, "x-codegen", "csharp"), "give both the same baseInterface, baseClass and baseProperties");
    }
    const unions = group.map((o) => ctx.names.get(o.union.id).type);
    return { name: name2, implements: isClass ? first.baseInterface : null, members: members(group, ctx), unions, pointer: joinPointer(first.union.id, "x-codegen", "csharp"), dispatch: dispatchOf(group) };
  });
}
function dispatchOf(group) {
  const propertyName = group[0].union.discriminator.propertyName;
  if (group.some((o) => o.union.discriminator.propertyName !== propertyName))
    return null;
  const byValue = /* @__PURE__ */ new Map();
  for (const m of group.flatMap((o) => o.union.discriminator.mapping)) {
    if ((byValue.get(m.value) ?? m.id) !== m.id)
      return null;
    byValue.set(m.value, m.id);
  }
  return { propertyName, mapping: [...byValue].map(([value, id]) => ({ value, id })) };
}
function members(group, ctx) {
  const variants = variantsOf(group, ctx);
  const tags = new Set(group.map((o) => o.union.discriminator.propertyName));
  return group[0].properties.map((jsonName) => {
    const found = variants.map((v) => {
      const index = v.properties.findIndex((p2) => p2.jsonName === jsonName);
      if (index < 0)
        throw new SchemaError(`baseProperties lists "${jsonName}", but variant "${v.schemaName}" has no such property`, v.id, `add "${jsonName}" to the variant, or remove it from baseProperties`);
      const p = v.properties[index];
      return { v, p, name: memberName(ctx.names.get(v.id).type, p, index), type: baseType(p.type, ctx) };
    });
    const first = found[0];
    const odd = found.find((f) => f.name !== first.name || f.type.base !== first.type.base);
    if (odd !== void 0) {
      throw new SchemaError(`"${jsonName}" is ${odd.type.base} ${bare(odd.name)} in "${odd.v.schemaName}" but ${first.type.base} ${bare(first.name)} in "${first.v.schemaName}"`, odd.p.pointer, "give the property the same type in every variant");
    }
    const nullable = found.some((f) => !f.p.required || !f.type.holdsNull && reachesNull(f.p.type, ctx));
    const descriptions = new Set(found.map((f) => f.p.doc.description));
    const doc = descriptions.size === 1 && first.p.doc.description !== null ? textLines(first.p.doc.description) : [`The ${code(jsonName)} property, which every variant has.`];
    return { jsonName, name: first.name, type: nullable ? `${first.type.base}?` : first.type.base, setter: tags.has(jsonName) ? "protected" : "internal", doc };
  });
}
function variantPlan(options2, classes, ctx) {
  const plan = /* @__PURE__ */ new Map();
  for (const o of options2) {
    for (const v of variantsOf([o], ctx)) {
      const entry = plan.get(v.id) ?? { baseClass: null, overrides: [], interfaces: [] };
      if (o.baseClass !== null && entry.baseClass !== null && entry.baseClass !== o.baseClass) {
        throw new SchemaError(`"${v.schemaName}" is a variant of unions with different base classes (${entry.baseClass}, ${o.baseClass})`, v.id, "give the unions the same baseClass");
      }
      const baseClass = o.baseClass ?? entry.baseClass;
      const overrides = classes.find((c) => c.name === baseClass)?.members ?? [];
      const name2 = ctx.names.get(o.union.id).type;
      plan.set(v.id, { baseClass, overrides, interfaces: entry.interfaces.includes(name2) ? entry.interfaces : [...entry.interfaces, name2] });
    }
  }
  return plan;
}

// dist/generator/targets/csharp/context.js
var OBSOLETE = '[Obsolete("The schema marks this as deprecated.")]';
var obsolete = (doc) => doc.deprecated ? [OBSOLETE] : [];
function usesDeprecated(d, types, ctx) {
  if (d.doc.deprecated)
    return true;
  if (d.kind === "object" && d.properties.some((p) => p.doc.deprecated))
    return true;
  return types.flatMap((t) => referencedIds(t, ctx)).some((id) => ctx.byId.get(id)?.doc.deprecated === true);
}
function typesOf(d) {
  switch (d.kind) {
    case "object":
      return [...d.properties.map((p) => p.type), ...d.additional.kind === "typed" ? [d.additional.type] : []];
    case "union":
      return [...d.variants];
    case "alias":
      return [d.type];
    case "enum":
      return [];
  }
}
function topIo(type, nullable, valueType = false) {
  const reader = nullable && !valueType ? `SchemaRuntime.ReadNullable<${type}>(FromJson)` : "FromJson";
  const writer = valueType ? "WriteJson" : `SchemaRuntime.WriteNullable<${type}>(WriteJson)`;
  return { topReader: reader, topWriter: writer };
}
function wrapNullable(nullable, lines) {
  if (!nullable)
    return [...lines];
  return lines.map((l, i) => `${i === 0 ? "SchemaChecks.Nullable(" : ""}${l}${i === lines.length - 1 ? ")" : ""}`);
}
function terminated(lines) {
  return lines.map((l, i) => i === lines.length - 1 ? `${l};` : l);
}

// dist/generator/targets/csharp/objects.js
function objectView(d, ctx) {
  const n = ctx.names.get(d.id);
  const names = objectMemberNames(d, n.type);
  const base2 = ctx.bases.variants.get(d.id) ?? { baseClass: null, overrides: [], interfaces: [] };
  const members2 = orderProperties(d.properties, ctx.order).map((p) => ({ p, name: names[d.properties.indexOf(p)], override: base2.overrides.find((o) => o.jsonName === p.jsonName) ?? null }));
  const shaped = members2.map((m, i) => ({ m, s: shape(m, i, ctx) }));
  const params = shaped.flatMap(({ m, s }) => s.parameter === null ? [] : [{ m, ...s.parameter }]);
  const heritage = [...base2.baseClass === null ? [] : [base2.baseClass], ...base2.interfaces];
  const hasAdditional = d.additional.kind !== "deny";
  return {
    kind: "object",
    name: n.type,
    converter: n.companion,
    docComment: summary(docText(d.doc, `The ${code(d.schemaName)} object.`)),
    attributes: obsolete(d.doc),
    suppressObsolete: usesDeprecated(d, typesOf(d), ctx),
    heritage: heritage.length === 0 ? "" : ` : ${heritage.join(", ")}`,
    constructorDoc: summary([params.length === 0 ? `Creates a <see cref="${n.type}"/>.` : `Creates a <see cref="${n.type}"/> from its required properties.`], params.map((p) => `<param name="${bare(p.name)}">${docText(p.m.p.doc, `The ${code(p.m.p.jsonName)} property.`).join(" ")}</param>`)),
    constructorParameters: params.map((p) => `${p.type} ${p.name}`).join(", "),
    constructorAssignments: params.map((p) => `this.${p.m.name} = ${p.name};`),
    fields: shaped.flatMap(({ s }) => s.fields),
    properties: shaped.map(({ m, s }) => ({ docComment: propertyDoc(m, ctx), attributes: ["[JsonInclude]", `[JsonPropertyName(${csString(m.p.jsonName)})]`, ...obsolete(m.p.doc)], declaration: s.declaration })),
    hasAdditional,
    additionalDoc: summary([d.additional.kind === "typed" ? "Properties the schema does not declare (each follows its additionalProperties schema): kept when read, written back after the declared ones." : "Properties the schema does not declare: kept when read, written back after the declared ones."]),
    hasToJsonString: base2.baseClass === null,
    checkLines: terminated(objectCheck(d, ctx)),
    constructorArguments: params.map((p, i) => `${p.reader}(json.GetProperty(${csString(p.m.p.jsonName)}))${i < params.length - 1 ? "," : ");"}`),
    hasLoop: hasAdditional || shaped.some(({ s }) => s.read !== null),
    cases: readCases(shaped, hasAdditional),
    writes: shaped.map(({ m, s }) => ({ jsonName: csString(m.p.jsonName), hasCondition: s.write.condition !== null, condition: s.write.condition ?? "", statement: s.write.statement })),
    ...topIo(n.type, reachesNull({ kind: "ref", id: d.id, nullable: false }, ctx))
  };
}
function shape(m, index, ctx) {
  const { p, override: ov } = m;
  const own = csType(p.type, ctx);
  const resolved = resolveAliases(p.type, ctx);
  const head = `public ${ov === null ? "" : "override "}`;
  const setter = (fallback) => ov === null ? fallback : `${ov.setter} `;
  const statement = (t, value) => `${t.writer}(writer, ${value});`;
  if (p.required) {
    const declared = ov !== null && ov.type.endsWith("?") ? optionalOf(own) : own;
    const always = { condition: null, statement: statement(declared, `value.${m.name}`) };
    if (resolved.kind === "const" && !own.nullable) {
      return { declaration: `${head}${ov?.type ?? constType(resolved.value)} ${m.name} { get; ${setter("private ")}set; } = ${csScalar(resolved.value)};`, fields: [], parameter: null, read: null, write: always };
    }
    const parameter = { name: parameterName(m.name), type: own.text, reader: own.reader };
    return { declaration: `${head}${declared.text} ${m.name} { get; ${setter("private ")}set; }`, fields: [], parameter, read: null, write: always };
  }
  const plain = baseType(p.type, ctx);
  const local = `v${index}`;
  const field = `_${bare(parameterName(m.name))}`;
  const literal3 = defaultLiteral(p, ctx);
  if (own.nullable) {
    const has = `_has${bare(m.name)}`;
    const get = literal3 === null ? field : `${has} ? ${field} : ${literal3}`;
    return {
      declaration: `${head}${ov?.type ?? own.text} ${m.name} { get => ${get}; ${setter("")}set { ${field} = value; ${has} = true; } }`,
      fields: [`internal bool ${has};`, `internal ${own.text} ${field};`],
      parameter: null,
      read: `value.${m.name} = ${own.reader}(property.Value);`,
      write: { condition: `value.${has}`, statement: statement(own, `value.${field}`) }
    };
  }
  const read = `value.${m.name} = ${plain.reader}(property.Value);`;
  const write = { condition: `value.${literal3 === null ? m.name : field} is { } ${local}`, statement: statement(plain, local) };
  if (literal3 !== null) {
    const declaration = `${head}${ov?.type ?? plain.text} ${m.name} { get => ${field} ?? ${literal3}; ${setter("")}set => ${field} = value; }`;
    return { declaration, fields: [`internal ${optionalOf(plain).text} ${field};`], parameter: null, read, write };
  }
  return { declaration: `${head}${ov?.type ?? optionalOf(plain).text} ${m.name} { get; ${setter("")}set; }`, fields: [], parameter: null, read, write };
}
function defaultLiteral(p, ctx) {
  const value = p.default?.value;
  if (value === void 0 || value === null || typeof value === "object")
    return null;
  const t = resolveAliases(p.type, ctx);
  if (t.kind === "ref") {
    const d = lookup(ctx.byId, t.id);
    if (d.kind !== "enum" || !d.values.includes(value))
      return null;
    const type = ctx.names.get(d.id).type;
    return `global::${ctx.namespace}.${type}.${enumMemberNames(d, type)[d.values.indexOf(value)]}`;
  }
  return ["string", "integer", "number", "boolean", "const"].includes(t.kind) ? csScalar(value) : null;
}
function propertyDoc(m, ctx) {
  const lines = docText(m.p.doc, `The ${code(m.p.jsonName)} property.`);
  const value = m.p.default?.value;
  if (value === void 0)
    return summary(lines);
  const literal3 = defaultLiteral(m.p, ctx) !== null;
  const remark = literal3 ? `Reads as ${code(JSON.stringify(value))} when absent; written only when set.` : `The schema's default is ${code(JSON.stringify(value))}.`;
  return summary(lines, [`<remarks>${remark}</remarks>`]);
}
function objectCheck(d, ctx) {
  const additional = d.additional.kind === "allow" ? "SchemaChecks.Any" : d.additional.kind === "deny" ? "null" : checkExpression(d.additional.type, ctx, `${d.id}/additionalProperties`);
  const properties = d.properties.map((p) => `SchemaChecks.Property(${csString(p.jsonName)}, ${p.required}, ${checkExpression(p.type, ctx, p.pointer)})`);
  const items = [additional, ...properties];
  return wrapNullable(d.nullable, ["SchemaChecks.Object(", ...items.map((item, i) => `    ${item}${i < items.length - 1 ? "," : ")"}`)]);
}
function readCases(shaped, hasAdditional) {
  const bound = shaped.filter(({ s }) => s.read === null).map(({ m }) => `case ${csString(m.p.jsonName)}:`);
  const reads = shaped.flatMap(({ m, s }) => s.read === null ? [] : [{ labels: [`case ${csString(m.p.jsonName)}:`], statements: [s.read, "break;"] }]);
  const skip = hasAdditional && bound.length > 0 ? [{ labels: bound, statements: ["break;"] }] : [];
  const rest = hasAdditional ? [{ labels: ["default:"], statements: ["value.AdditionalProperties[property.Name] = property.Value.Clone();", "break;"] }] : [];
  return [...skip, ...reads, ...rest];
}

// dist/generator/targets/csharp/views.js
var nullableIf = (nullable, check) => nullable ? `SchemaChecks.Nullable(${check})` : check;
function common(d, ctx, fallback) {
  const n = ctx.names.get(d.id);
  return { name: n.type, converter: n.companion, docComment: summary(docText(d.doc, fallback)), attributes: obsolete(d.doc), suppressObsolete: usesDeprecated(d, typesOf(d), ctx) };
}
function enumView(d, ctx) {
  const base2 = common(d, ctx, `The ${code(d.schemaName)} values.`);
  const members2 = enumMemberNames(d, base2.name);
  const io = d.valueType === "string" ? "String" : d.valueType === "boolean" ? "Boolean" : "Double";
  return {
    kind: "enum",
    ...base2,
    members: members2.map((name2, i) => ({ docComment: summary([`The wire value ${code(JSON.stringify(d.values[i]))}.`]), name: name2, initializer: d.values.every(isInt32) ? ` = ${String(d.values[i])}` : "", separator: i < members2.length - 1 ? "," : "" })),
    checkLines: [`${nullableIf(d.nullable, `SchemaChecks.Enum(${d.values.map(csScalar).join(", ")})`)};`],
    readValue: `SchemaRuntime.Read${io}(json)`,
    cases: members2.map((name2, i) => ({ literal: csScalar(d.values[i]), member: `global::${ctx.namespace}.${base2.name}.${name2}`, writer: `SchemaRuntime.Write${io}` })),
    typeName: csString(base2.name),
    ...topIo(base2.name, d.nullable, true)
  };
}
var isInt32 = (value) => typeof value === "number" && Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31;
function unionView(d, ctx) {
  return d.discriminator === null ? plainUnionView(d, ctx) : interfaceView(d, ctx);
}
function plainUnionView(d, ctx) {
  const base2 = common(d, ctx, `One of several shapes (${d.mode}).`);
  const variants = d.variants.map((v, i) => ({ ...baseType(v, ctx), owner: base2.name, field: `Variant${i}`, check: checkExpression(v, ctx, `${d.id}/${d.mode}/${i}`), local: `v${i}` }));
  const types = [...new Set(variants.map((v) => v.base))];
  return {
    kind: "union",
    ...base2,
    constructors: types.map((type) => ({ owner: base2.name, docComment: summary([`Holds a ${code(type)}.`], ['<param name="value">The value.</param>']), type })),
    valueDoc: summary([`The value held, one of: ${types.map(code).join(", ")}.`]),
    variants,
    checkLines: [`${nullableIf(d.nullable, `SchemaChecks.${d.mode === "oneOf" ? "OneOf" : "AnyOf"}(${variants.map((v) => v.field).join(", ")})`)};`],
    typeName: csString(base2.name),
    ...topIo(base2.name, reachesNull({ kind: "ref", id: d.id, nullable: false }, ctx))
  };
}
function interfaceView(d, ctx) {
  const base2 = common(d, ctx, `One of several objects, told apart by ${code(d.discriminator.propertyName)}.`);
  const plan = ctx.bases.unions.get(d.id);
  return {
    kind: "interface",
    ...base2,
    heritage: plan.extends === null ? "" : ` : ${plan.extends}`,
    members: plan.members.map((m) => ({ docComment: summary(m.doc), declaration: `${m.type} ${m.name} { get; }` })),
    hasToJsonString: plan.extends === null,
    ...dispatchView(base2.name, d.discriminator, d.nullable, ctx)
  };
}
function dispatchView(name2, discriminator, nullable, ctx) {
  const variants = discriminator.mapping.map((m, i) => ({ tag: csString(m.value), type: ctx.names.get(m.id).type, companion: ctx.names.get(m.id).companion, local: `v${i}` }));
  const tags = variants.map((m, i) => `    SchemaChecks.Tag(${m.tag}, ${m.companion}.Validate)${i < variants.length - 1 ? "," : ")"}`);
  return {
    converter: `${name2.replace(/^@/, "")}Converter`,
    checkLines: terminated(wrapNullable(nullable, ["SchemaChecks.Discriminated(", `    ${csString(discriminator.propertyName)},`, ...tags])),
    tag: csString(discriminator.propertyName),
    variants,
    ...topIo(name2, nullable)
  };
}
function aliasView(d, ctx) {
  const base2 = common(d, ctx, `The ${code(d.schemaName)} type.`);
  const t = csType(d.type, ctx);
  return { kind: "alias", ...base2, type: t.text, checkLines: [`${checkExpression(d.type, ctx, d.id)};`], reader: t.reader, writer: t.writer };
}
function sharedDoc(s, what) {
  return summary([`${what} every variant of ${s.unions.map((u) => `<see cref="${u}"/>`).join(", ")} has.`]);
}
function baseInterfaceView(s, ctx) {
  return {
    kind: "baseInterface",
    name: s.name,
    docComment: sharedDoc(s, "What"),
    members: s.members.map((m) => ({ docComment: summary(m.doc), declaration: `${m.type} ${m.name} { get; }` })),
    ...sharedDispatch(s, ctx)
  };
}
function baseClassView(s, ctx) {
  return {
    kind: "baseClass",
    name: s.name,
    docComment: sharedDoc(s, "The members"),
    heritage: s.implements === null ? "" : ` : ${s.implements}`,
    members: s.members.map((m) => ({ docComment: summary(m.doc), declaration: `public abstract ${m.type} ${m.name} { get; ${m.setter} set; }` })),
    ...sharedDispatch(s, ctx)
  };
}
function sharedDispatch(s, ctx) {
  if (s.dispatch === null)
    return { hasConverter: false, converter: "", checkLines: [], tag: "", variants: [], topReader: "", topWriter: "" };
  return { hasConverter: true, ...dispatchView(s.name, s.dispatch, false, ctx) };
}

// dist/generator/targets/csharp/index.js
var RUNTIME_FILES = { SchemaChecks: "checks", SchemaRuntime: "runtime", SchemaValidationException: "exception" };
var USINGS = ["System", "System.Collections.Generic", "System.Text.Json", "System.Text.Json.Serialization"];
var csharp = {
  name: "csharp",
  defaults: { namespace: "OpenAI.Realtime", targetFramework: "net10.0", propertyOrder: "schema" },
  codegenKeys: ["name", "baseInterface", "baseClass", "baseProperties"],
  *plan(model, options2) {
    const namespace = checkNamespace(options2["namespace"]);
    const byId = declarationsById(model);
    const names = declarationNames(model);
    const base2 = { model, byId, names, namespace, order: checkPropertyOrder(options2["propertyOrder"]) };
    checkAliasCycles(base2);
    const bases = planBases(model.declarations, base2);
    const ctx = { ...base2, bases };
    const shared2 = [...bases.interfaces, ...bases.classes];
    checkTypeNames(model, names, shared2.map((s) => ({ name: s.name, pointer: s.pointer, label: `the base type ${s.name}` })));
    const banner = bannerText(model);
    const file = (name2, view) => ({ path: `${name2.replace(/^@/, "")}.cs`, template: "file", view: { banner, namespace, usings: USINGS, suppressObsolete: false, ...view } });
    yield { path: `${namespace}.csproj`, template: "project", view: { banner, namespace, targetFramework: checkFramework(options2["targetFramework"]) } };
    yield* Object.entries(RUNTIME_FILES).map(([name2, template]) => ({ path: `${name2}.cs`, template, view: { banner, namespace } }));
    yield* bases.interfaces.map((s) => file(s.name, baseInterfaceView(s, ctx)));
    yield* bases.classes.map((s) => file(s.name, baseClassView(s, ctx)));
    for (const d of model.declarations)
      yield file(names.get(d.id).file, declarationView(d, ctx));
  }
};
function declarationView(d, ctx) {
  switch (d.kind) {
    case "object":
      return objectView(d, ctx);
    case "enum":
      return enumView(d, ctx);
    case "union":
      return unionView(d, ctx);
    case "alias":
      return aliasView(d, ctx);
  }
}
function checkNamespace(value) {
  const text = String(value);
  const parts = text.split(".");
  if (!parts.every((p) => /^[\p{L}_][\p{L}\p{N}_]*$/u.test(p) && !CSHARP_RESERVED.has(p))) {
    throw new OptionsError(`csharp.namespace must be a dotted C# name, found ${JSON.stringify(value)}`, "write e.g. csharp.namespace=OpenAI.Realtime");
  }
  return text;
}
function checkFramework(value) {
  const match = /^net(\d+)\.\d+$/.exec(String(value));
  if (match === null || Number(match[1]) < 6) {
    throw new OptionsError(`csharp.targetFramework must be net6.0 or later, found ${JSON.stringify(value)}`, "write e.g. csharp.targetFramework=net8.0; System.Text.Json must be in the framework");
  }
  return String(value);
}

// dist/generator/targets/docs/markdown.js
var ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
var HTML = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
var PROSE_SPECIAL = /[\\`|\n&<>\0]|^ {0,3}[#~=-]/;
function escapeHtml(text) {
  return text.replace(/[&<>]/g, (c) => HTML[c]);
}
function literal(text) {
  return text.replace(/[\\`*_[\]|~#!]/g, (c) => `\\${c}`).replace(/[&<>]/g, (c) => HTML[c]).replace(/\r?\n/g, " ").replace(/\0/g, "\uFFFD");
}
function prose(text, context) {
  if (!PROSE_SPECIAL.test(text))
    return text;
  const clean = text.replace(/\0/g, "\uFFFD");
  const source = context === "block" ? neutralizeBlocks(clean) : clean;
  let out = "";
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    const next = source[i + 1];
    if (ch === "\\" && next !== void 0 && ASCII_PUNCTUATION.test(next)) {
      out += ch + next;
      i += 2;
    } else if (ch === "`") {
      const run2 = /^`+/.exec(source.slice(i))[0];
      const end = context === "block" ? lineEnd(source, i) : source.length;
      const close = closingRun(source.slice(0, end), i + run2.length, run2.length);
      if (close < 0)
        out += "\\`".repeat(run2.length);
      else
        out += codeOut(source.slice(i, close + run2.length), source.slice(i + run2.length, close), context);
      i = close < 0 ? i + run2.length : close + run2.length;
    } else {
      out += ch === "|" ? "\\|" : ch === "\n" ? context === "cell" ? "<br>" : "\n" : HTML[ch] ?? ch;
      i += 1;
    }
  }
  return out;
}
function lineEnd(text, from) {
  const end = text.indexOf("\n", from);
  return end < 0 ? text.length : end;
}
function closingRun(text, from, length) {
  let j = text.indexOf("`", from);
  while (j >= 0) {
    const run2 = /^`+/.exec(text.slice(j))[0].length;
    if (run2 === length)
      return j;
    j = text.indexOf("`", j + run2);
  }
  return -1;
}
function codeOut(span, content, context) {
  if (context === "block")
    return span;
  if (content.includes("\\|"))
    return `<code>${escapeHtml(content.replace(/\r?\n/g, " ")).replace(/[\\|`*_[\]]/g, (c) => `&#${c.charCodeAt(0)};`)}</code>`;
  return span.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
}
function neutralizeBlocks(text) {
  return text.split("\n").map((line) => {
    const heading = /^( {0,3})(#{1,6})(?=[ \t]|$)/.exec(line);
    if (heading)
      return `${heading[1]}\\${line.slice(heading[1].length)}`;
    const fence = /^( {0,3})(`{3,}|~{3,})/.exec(line);
    if (fence)
      return `${fence[1]}${fence[2].replace(/./g, (c) => `\\${c}`)}${line.slice(fence[0].length)}`;
    const underline = /^( {0,3})(=+|-+)[ \t]*$/.exec(line);
    return underline ? `${underline[1]}\\${line.slice(underline[1].length)}` : line;
  }).join("\n");
}
function codeSpan(text, context) {
  const shown = text === "" || /^\s|\s$|[\u0000-\u001f]/.test(text) ? JSON.stringify(text) : text;
  const longest = Math.max(0, ...(shown.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longest + 1);
  const pad = shown.startsWith("`") || shown.endsWith("`") ? " " : "";
  return codeOut(`${fence}${pad}${shown}${pad}${fence}`, shown, context);
}
function fenceFor(content) {
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((r) => r.length));
  return "`".repeat(Math.max(3, longest + 1));
}
var Slugger = class {
  seen = /* @__PURE__ */ new Map();
  slug(text) {
    const base2 = text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "").replace(/ /g, "-");
    let slug = base2;
    while (this.seen.has(slug)) {
      const count = this.seen.get(base2) + 1;
      this.seen.set(base2, count);
      slug = `${base2}-${count}`;
    }
    this.seen.set(slug, 0);
    return slug;
  }
};

// dist/generator/targets/docs/context.js
var PLACEHOLDER = /\0(\d+)\0/g;
function pageContext(layout, byId, page, options2, anchors) {
  const slugger = new Slugger();
  const pending = [];
  const fill = (text) => text.includes("\0") ? text.replace(PLACEHOLDER, (_, n) => `#${anchors.get(pending[Number(n)]) ?? missingAnchor(pending[Number(n)])}`) : text;
  return {
    byId,
    options: options2,
    page,
    name: (id) => layout.names.get(id),
    href(id) {
      const known = hrefFrom(layout, anchors, page, id);
      if (known !== null)
        return known;
      pending.push(id);
      return `\0${pending.length - 1}\0`;
    },
    heading(level, text, markdown, id) {
      const slug = slugger.slug(text);
      if (id !== void 0)
        anchors.set(id, slug);
      return `${"#".repeat(level)} ${markdown ?? literal(text)}`;
    },
    fillLinks: (view) => pending.length === 0 ? view : mapStrings(view, fill)
  };
}
function hrefFrom(layout, anchors, from, id) {
  const page = layout.pageOf.get(id);
  if (page === void 0)
    throw new Error(`internal: no docs page for ${id}`);
  if (page.main.id === id)
    return page.file;
  const anchor = anchors.get(id);
  if (anchor === void 0)
    return page === from ? null : missingAnchor(id);
  return page === from ? `#${anchor}` : `${page.file}#${anchor}`;
}
function missingAnchor(id) {
  throw new Error(`internal: no heading was written for ${id}, so nothing can link to it`);
}
function mapStrings(value, f) {
  if (typeof value === "string")
    return f(value);
  if (Array.isArray(value))
    return value.map((item) => mapStrings(item, f));
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)]));
  return value;
}
function indexContext(layout, byId, anchors) {
  return { byId, name: (id) => layout.names.get(id), href: (id) => hrefFrom(layout, anchors, null, id) };
}

// dist/generator/targets/docs/types.js
function typeLabel(type, ctx) {
  return label(type, ctx, (id) => `[${literal(ctx.name(id))}](${ctx.href(id)})`);
}
function plainTypeLabel(type, ctx) {
  return label(type, ctx, (id) => ctx.name(id));
}
function label(type, ctx, ref) {
  const base2 = baseLabel(type, ctx, ref);
  return acceptsNull(type, ctx.byId) && type.kind !== "null" && type.kind !== "any" ? `${base2} or null` : base2;
}
function baseLabel(type, ctx, ref) {
  const inner = (t) => {
    const text = label(t, ctx, ref);
    return text.includes(" or ") ? `(${text})` : text;
  };
  switch (type.kind) {
    case "ref":
      return ref(type.id);
    case "const":
      return jsonType(type.value);
    case "array":
      return `array of ${inner(type.items)}`;
    case "map":
      return `map of ${inner(type.values)}`;
    default:
      return type.kind;
  }
}
function jsonType(value) {
  if (value === null)
    return "null";
  if (Array.isArray(value))
    return "array";
  if (typeof value === "number")
    return Number.isInteger(value) ? "integer" : "number";
  return typeof value === "object" ? "object" : typeof value;
}
function allowedValues(type, byId) {
  const withNull = (values) => acceptsNull(type, byId) && !values.includes(null) ? [...values, null] : values;
  if (type.kind === "const")
    return withNull([type.value]);
  if (type.kind !== "ref")
    return null;
  const d = lookup(byId, type.id);
  if (d.kind === "enum")
    return withNull([...d.values]);
  if (d.kind === "alias") {
    const inner = allowedValues(d.type, byId);
    return inner === null ? null : withNull(inner);
  }
  return null;
}
function valuesText(values, context) {
  return values.map((v) => codeSpan(typeof v === "string" ? v : JSON.stringify(v), context)).join(", ");
}
function constraints(type, prefix = "") {
  const c = (label2, value, code3 = false) => value === null ? [] : [{ label: capitalize2(`${prefix}${label2}`), value: code3 ? codeSpan(String(value), "block") : String(value) }];
  switch (type.kind) {
    case "string": {
      const s = type.constraints;
      return [...c("minimum length", s.minLength), ...c("maximum length", s.maxLength), ...c("pattern", s.pattern, true), ...c("format", s.format, true)];
    }
    case "integer":
    case "number": {
      const n = type.constraints;
      return [...c("minimum", n.minimum), ...c("maximum", n.maximum), ...c("exclusive minimum", n.exclusiveMinimum), ...c("exclusive maximum", n.exclusiveMaximum)];
    }
    case "array":
      return [...c("minimum items", type.minItems), ...c("maximum items", type.maxItems), ...constraints(type.items, `${prefix}item `)];
    case "map":
      return constraints(type.values, `${prefix}value `);
    default:
      return [];
  }
}
var capitalize2 = (text) => text.charAt(0).toUpperCase() + text.slice(1);
var constraintLine = (c) => `**${c.label}**: ${c.value}`;

// dist/generator/targets/docs/index-view.js
function indexView(model, layout, banner, ctx) {
  const mains = layout.pages.map((p) => p.main);
  const unions = mains.filter((d) => d.kind === "union");
  const listed = new Set(unions.flatMap((u) => u.variants.flatMap(refId)));
  const link = (d) => `[${literal(layout.pageOf.get(d.id).title)}](${ctx.href(d.id)})`;
  const groups = unions.map((u) => ({
    heading: `## ${link(u)}`,
    summary: summaryOf(u),
    items: u.variants.map((v, i) => variantItem(v, u.discriminator?.mapping[i]?.value ?? null, ctx))
  }));
  const others = mains.filter((d) => d.kind !== "union" && !listed.has(d.id)).map((d) => `${link(d)} (${KIND_LABELS[d.kind]})${withSummary(d)}`);
  return {
    banner,
    title: `# ${literal(model.title ?? "Reference")}`,
    description: model.description === null ? null : prose(model.description, "block"),
    groups,
    hasOthers: others.length > 0,
    othersHeading: unions.length > 0 ? "## Other declarations" : "## Declarations",
    others
  };
}
var KIND_LABELS = { object: "object", enum: "enum", union: "union", alias: "type" };
var refId = (t) => t.kind === "ref" ? [t.id] : [];
function variantItem(v, tag, ctx) {
  if (v.kind !== "ref")
    return typeLabel(v, ctx);
  const text = tag === null ? literal(ctx.name(v.id)) : codeSpan(tag, "block");
  return `[${text}](${ctx.href(v.id)})${withSummary(ctx.byId.get(v.id))}`;
}
function withSummary(d) {
  const summary2 = summaryOf(d);
  return summary2 === null ? "" : `: ${summary2}`;
}
function summaryOf(d) {
  const first = docLines(d.doc).join("\n").split(/\n\s*\n/)[0]?.replace(/\s+/g, " ").trim() ?? "";
  if (first === "")
    return null;
  const sentence = /^.*?[.!?](?=\s|$)/.exec(first)?.[0] ?? first;
  return prose(sentence, "cell");
}

// dist/generator/targets/docs/names.js
var INDEX_FILE = "README.md";
function docsLayout(model) {
  const names = new Map(model.declarations.map((d) => [d.id, overrideName2(d) ?? d.schemaName]));
  const tags = tagsOf(model);
  const hoistedBy = /* @__PURE__ */ new Map();
  for (const d of model.declarations.filter((x) => x.hoisted))
    hoistedBy.set(ownerId(d.id), [...hoistedBy.get(ownerId(d.id)) ?? [], d]);
  const pages = model.declarations.filter((d) => !d.hoisted).map((main2) => {
    const base2 = overrideName2(main2) ?? tags.get(main2.id) ?? main2.schemaName;
    const sections = hoistedBy.get(main2.id) ?? [];
    return { file: `${safeFileName(base2)}.md`, title: tags.get(main2.id) ?? names.get(main2.id), main: main2, sections };
  });
  assertUnique([{ name: INDEX_FILE, pointer: "", label: "the index page" }, ...pages.map((p) => ({ name: p.file, pointer: p.main.id, label: `the page of "${p.main.schemaName}"` }))], "docs", "page file names", true);
  const pageOf = /* @__PURE__ */ new Map();
  for (const page of pages)
    for (const d of [page.main, ...page.sections])
      pageOf.set(d.id, page);
  return { pages, pageOf, names, tags };
}
function ownerId(id) {
  return id.split("/").slice(0, 3).join("/");
}
function tagsOf(model) {
  const tags = /* @__PURE__ */ new Map();
  for (const d of model.declarations) {
    if (d.kind !== "union" || d.discriminator === null)
      continue;
    for (const m of d.discriminator.mapping)
      if (!tags.has(m.id))
        tags.set(m.id, m.value);
  }
  return tags;
}
function safeFileName(name2) {
  return name2.replace(/[^\p{L}\p{N}._-]+/gu, "-").replace(/^[.-]+/, "") || "page";
}
function overrideName2(d) {
  const name2 = d.codegen["docs"]?.["name"];
  if (name2 === void 0)
    return null;
  if (typeof name2 !== "string" || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name2)) {
    throw new SchemaError(`"x-codegen/docs/name" must be a page name, found ${JSON.stringify(name2)}`, joinPointer(d.id, "x-codegen", "docs", "name"), 'use letters, digits, ".", "_" and "-", starting with a letter or digit');
  }
  return name2;
}

// dist/generator/targets/docs/views-common.js
function docText2(doc) {
  return docLines(doc).join("\n");
}
var blockDoc = perDoc((doc) => {
  const text = docText2(doc);
  return text.trim() === "" ? null : prose(text, "block");
});
var cellDoc = perDoc((doc) => prose(docText2(doc), "cell"));
function titleHeading(d, level, ctx) {
  const text = level === 1 ? ctx.page.title : ctx.name(d.id);
  return ctx.heading(level, text, void 0, d.id);
}
function examplesView(d, level, ctx) {
  if (d.examples.length === 0)
    return { hasExamples: false, examplesHeading: null, examples: [] };
  const examplesHeading = ctx.heading(level, d.examples.length === 1 ? "Example" : "Examples");
  const examples = d.examples.map((e) => {
    const json = JSON.stringify(e, null, 4);
    return { fence: fenceFor(json), json };
  });
  return { hasExamples: true, examplesHeading, examples };
}

// dist/generator/targets/docs/rest.js
var REASONS = { 200: "OK", 201: "Created", 202: "Accepted", 204: "No Content" };
function restView(d, properties, level, ctx) {
  const endpoint = endpointOf(d);
  if (endpoint === null)
    return null;
  const heading = ctx.heading(level, "REST");
  const requestHeading = ctx.heading(level + 1, "HTTP request");
  const bodyHeading = ctx.heading(level + 1, "Body parameters");
  const responseHeading = ctx.heading(level + 1, "Response");
  const skeleton = JSON.stringify(Object.fromEntries(properties.map((p) => [p.jsonName, plainTypeLabel(p.type, ctx)])), null, 4);
  const reason = REASONS[endpoint.status];
  return {
    heading,
    requestHeading,
    requestLine: `${endpoint.method} ${ctx.options.baseUrl}${endpoint.path}`,
    bodyHeading,
    contentType: `Request schema: ${codeSpan("application/json", "block")}`,
    skeletonFence: fenceFor(skeleton),
    skeleton,
    hasBody: properties.length > 0,
    rows: properties.map((p) => ({ name: codeSpan(p.jsonName, "cell"), type: typeLabel(p.type, ctx), required: p.required ? "Yes" : "No", description: cellDoc(p.doc) })),
    responseHeading,
    responseLine: `**HTTP code**: ${endpoint.status}${reason === void 0 ? "" : ` ${reason}`}`
  };
}
function endpointOf(d) {
  const rest = d.codegen["rest"];
  if (rest === void 0)
    return null;
  const at = (key) => joinPointer(d.id, "x-codegen", "rest", key);
  const method = rest["method"];
  const path = rest["path"];
  const status = rest["status"] ?? 200;
  if (typeof method !== "string" || !/^[A-Z]+$/.test(method))
    throw bad(method, 'an HTTP method in capitals, e.g. "POST"', at("method"));
  if (typeof path !== "string" || !/^\/[^\s\0-\x1f\x7f]*$/.test(path))
    throw bad(path, 'a path starting with "/", without spaces or control characters', at("path"));
  if (typeof status !== "number" || !Number.isInteger(status) || status < 100 || status > 599)
    throw bad(status, "an HTTP status code such as 200", at("status"));
  return { method, path, status };
}
function bad(value, expected, pointer) {
  const found = value === void 0 ? "nothing" : JSON.stringify(value);
  return new SchemaError(`"x-codegen/rest" needs ${expected}, found ${found}`, pointer, `set it to ${expected}`);
}

// dist/generator/targets/docs/views.js
function pageView(banner, ctx) {
  const { main: main2, sections } = ctx.page;
  return { banner, sections: [sectionView(main2, 1, ctx), ...sections.map((d) => sectionView(d, 2, ctx))] };
}
function sectionView(d, level, ctx) {
  if (d.kind !== "object" && d.codegen["rest"] !== void 0) {
    throw new SchemaError('"x-codegen/rest" applies to object declarations only', joinPointer(d.id, "x-codegen", "rest"), "move it to the object sent as the request body");
  }
  switch (d.kind) {
    case "object":
      return objectView2(d, level, ctx);
    case "enum":
      return enumView2(d, level, ctx);
    case "union":
      return unionView2(d, level, ctx);
    case "alias":
      return aliasView2(d, level, ctx);
  }
}
function intro(d, level, ctx, lines) {
  return { kind: d.kind, heading: titleHeading(d, level, ctx), deprecated: d.doc.deprecated, description: blockDoc(d.doc), lines };
}
function objectView2(d, level, ctx) {
  const additional = d.additional.kind === "deny" ? ["**Additional properties**: not allowed"] : d.additional.kind === "typed" ? [`**Additional properties**: each must be ${typeLabel(d.additional.type, ctx)}`] : [];
  const head = intro(d, level, ctx, [...d.nullable ? ["**Type**: object or null"] : [], ...additional]);
  const properties = orderProperties(d.properties, ctx.options.propertyOrder);
  const hasProperties = properties.length > 0;
  const propertiesHeading = hasProperties ? ctx.heading(level + 1, "Properties") : null;
  const detailsHeading = hasProperties ? ctx.heading(level + 1, "Property Details") : null;
  const details = properties.map((p) => detailView(p, level + 2, ctx));
  const examples = examplesView(d, level + 1, ctx);
  const rest = restView(d, properties, level + 1, ctx);
  return { ...head, ...examples, hasProperties, propertiesHeading, rows: properties.map((p) => rowView(p, ctx)), detailsHeading, details, rest };
}
function rowView(p, ctx) {
  checkNoPropertyName(p);
  const allowed = allowedValues(p.type, ctx.byId);
  return {
    name: codeSpan(p.jsonName, "cell"),
    type: typeLabel(p.type, ctx),
    required: p.required ? "Yes" : "No",
    default: p.default === null ? "" : codeSpan(JSON.stringify(p.default.value), "cell"),
    allowed: allowed === null ? "" : valuesText(allowed, "cell"),
    description: `${p.doc.deprecated ? "**Deprecated.** " : ""}${cellDoc(p.doc)}`
  };
}
function detailView(p, level, ctx) {
  const suffix = p.required ? " (required)" : "";
  const heading = ctx.heading(level, `${p.jsonName}${suffix}`, `${codeSpan(p.jsonName, "block")}${suffix}`);
  const allowed = allowedValues(p.type, ctx.byId);
  const lines = [
    `**Type**: ${typeLabel(p.type, ctx)}`,
    ...allowed === null ? [] : [`**Allowed values**: ${valuesText(allowed, "block")}`],
    ...constraints(p.type).map(constraintLine),
    ...p.default === null ? [] : [`**Default**: ${codeSpan(JSON.stringify(p.default.value), "block")}`]
  ];
  return { heading, deprecated: p.doc.deprecated, description: blockDoc(p.doc), lines };
}
function enumView2(d, level, ctx) {
  const values = d.nullable ? [...d.values, null] : [...d.values];
  const lines = [`**Type**: ${d.valueType}${d.nullable ? " or null" : ""}`, `**Allowed values**: ${valuesText(values, "block")}`];
  const head = intro(d, level, ctx, lines);
  return { ...head, ...examplesView(d, level + 1, ctx) };
}
function aliasView2(d, level, ctx) {
  const allowed = allowedValues(d.type, ctx.byId);
  const lines = [`**Type**: ${typeLabel(d.type, ctx)}`, ...allowed === null ? [] : [`**Allowed values**: ${valuesText(allowed, "block")}`], ...constraints(d.type).map(constraintLine)];
  const head = intro(d, level, ctx, lines);
  return { ...head, ...examplesView(d, level + 1, ctx) };
}
function unionView2(d, level, ctx) {
  const how = d.discriminator !== null ? `One of the following, told apart by the ${codeSpan(d.discriminator.propertyName, "block")} property.` : d.mode === "oneOf" ? "Exactly one of the following." : "At least one of the following.";
  const head = intro(d, level, ctx, [`${how}${d.nullable ? " It may also be `null`." : ""}`]);
  const variantsHeading = ctx.heading(level + 1, "Variants");
  const variants = d.variants.map((v, i) => {
    const tag = d.discriminator?.mapping[i]?.value;
    const summary2 = constraints(v).map((c) => `${c.label.toLowerCase()} ${c.value}`);
    const label2 = `${typeLabel(v, ctx)}${summary2.length === 0 ? "" : ` (${summary2.join(", ")})`}`;
    return tag === void 0 ? label2 : `${codeSpan(tag, "block")}: ${label2}`;
  });
  return { ...head, ...examplesView(d, level + 1, ctx), variantsHeading, variants: d.nullable ? [...variants, "`null`"] : variants };
}
function checkNoPropertyName(p) {
  if (p.codegen["docs"]?.["name"] !== void 0) {
    throw new SchemaError('"x-codegen/docs/name" does not apply to properties: the docs show wire names', joinPointer(p.pointer, "x-codegen", "docs", "name"), "remove it");
  }
}

// dist/generator/targets/docs/index.js
var docs = {
  name: "docs",
  defaults: { propertyOrder: "schema", baseUrl: "" },
  codegenKeys: ["name"],
  plan: (model, options2) => planDocs(model, docsOptions(options2))
};
function* planDocs(model, options2) {
  const layout = docsLayout(model);
  const byId = declarationsById(model);
  const banner = `<!-- ${escapeHtml(bannerText(model)).replace(/--/g, "- -")} -->`;
  const anchors = /* @__PURE__ */ new Map();
  for (const page of layout.pages) {
    const ctx = pageContext(layout, byId, page, options2, anchors);
    yield { path: page.file, template: "file", view: ctx.fillLinks(pageView(banner, ctx)) };
  }
  yield { path: INDEX_FILE, template: "index", view: indexView(model, layout, banner, indexContext(layout, byId, anchors)) };
}
function docsOptions(options2) {
  const baseUrl = options2["baseUrl"];
  if (typeof baseUrl !== "string" || /[\s\0-\x1f\x7f]/.test(baseUrl) || baseUrl.endsWith("/")) {
    throw new OptionsError(`docs.baseUrl must be a URL without spaces, control characters or a final "/", found ${JSON.stringify(baseUrl)}`, 'e.g. --option docs.baseUrl=https://api.example.com, or "" for paths only');
  }
  return { propertyOrder: checkPropertyOrder(options2["propertyOrder"]), baseUrl };
}

// dist/generator/targets/java/names.js
var IMPORTED_TYPES = /* @__PURE__ */ new Set([
  "JsonValue",
  "JsonField",
  "JsonMissing",
  "JsonNull",
  "JsonBoolean",
  "JsonNumber",
  "JsonString",
  "JsonArray",
  "JsonObject",
  "ExcludeMissing",
  "ObjectMappers",
  "Utils",
  "Schema",
  "BaseDeserializer",
  "BaseSerializer",
  "Conversions",
  "StringSchema",
  "NumberSchema",
  "ArraySchema",
  "ObjectSchema",
  "VariantsSchema",
  "DiscriminatedSchema",
  "OpenAIException",
  "OpenAIInvalidDataException",
  "List",
  "Map",
  "Set",
  "Optional",
  "Objects",
  "Collections",
  "LinkedHashMap",
  "JsonCreator",
  "JsonProperty",
  "JsonAnyGetter",
  "JsonAnySetter",
  "JsonDeserialize",
  "JsonSerialize",
  "TypeReference",
  "Builder",
  "Visitor",
  "Known",
  "Value",
  "Deserializer",
  "Serializer",
  // Member types the nested (de)serializers inherit from Jackson's JsonDeserializer/JsonSerializer.
  "None"
]);
var OBJECT_METHODS = ["equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize", "validate", "isValid", "validated"];
var OBJECT_MEMBERS = /* @__PURE__ */ new Set([
  ...OBJECT_METHODS,
  "builder",
  "toBuilder",
  "additionalProperties",
  "putAdditionalProperty",
  "putAllAdditionalProperties",
  "removeAdditionalProperty",
  "removeAllAdditionalProperties",
  "build",
  "from"
]);
var UNION_MEMBERS = /* @__PURE__ */ new Set([...OBJECT_METHODS, "accept", "json"]);
function classNames(model) {
  const names = /* @__PURE__ */ new Map();
  for (const d of model.declarations) {
    const override = overrideName(d, "java", d.id);
    if (override !== null && isTaken(override)) {
      throw new SchemaError(`"x-codegen/java/name" ${JSON.stringify(override)} is a Java keyword or a type the generated code uses`, joinPointer(d.id, "x-codegen", "java", "name"), "choose another class name");
    }
    names.set(d.id, override ?? escapeClassName(pascalCase(d.words)));
  }
  const things = model.declarations.map((d) => ({ name: names.get(d.id), pointer: d.id, label: `declaration "${d.schemaName}"` }));
  assertUnique(things, "java", "class names (file names, compared ignoring case)", true);
  return names;
}
var isTaken = (name2) => JAVA_RESERVED.has(name2) || JAVA_LANG_TYPES.has(name2) || IMPORTED_TYPES.has(name2);
function escapeClassName(name2) {
  const guarded = guardLeadingDigit(name2 === "" ? "Model" : name2, "_");
  return isTaken(guarded) ? `${guarded}_` : guarded;
}
function memberName2(words, fallback, taken = OBJECT_MEMBERS) {
  const name2 = guardLeadingDigit(words.length === 0 ? fallback : camelCase(words), "_");
  return JAVA_RESERVED.has(name2) || taken.has(name2) ? `${name2}_` : name2;
}
function propertyMembers(d, properties) {
  const names = properties.map((p, i) => {
    const override = overrideName(p, "java", p.pointer);
    return override ?? memberName2(p.words, `property${i}`);
  });
  assertUnique(properties.map((p, i) => ({ name: names[i], pointer: p.pointer, label: `property "${p.jsonName}"` })), "java", `members of ${d.schemaName}`);
  return names;
}
function constantNames(d) {
  const names = d.values.map((v) => {
    const words = splitWords(String(v));
    return guardLeadingDigit(words.length === 0 ? "EMPTY" : screamingSnakeCase(words), "_");
  });
  assertUnique(d.values.map((v, i) => ({ name: names[i], pointer: joinPointer(d.id, "enum", i), label: `enum value ${JSON.stringify(v)}` })), "java", `constants of ${d.schemaName}`);
  return names;
}
function variantName(base2) {
  const stripped = base2.length > "Event".length && base2.endsWith("Event") ? base2.slice(0, -"Event".length) : base2;
  const words = splitWords(stripped);
  return { pascal: pascalCase(words), camel: memberName2(words, "variant", UNION_MEMBERS) };
}

// dist/generator/targets/java/javadoc.js
var JAVADOC_SPECIAL = /[&<>@\\`]|\*\//;
function escapeJavadoc(text) {
  if (!JAVADOC_SPECIAL.test(text))
    return text;
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/@/g, "&#64;").replace(/\\/g, "&#92;").replace(/\*\//g, "*&#47;");
  return escaped.replace(/`([^`{}]+)`/g, "{@code $1}");
}
var escapedLines2 = perDoc((doc) => Object.freeze(docLines(doc).map(escapeJavadoc)));
function docText3(doc, extra = []) {
  const lines = escapedLines2(doc);
  if (extra.length === 0)
    return lines;
  return lines.length === 0 ? [...extra] : [...lines, "", ...extra];
}
function javadoc(lines) {
  if (lines.length === 0)
    return [];
  const paragraphs = lines.map((l, i) => i > 0 && lines[i - 1] === "" && !/^(<pre>|@)/.test(l) ? `<p>${l}` : l);
  return ["/**", ...paragraphs.map((l) => l === "" ? " *" : ` * ${l}`), " */"];
}

// dist/generator/targets/java/types.js
function resolveAlias(type, ctx) {
  if (type.kind !== "ref")
    return type;
  const d = lookup(ctx.byId, type.id);
  return d.kind === "alias" ? resolveAlias(d.type, ctx) : type;
}
function isRaw(type, ctx) {
  const t = resolveAlias(type, ctx);
  return t.kind === "const" || t.kind === "null" || t.kind === "any";
}
function javaType(type, ctx) {
  const t = resolveAlias(type, ctx);
  switch (t.kind) {
    case "ref":
      return ctx.names.get(t.id);
    case "string":
      return "String";
    case "integer":
      return "Long";
    case "number":
      return "Double";
    case "boolean":
      return "Boolean";
    case "array":
      return `List<${javaType(t.items, ctx)}>`;
    case "map":
      return `Map<String, ${javaType(t.values, ctx)}>`;
    case "const":
    case "null":
    case "any":
      return "JsonValue";
  }
}
var PRIMITIVES = { Long: "long", Double: "double", Boolean: "boolean" };
function unboxed(boxed) {
  return PRIMITIVES[boxed] ?? boxed;
}
var isGeneric = (javaType2) => javaType2.includes("<");
function typeToken(boxed) {
  return isGeneric(boxed) ? `new TypeReference<${boxed}>() {}` : `${boxed}.class`;
}
function javaString(text) {
  return JSON.stringify(text).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
function javaNumber(n) {
  return Number.isInteger(n) && Math.abs(n) < 2 ** 31 ? String(n) : `${String(n)}D`;
}
function jsonValueLiteral(value) {
  if (typeof value === "string")
    return `JsonValue.from(${javaString(value)})`;
  if (typeof value === "boolean")
    return `JsonValue.from(${value})`;
  return Number.isSafeInteger(value) ? `JsonValue.from(${value}L)` : `JsonValue.from(${String(value)}D)`;
}
function schemaExpression(type, ctx) {
  const inner = baseSchema(type, ctx);
  return type.nullable && type.kind !== "null" && type.kind !== "any" ? `Schema.nullable(${inner})` : inner;
}
function baseSchema(type, ctx) {
  switch (type.kind) {
    case "ref":
      return `Schema.lazy(() -> ${ctx.names.get(type.id)}.SCHEMA)`;
    case "string": {
      const c = type.constraints;
      return `Schema.string()${chain({ minLength: c.minLength, maxLength: c.maxLength })}${c.pattern === null ? "" : `.pattern(${javaString(c.pattern)})`}`;
    }
    case "integer":
    case "number":
      return `Schema.${type.kind}()${chain({ ...type.constraints })}`;
    case "boolean":
      return "Schema.bool()";
    case "null":
      return "Schema.nullValue()";
    case "any":
      return "Schema.any()";
    case "const":
      return `Schema.constant(${jsonValueLiteral(type.value)})`;
    case "array":
      return `Schema.array(${schemaExpression(type.items, ctx)})${chain({ minItems: type.minItems, maxItems: type.maxItems })}`;
    case "map":
      return `Schema.map(${schemaExpression(type.values, ctx)})`;
  }
}
function chain(entries) {
  return Object.entries(entries).filter((e) => e[1] !== null).map(([k, v]) => `.${k}(${javaNumber(v)})`).join("");
}

// dist/generator/targets/java/object-view.js
var MAX_JAVA_PROPERTIES = 254;
function objectView3(d, name2, ctx, order) {
  if (d.properties.length > MAX_JAVA_PROPERTIES) {
    throw new SchemaError(`${d.schemaName} has ${d.properties.length} properties; a Java class takes at most ${MAX_JAVA_PROPERTIES} (the JVM allows 255 constructor parameters)`, joinPointer(d.id, "properties"), "group some properties into a nested object, or generate without the java target");
  }
  const members2 = new Map(propertyMembers(d, d.properties).map((m, i) => [d.properties[i], m]));
  const properties = orderProperties(d.properties, order);
  const views = properties.map((p, i) => propertyView(p, members2.get(p), ctx, i === properties.length - 1));
  const required = views.filter((v, i) => properties[i].required && !v.builderInit.startsWith("JsonValue.from"));
  const builderDoc = [
    `Returns a mutable builder for constructing an instance of {@link ${name2}}.`,
    ...required.length === 0 ? [] : ["", "The following fields are required:", "<pre>{@code", ...required.map((v) => `.${v.member}()`), "}</pre>"]
  ];
  return { kind: "object", name: name2, doc: javadoc(docText3(d.doc, d.doc.deprecated ? ["@deprecated"] : [])), schema: objectSchema(d, ctx), properties: views, builderDoc: javadoc(builderDoc) };
}
function propertyView(p, member, ctx, last) {
  const raw = isRaw(p.type, ctx);
  const boxed = javaType(p.type, ctx);
  const optional2 = !p.required || acceptsNull(p.type, ctx.byId);
  const resolved = resolveAlias(p.type, ctx);
  const constant = resolved.kind === "const" ? resolved.value : null;
  const defaultLine = p.default === null ? [] : [`Defaults to {@code ${javaDocJson(JSON.stringify(p.default.value))}} when absent.`];
  const deprecated = p.doc.deprecated ? ["@deprecated"] : [];
  const constLines = constant === null ? [] : ["Expected to always return the following:", "<pre>{@code", javaDocJson(jsonValueLiteral(constant)), "}</pre>", "", "However, this method can be useful for debugging and logging (e.g. if the server responded with an unexpected value)."];
  const builderInit = p.required ? constant !== null ? jsonValueLiteral(constant) : "null" : raw ? "JsonMissing.of()" : "JsonField.missing()";
  return {
    member,
    jsonName: javaString(p.jsonName),
    fieldType: raw ? "JsonValue" : `JsonField<${boxed}>`,
    hasTypedGetter: !raw,
    getterType: optional2 ? `Optional<${boxed}>` : unboxed(boxed),
    getterAccessor: optional2 ? "getOptional" : "getRequired",
    getterDoc: javadoc(docText3(p.doc, [...defaultLine, ...deprecated])),
    rawGetterDoc: javadoc(raw ? docText3(p.doc, [...constLines, ...defaultLine, ...deprecated]) : [`Returns the raw JSON value of {@link #${member}()}.`, "", `Unlike {@link #${member}()}, this method doesn't throw if the JSON field has an unexpected type.`, ...deprecated.length > 0 ? ["", ...deprecated] : []]),
    deprecated: p.doc.deprecated,
    builderInit,
    buildArgument: p.required && builderInit === "null" ? `Utils.checkRequired(${javaString(member)}, this.${member})` : `this.${member}`,
    setters: raw ? [] : setters(p, member, boxed, optional2 && acceptsNull(p.type, ctx.byId)),
    fieldSetterDoc: javadoc(raw ? docText3(p.doc, deprecated) : [`Sets {@link Builder#${member}} to an arbitrary JSON value.`, "", "You should usually call the overload with a well-typed value instead. This method is primarily for setting the field to an undocumented or not yet supported value.", ...deprecated.length > 0 ? ["", ...deprecated] : []]),
    comma: last ? "" : ","
  };
}
function setters(p, member, boxed, nullable) {
  const doc = javadoc(docText3(p.doc, p.doc.deprecated ? ["@deprecated"] : []));
  if (!nullable)
    return [{ member, doc, deprecated: p.doc.deprecated, paramType: unboxed(boxed), argument: `JsonField.of(${member})` }];
  return [
    { member, doc, deprecated: p.doc.deprecated, paramType: boxed, argument: `JsonField.ofNullable(${member})` },
    { member, doc: javadoc([`Alias for calling {@link Builder#${member}} with {@code ${member}.orElse(null)}.`, ...p.doc.deprecated ? ["", "@deprecated"] : []]), deprecated: p.doc.deprecated, paramType: `Optional<${boxed}>`, argument: `${member}.orElse(null)` }
  ];
}
var javaDocJson = (json) => json.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/@/g, "&#64;").replace(/\\/g, "&#92;").replace(/[{}]/g, (c) => c === "{" ? "&#123;" : "&#125;").replace(/\*\//g, "*&#47;");
function objectSchema(d, ctx) {
  const indent = "\n            ";
  const calls = d.properties.map((p) => `.property(${javaString(p.jsonName)}, ${p.required}, ${schemaExpression(p.type, ctx)})`);
  if (d.additional.kind === "deny")
    calls.push(".noAdditionalProperties()");
  if (d.additional.kind === "typed")
    calls.push(`.additionalProperties(${schemaExpression(d.additional.type, ctx)})`);
  const expression = `Schema.object()${calls.map((c) => indent + c).join("")}`;
  return d.nullable ? `Schema.nullable(${expression})` : expression;
}

// dist/generator/targets/java/other-views.js
var deprecatedDoc = (d) => d.doc.deprecated ? ["@deprecated"] : [];
var VALUE_TYPES = { string: "String", integer: "Long", number: "Double", boolean: "Boolean" };
function enumView3(d, name2) {
  const boxed = VALUE_TYPES[d.valueType];
  const constants = constantNames(d).map((constant, i) => {
    const value = d.values[i];
    const literal3 = typeof value === "string" ? javaString(value) : typeof value === "number" ? Number.isSafeInteger(value) && d.valueType === "integer" ? `${value}L` : `${value}D` : String(value);
    return { className: name2, constant, literal: literal3, doc: javadoc([`The value ${escapeJavadoc(JSON.stringify(value))}.`]) };
  });
  const schema = `Schema.enumeration(${d.values.map(jsonValueLiteral).join(", ")})`;
  return {
    kind: "enum",
    name: name2,
    doc: javadoc(docText3(d.doc, deprecatedDoc(d))),
    schema: d.nullable ? `Schema.nullable(${schema})` : schema,
    constants,
    ofParamType: d.nullable ? boxed : unboxed(boxed),
    boxed,
    asMethod: `as${boxed}`,
    asType: unboxed(boxed)
  };
}
function unionView3(d, name2, ctx) {
  const variants = d.variants.map((v, i) => variantView(d, name2, v, i, ctx));
  const members2 = variants.flatMap((v) => [v.getter, v.ofMethod, v.isMethod, v.asMethod]);
  const taken = ["isValid", "accept", "validate", "_json"];
  const clash = members2.find((m) => taken.includes(m));
  if (clash !== void 0)
    throw new SchemaError(`a variant of ${d.schemaName} becomes the method "${clash}", which the union class declares itself`, d.id, `give the variant's declaration another name with "x-codegen": {"java": {"name": "..."}}`);
  assertUnique(variants.map((v, i) => ({ name: v.pascal, pointer: `${d.id}/${d.mode}/${i}`, label: `variant ${i}` })), "java", `variants of ${d.schemaName}`);
  const schema = d.discriminator === null ? `Schema.${d.mode}(${d.variants.map((v) => schemaExpression(v, ctx)).join(", ")})` : "variants";
  return {
    kind: "union",
    name: name2,
    doc: javadoc(docText3(d.doc, deprecatedDoc(d))),
    schema: d.nullable ? `Schema.nullable(${schema})` : schema,
    discriminated: d.discriminator !== null,
    tagProperty: javaString(d.discriminator?.propertyName ?? ""),
    variants,
    unknownToString: javaString(`${name2}{_unknown=`)
  };
}
function variantView(d, name2, v, i, ctx) {
  const type = javaType(v, ctx);
  const names = variantName(v.kind === "ref" ? baseName(v, ctx) : PRIMITIVE_VARIANTS[resolveAlias(v, ctx).kind] ?? "Json");
  const target = v.kind === "ref" ? lookup(ctx.byId, v.id) : null;
  const tag = d.discriminator?.mapping.find((m) => v.kind === "ref" && m.id === v.id)?.value ?? null;
  return {
    className: name2,
    pascal: names.pascal,
    getter: names.camel,
    ofMethod: `of${names.pascal}`,
    isMethod: `is${names.pascal}`,
    asMethod: `as${names.pascal}`,
    visitMethod: `visit${names.pascal}`,
    getterLiteral: javaString(names.camel),
    type,
    // The value is held as an Object: reading back a generic type (List<...>) is an unchecked cast.
    uncheckedCast: isGeneric(type),
    parameterType: unboxed(type),
    token: typeToken(type),
    schema: schemaExpression(v, ctx),
    tag: tag === null ? "null" : javaString(tag),
    /** The class a ref variant names (its SCHEMA validates the variant); null otherwise. */
    refClass: v.kind === "ref" ? baseName(v, ctx) : null,
    toStringPrefix: javaString(`${name2}{${names.camel}=`),
    doc: javadoc(target === null ? [] : docText3(target.doc)),
    index: i
  };
}
var PRIMITIVE_VARIANTS = { string: "String", integer: "Integer", number: "Number", boolean: "Bool", array: "Array", map: "Map", null: "Null", const: "Const", any: "Json" };
function baseName(v, ctx) {
  return ctx.names.get(v.id);
}
function aliasView3(d, name2, ctx) {
  const raw = isRaw(d.type, ctx);
  const boxed = javaType(d.type, ctx);
  const nullable = acceptsNull(d.type, ctx.byId);
  return {
    kind: "alias",
    name: name2,
    doc: javadoc(docText3(d.doc, deprecatedDoc(d))),
    schema: schemaExpression(d.type, ctx),
    raw,
    fieldType: raw ? "JsonValue" : `JsonField<${boxed}>`,
    ofParamType: raw ? "JsonValue" : nullable ? boxed : unboxed(boxed),
    ofArgument: raw ? "value" : nullable ? "JsonField.ofNullable(value)" : "JsonField.of(value)",
    getterType: nullable ? `Optional<${boxed}>` : unboxed(boxed),
    getterAccessor: nullable ? "getOptional" : "getRequired",
    token: typeToken(boxed),
    boxed
  };
}

// dist/generator/targets/java/views.js
function modelFileView(model, d, ctx, packages, order) {
  const name2 = ctx.names.get(d.id);
  const view = declarationView2(d, name2, ctx, order);
  return { banner: bannerText(model), packageName: packages.models, imports: importsFor(d, view, packages), ...view };
}
function declarationView2(d, name2, ctx, order) {
  switch (d.kind) {
    case "object":
      return objectView3(d, name2, ctx, order);
    case "enum":
      return enumView3(d, name2);
    case "union":
      return unionView3(d, name2, ctx);
    case "alias":
      return aliasView3(d, name2, ctx);
  }
}
var BASE_IMPORTS = {
  object: [
    "com.fasterxml.jackson.annotation.JsonAnyGetter",
    "com.fasterxml.jackson.annotation.JsonAnySetter",
    "com.fasterxml.jackson.annotation.JsonCreator",
    "com.fasterxml.jackson.annotation.JsonProperty",
    "core.ExcludeMissing",
    "core.JsonValue",
    "core.Schema",
    "core.Utils",
    "errors.OpenAIInvalidDataException",
    "java.util.Collections",
    "java.util.LinkedHashMap",
    "java.util.Map",
    "java.util.Objects",
    "java.util.Set"
  ],
  enum: [...jacksonSerde(), "core.BaseDeserializer", "core.BaseSerializer", "core.JsonValue", "core.Schema", "errors.OpenAIInvalidDataException"],
  union: [...jacksonSerde(), "core.BaseDeserializer", "core.BaseSerializer", "core.JsonValue", "core.Schema", "core.Utils", "errors.OpenAIInvalidDataException", "java.util.Objects", "java.util.Optional"],
  alias: [...jacksonSerde(), "core.BaseDeserializer", "core.BaseSerializer", "core.JsonValue", "core.Schema", "errors.OpenAIInvalidDataException", "java.util.Objects"]
};
function jacksonSerde() {
  return ["com.fasterxml.jackson.databind.annotation.JsonDeserialize", "com.fasterxml.jackson.databind.annotation.JsonSerialize"];
}
var CODE_FIELDS = [
  "properties",
  "fieldType",
  "getterType",
  "builderInit",
  "buildArgument",
  "setters",
  "paramType",
  "argument",
  "schema",
  "variants",
  "type",
  "parameterType",
  "token",
  "ofParamType",
  "ofArgument",
  "boxed",
  "asType"
];
var CONDITIONAL_IMPORTS = {
  "List<": "java.util.List",
  "Map<": "java.util.Map",
  "Optional<": "java.util.Optional",
  "Collections.": "java.util.Collections",
  "TypeReference<": "com.fasterxml.jackson.core.type.TypeReference",
  JsonField: "core.JsonField",
  JsonMissing: "core.JsonMissing"
};
var MENTIONS = /\b(?:List<|Map<|Optional<|Collections\.|TypeReference<|JsonField\b|JsonMissing\b)/g;
function codeMentions(value, found) {
  if (typeof value === "string") {
    for (const mention of value.match(MENTIONS) ?? [])
      found.add(mention);
  } else if (Array.isArray(value)) {
    for (const item of value)
      codeMentions(item, found);
  } else if (value !== null && typeof value === "object") {
    for (const key of CODE_FIELDS)
      if (key in value)
        codeMentions(value[key], found);
  }
  return found;
}
function importsFor(d, view, packages) {
  const wanted = new Set(BASE_IMPORTS[d.kind]);
  for (const mention of codeMentions(view, /* @__PURE__ */ new Set()))
    wanted.add(CONDITIONAL_IMPORTS[mention]);
  if (d.kind === "union" && d.discriminator !== null)
    ["java.util.Collections", "core.DiscriminatedSchema"].forEach((i) => wanted.add(i));
  const qualified = [...wanted].map((i) => i.startsWith("core.") ? `${packages.core}${i.slice(4)}` : i.startsWith("errors.") ? `${packages.errors}${i.slice(6)}` : i);
  return qualified.sort();
}

// dist/generator/targets/java/index.js
var CORE_CLASSES = [
  "JsonValue",
  "JsonMissing",
  "JsonNull",
  "JsonBoolean",
  "JsonNumber",
  "JsonString",
  "JsonArray",
  "JsonObject",
  "JsonField",
  "Conversions",
  "ExcludeMissing",
  "ObjectMappers",
  "Utils",
  "BaseDeserializer",
  "BaseSerializer",
  "Schema",
  "StringSchema",
  "NumberSchema",
  "ArraySchema",
  "ObjectSchema",
  "VariantsSchema",
  "DiscriminatedSchema"
];
var ERROR_CLASSES = ["OpenAIException", "OpenAIInvalidDataException"];
var SOURCES = "src/main/java";
var java = {
  name: "java",
  defaults: { package: "com.openai.models.realtime", runtimePackage: "com.openai", propertyOrder: "required-first-alphabetical" },
  codegenKeys: ["name"],
  *plan(model, options2) {
    const packages = packagesOf(options2);
    const order = checkPropertyOrder(options2["propertyOrder"]);
    const ctx = { byId: declarationsById(model), names: classNames(model) };
    yield pom(model, packages);
    yield* runtimeFiles(model, packages);
    for (const d of model.declarations) {
      yield { path: `${SOURCES}/${pathOf(packages.models)}/${ctx.names.get(d.id)}.java`, template: "file", view: modelFileView(model, d, ctx, packages, order) };
    }
  }
};
function packagesOf(options2) {
  const models = checkPackage("package", options2["package"]);
  const runtime = checkPackage("runtimePackage", options2["runtimePackage"]);
  return { models, core: `${runtime}.core`, errors: `${runtime}.errors` };
}
function checkPackage(option, value) {
  const segments = typeof value === "string" ? value.split(".") : [];
  const ok = segments.length > 0 && segments.every((s) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(s) && !JAVA_RESERVED.has(s));
  if (!ok)
    throw new OptionsError(`java ${option} must be a Java package name, found ${JSON.stringify(value)}`, 'use dot-separated identifiers that are not keywords, e.g. "com.example.models"');
  return value;
}
var pathOf = (pkg) => pkg.replace(/\./g, "/");
function runtimeFiles(model, packages) {
  const view = { banner: bannerText(model), corePackage: packages.core, errorsPackage: packages.errors };
  return [
    ...CORE_CLASSES.map((c) => ({ path: `${SOURCES}/${pathOf(packages.core)}/${c}.java`, template: `core-${c}`, view })),
    ...ERROR_CLASSES.map((c) => ({ path: `${SOURCES}/${pathOf(packages.errors)}/${c}.java`, template: `errors-${c}`, view }))
  ];
}
function pom(model, packages) {
  const groupId = packages.core.slice(0, -".core".length);
  const artifactId = `${packages.models.split(".").pop().toLowerCase().replace(/_/g, "-")}-models`;
  return { path: "pom.xml", template: "pom", view: { banner: bannerText(model), groupId, artifactId, name: xml(model.title ?? artifactId) } };
}
function xml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// dist/generator/targets/python/names.js
var SOFT_KEYWORDS = /* @__PURE__ */ new Set(["_", "case", "match", "type"]);
var KEYWORDS = new Set([...PYTHON_RESERVED].filter((w) => !SOFT_KEYWORDS.has(w)));
var MODULE_NAMES_USED = /* @__PURE__ */ new Set([
  "Any",
  "ClassVar",
  "Dict",
  "List",
  "Literal",
  "Optional",
  "Union",
  "Enum",
  "NotImplemented",
  "Ellipsis",
  "ValueError",
  "TypeError",
  "Exception",
  "BaseException"
]);
var ATTRIBUTE_NAMES_USED = /* @__PURE__ */ new Set([
  "self",
  "super",
  "str",
  "int",
  "float",
  "bool",
  "object",
  "to_str",
  "to_json",
  "to_dict",
  "from_json",
  "from_dict",
  "additional_properties",
  "actual_instance"
]);
function declarationNames2(model) {
  const names = /* @__PURE__ */ new Map();
  for (const d of model.declarations) {
    const className = escape2(guardLeadingDigit(overrideName(d, "python", d.id) ?? pascalCase(d.words), "Model"), MODULE_NAMES_USED);
    const moduleName = escape2(guardLeadingDigit(snakeCase(splitWords(className)), "model_"), /* @__PURE__ */ new Set());
    names.set(d.id, { className, moduleName, adapterName: d.kind === "alias" ? `${className}Adapter` : null });
  }
  const all = model.declarations.map((d) => ({ d, n: names.get(d.id) }));
  assertUnique(all.flatMap(({ d, n }) => [
    { name: n.className, pointer: d.id, label: `declaration "${d.schemaName}"` },
    ...n.adapterName === null ? [] : [{ name: n.adapterName, pointer: d.id, label: `the adapter of "${d.schemaName}"` }]
  ]), "python", "class names");
  assertUnique(all.map(({ d, n }) => ({ name: n.moduleName, pointer: d.id, label: `declaration "${d.schemaName}"` })), "python", "module names", true);
  return names;
}
function attributeNames(d) {
  const out = /* @__PURE__ */ new Map();
  for (const p of d.properties) {
    const words = snakeCase(p.words);
    const name2 = overrideName(p, "python", p.pointer) ?? guardLeadingDigit(words === "" ? "var" : words, "var_");
    out.set(p.jsonName, escape2(name2, ATTRIBUTE_NAMES_USED));
  }
  assertUnique(d.properties.map((p) => ({ name: out.get(p.jsonName), pointer: p.pointer, label: `property "${p.jsonName}"` })), "python", `attributes of ${d.schemaName}`);
  return out;
}
function enumMemberNames2(values) {
  const seen = /* @__PURE__ */ new Set();
  return values.map((value) => {
    const base2 = memberBase(value);
    let name2 = base2;
    for (let n = 2; seen.has(name2); n++)
      name2 = `${base2}_${n}`;
    seen.add(name2);
    return name2;
  });
}
function memberBase(value) {
  if (typeof value === "boolean")
    return value ? "TRUE" : "FALSE";
  if (typeof value === "number")
    return `NUMBER_${String(value).replace("-", "MINUS_").replace(/[.+]/g, "_")}`.toUpperCase();
  const name2 = screamingSnakeCase(splitWords(value));
  return name2 === "" ? "EMPTY" : guardLeadingDigit(name2, "VALUE_");
}
function escape2(name2, used) {
  return KEYWORDS.has(name2) || used.has(name2) ? `${name2}_` : name2;
}
function namesOf(names, id) {
  const n = names.get(id);
  if (n === void 0)
    throw new Error(`internal: no Python name for ${id}`);
  return n;
}

// dist/generator/targets/python/literals.js
var pyString = (text) => JSON.stringify(text);
var pyNumber = (n) => String(n);
function pyLiteral(value) {
  if (value === null)
    return "None";
  if (typeof value === "boolean")
    return value ? "True" : "False";
  if (typeof value === "number")
    return pyNumber(value);
  if (typeof value === "string")
    return pyString(value);
  if (Array.isArray(value))
    return `[${value.map(pyLiteral).join(", ")}]`;
  return `{${Object.entries(value).map(([k, v]) => `${pyString(k)}: ${pyLiteral(v)}`).join(", ")}}`;
}
function keywordArguments(entries) {
  return Object.entries(entries).flatMap(([k, v]) => v === null ? [] : [`${k}=${v}`]);
}
function docText4(doc, extra = []) {
  const lines = docLines(doc);
  const more = [...doc.deprecated ? ["Deprecated."] : [], ...extra];
  if (more.length === 0)
    return lines;
  return lines.length === 0 ? more : [...lines, "", ...more];
}
function docstring(lines) {
  if (lines.length === 0)
    return [];
  const escaped = lines.map((l) => l.replace(/\\/g, "\\\\").replace(/"""/g, '\\"\\"\\"'));
  if (escaped.length === 1)
    return [`"""${escaped[0].replace(/"$/, '\\"')}"""`];
  return [`"""${escaped[0]}`, ...escaped.slice(1), '"""'];
}

// dist/generator/targets/python/package.js
function checkPackageOptions(options2) {
  const pkg = options2["package"];
  const version = options2["packageVersion"];
  const segments = typeof pkg === "string" ? pkg.split(".") : [];
  if (segments.length === 0 || segments.some((s) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(s) || PYTHON_RESERVED.has(s))) {
    throw new OptionsError(`python.package must be a dotted Python module name, found ${JSON.stringify(pkg)}`, "write e.g. python.package=openapiopenai");
  }
  if (typeof version !== "string" || !/^[0-9A-Za-z.+!-]+$/.test(version)) {
    throw new OptionsError(`python.packageVersion must be a version such as "1.0.0", found ${JSON.stringify(version)}`, "write e.g. python.packageVersion=1.0.0");
  }
  return { package: pkg, packageVersion: version };
}
var packagePath = (options2) => options2.package.split(".").join("/");
function pyprojectView(model, options2, banner) {
  const description = model.title ?? model.description ?? `Models for ${model.source}`;
  return {
    banner,
    name: pyString(options2.package.replace(/[._]/g, "-")),
    version: pyString(options2.packageVersion),
    description: pyString(description.split("\n")[0]),
    topLevel: pyString(`${options2.package.split(".")[0]}*`),
    packageData: pyString(options2.package)
  };
}
function packageInitView(model, banner) {
  const lines = docLines({ title: model.title, description: model.description, deprecated: false });
  return { banner, docstring: docstring(lines.length === 0 ? [`Models for ${model.source}.`] : lines) };
}
function modelsInitView(model, names, banner) {
  const entries = model.declarations.map((d) => {
    const n = namesOf(names, d.id);
    const exported = n.adapterName === null ? [n.className] : [n.className, n.adapterName];
    return { line: `from .${n.moduleName} import ${exported.join(", ")}`, exported };
  });
  return { banner, imports: entries.map((e) => e.line), exports: entries.flatMap((e) => e.exported).map((n) => `${pyString(n)},`) };
}

// dist/generator/targets/python/regex.js
var ECMA_SPACE = "\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff";
var NOT_LINE_TERMINATOR = "[^\\n\\r\\u2028\\u2029]";
var CLASS_SPECIALS = /* @__PURE__ */ new Set(["[", "&", "~", "|"]);
function toPythonPattern(source, pointer) {
  const s = { source, pointer, i: 0, inClass: false, out: "" };
  while (s.i < source.length)
    step(s);
  return `(?a)${s.out}`;
}
function step(s) {
  const c = s.source[s.i];
  if (c === "\\")
    return escapeSequence(s);
  s.i++;
  if (s.inClass) {
    if (c === "]")
      s.inClass = false;
    s.out += CLASS_SPECIALS.has(c) ? `\\${c}` : c;
    return;
  }
  if (c === "[")
    return openClass(s);
  if (c === ".")
    s.out += NOT_LINE_TERMINATOR;
  else if (c === "$")
    s.out += "\\Z";
  else if (c === "(" && s.source.startsWith("?<", s.i) && !/^\?<[=!]/.test(s.source.slice(s.i))) {
    s.out += "(?P<";
    s.i += 2;
  } else
    s.out += c;
}
function openClass(s) {
  if (s.source.startsWith("^]", s.i)) {
    s.out += "(?s:.)";
    s.i += 2;
  } else if (s.source.startsWith("]", s.i)) {
    s.out += "(?!)";
    s.i += 1;
  } else {
    s.out += "[";
    if (s.source[s.i] === "^") {
      s.out += "^";
      s.i++;
    }
    s.inClass = true;
  }
}
function escapeSequence(s) {
  const c = s.source[s.i + 1] ?? "";
  s.i += 2;
  if (c === "p" || c === "P") {
    throw new SchemaError(`the pattern ${JSON.stringify(s.source)} uses \\${c}{...}, which Python's re module does not support`, s.pointer, "spell the character set out, e.g. [A-Za-z] instead of \\p{L}, or leave out the python target");
  }
  if (c === "s")
    s.out += s.inClass ? ECMA_SPACE : `[${ECMA_SPACE}]`;
  else if (c === "S" && !s.inClass)
    s.out += `[^${ECMA_SPACE}]`;
  else if (c === "u")
    s.out += unicodeEscape(s);
  else if (c === "c" && /^[A-Za-z]$/.test(s.source[s.i] ?? ""))
    s.out += `\\x${hex2(s.source.charCodeAt(s.i++) % 32)}`;
  else if (c === "k" && s.source[s.i] === "<") {
    const end = s.source.indexOf(">", s.i);
    s.out += `(?P=${s.source.slice(s.i + 1, end)})`;
    s.i = end + 1;
  } else if (c === "/")
    s.out += "/";
  else
    s.out += `\\${c}`;
}
function unicodeEscape(s) {
  const braced = /^\{([0-9A-Fa-f]+)\}/.exec(s.source.slice(s.i));
  if (braced !== null) {
    s.i += braced[0].length;
    return codePoint(parseInt(braced[1], 16));
  }
  const pair = /^([dD][89abAB][0-9A-Fa-f]{2})\\u([dD][c-fC-F][0-9A-Fa-f]{2})/.exec(s.source.slice(s.i));
  if (pair !== null) {
    s.i += pair[0].length;
    return codePoint((parseInt(pair[1], 16) - 55296) * 1024 + (parseInt(pair[2], 16) - 56320) + 65536);
  }
  return "\\u";
}
var codePoint = (cp) => `\\U${cp.toString(16).padStart(8, "0")}`;
var hex2 = (n) => n.toString(16).padStart(2, "0");

// dist/generator/targets/python/types.js
var ModuleImports = class {
  selfId;
  typing = /* @__PURE__ */ new Set();
  /** module name -> names imported from it. */
  models = /* @__PURE__ */ new Map();
  constructor(selfId) {
    this.selfId = selfId;
  }
  useTyping(...names) {
    for (const n of names)
      this.typing.add(n);
  }
  useModel(module, name2) {
    const set = this.models.get(module) ?? /* @__PURE__ */ new Set();
    set.add(name2);
    this.models.set(module, set);
  }
};
function optional(annotation2, ctx) {
  if (annotation2 === "Any" || annotation2 === "None" || annotation2.startsWith("Optional["))
    return annotation2;
  ctx.imports.useTyping("Optional");
  return `Optional[${annotation2}]`;
}
function annotation(type, ctx) {
  const base2 = baseAnnotation(type, ctx);
  return acceptsNull(type, ctx.byId) ? optional(base2, ctx) : base2;
}
function baseAnnotation(type, ctx) {
  switch (type.kind) {
    case "ref":
      return refName(type.id, ctx);
    case "string":
      return "str";
    case "integer":
      return "int";
    case "number":
      return "float";
    case "boolean":
      return "bool";
    case "null":
      return "None";
    case "any":
      ctx.imports.useTyping("Any");
      return "Any";
    case "const":
      if (typeof type.value === "number" && !Number.isInteger(type.value))
        return "float";
      ctx.imports.useTyping("Literal");
      return `Literal[${pyLiteral(type.value)}]`;
    case "array":
      ctx.imports.useTyping("List");
      return `List[${annotation(type.items, ctx)}]`;
    case "map":
      ctx.imports.useTyping("Dict");
      return `Dict[str, ${annotation(type.values, ctx)}]`;
  }
}
function refName(id, ctx) {
  const n = namesOf(ctx.names, id);
  if (id !== ctx.imports.selfId)
    ctx.imports.useModel(n.moduleName, n.className);
  return ctx.quoteRefs ? pyString(n.className) : n.className;
}
function schemaExpression2(type, ctx) {
  const base2 = baseSchema2(type, ctx);
  return acceptsNull(type, ctx.byId) && type.kind !== "null" && type.kind !== "any" ? `_rt.Nullable(${base2})` : base2;
}
function baseSchema2(type, ctx) {
  switch (type.kind) {
    case "ref":
      return `_rt.Ref(lambda: ${refTarget(type.id, ctx)})`;
    case "string": {
      const c = type.constraints;
      const pattern = c.pattern === null ? null : pyString(c.pattern);
      const python2 = c.pattern === null ? null : pyString(toPythonPattern(c.pattern, ctx.imports.selfId));
      return call("_rt.String", keywordArguments({ min_length: num(c.minLength), max_length: num(c.maxLength), pattern, python_pattern: python2 }));
    }
    case "integer":
      return call("_rt.Integer", bounds2(type.constraints));
    case "number":
      return call("_rt.Number", bounds2(type.constraints));
    case "boolean":
      return "_rt.Boolean()";
    case "null":
      return "_rt.Null()";
    case "any":
      return "_rt.AnyValue()";
    case "const":
      return `_rt.Const(${pyLiteral(type.value)})`;
    case "array":
      return call("_rt.Array", [schemaExpression2(type.items, ctx), ...keywordArguments({ min_items: num(type.minItems), max_items: num(type.maxItems) })]);
    case "map":
      return `_rt.Map(${schemaExpression2(type.values, ctx)})`;
  }
}
function refTarget(id, ctx) {
  const n = namesOf(ctx.names, id);
  const target = lookup(ctx.byId, id).kind === "alias" ? n.adapterName : n.className;
  if (id !== ctx.imports.selfId)
    ctx.imports.useModel(n.moduleName, target);
  return target;
}
var num = (n) => n === null ? null : pyNumber(n);
function bounds2(c) {
  return keywordArguments({ minimum: num(c.minimum), maximum: num(c.maximum), exclusive_minimum: num(c.exclusiveMinimum), exclusive_maximum: num(c.exclusiveMaximum) });
}
var call = (callee, args2) => `${callee}(${args2.join(", ")})`;

// dist/generator/targets/python/views.js
function moduleView(d, c) {
  const imports = new ModuleImports(d.id);
  const ctx = { names: c.names, byId: c.byId, imports, quoteRefs: false };
  switch (d.kind) {
    case "object":
      return objectModule(d, c, ctx);
    case "union":
      return unionModule(d, c, ctx);
    case "enum":
      return enumModule(d, c, ctx);
    case "alias":
      return aliasModule(d, c, { ...ctx, quoteRefs: true });
  }
}
function base(d, c, ctx, stdlib, early = /* @__PURE__ */ new Set()) {
  const typing = [...ctx.imports.typing].sort();
  const lines = [...ctx.imports.models.entries()].sort(([a], [b]) => a < b ? -1 : 1).map(([module, names]) => ({ module, line: `from .${module} import ${[...names].sort().join(", ")}` }));
  const late = lines.filter((l) => !early.has(l.module)).map((l) => l.line);
  const standard = [...stdlib, ...typing.length === 0 ? [] : [`from typing import ${typing.join(", ")}`]];
  return {
    banner: c.banner,
    kind: d.kind,
    name: namesOf(c.names, d.id).className,
    docstring: docstring(docText4(d.doc).length > 0 || d.kind === "alias" ? docText4(d.doc) : [`The schema at #${d.id}.`]),
    imports: [...standard, ...standard.length === 0 ? [] : [""], "from .. import _runtime as _rt", ...lines.filter((l) => early.has(l.module)).map((l) => l.line)],
    lateImports: late,
    hasLateImports: late.length > 0
  };
}
function objectModule(d, c, ctx) {
  const attrs = attributeNames(d);
  const properties = orderProperties(d.properties, c.order);
  ctx.imports.useTyping("Any", "ClassVar", "Dict", "List", "Optional");
  const views = properties.map((p) => propertyParts(p, attrs.get(p.jsonName), ctx));
  const additional = d.additional.kind === "allow" ? "True" : d.additional.kind === "deny" ? "False" : schemaExpression2(d.additional.type, ctx);
  return {
    ...base(d, c, ctx, []),
    attributes: views.map((v) => v.attribute),
    propertyNames: `[${properties.map((p) => pyString(p.jsonName)).join(", ")}]`,
    fields: views.map((v) => v.field),
    additional,
    nullable: d.nullable,
    parameters: [...views.map((v) => v.parameter), "additional_properties: Optional[Dict[str, Any]] = None"],
    assignments: views.map((v) => v.assignment)
  };
}
function propertyParts(p, attr, ctx) {
  const type = annotation(p.type, ctx);
  const declared = p.required ? type : optional(type, ctx);
  const nullable = acceptsNull(p.type, ctx.byId);
  const given = !p.required && nullable;
  const defaultValue = p.required ? p.type.kind === "const" ? ` = ${pyLiteral(p.type.value)}` : "" : given ? " = _rt.UNSET" : " = None";
  const flags = [...p.required ? ["required=True"] : [], ...nullable ? ["nullable=True"] : []];
  const extra = p.default === null ? [] : [`Default: ${JSON.stringify(p.default.value)}.`];
  return {
    attribute: { declaration: `${attr}: ${declared}`, docstring: docstring(docText4(p.doc, extra)) },
    field: `_rt.Field(${[pyString(attr), pyString(p.jsonName), schemaExpression2(p.type, ctx), ...flags].join(", ")}),`,
    parameter: `${attr}: ${declared}${defaultValue}`,
    assignment: given ? `self.${attr} = self._given(${pyString(attr)}, ${attr})` : `self.${attr} = ${attr}`
  };
}
function unionModule(d, c, ctx) {
  ctx.imports.useTyping("ClassVar", "List");
  const types = d.variants.map((v) => annotation(v, ctx));
  if (types.length > 1)
    ctx.imports.useTyping("Union");
  const discriminator = d.discriminator === null ? null : `(${pyString(d.discriminator.propertyName)}, {${d.discriminator.mapping.map((m) => `${pyString(m.value)}: ${variantIndex(d, m.id)}`).join(", ")}})`;
  const variants = d.variants.map((v) => `${schemaExpression2(v, ctx)},`);
  return {
    ...base(d, c, ctx, []),
    actualType: types.length === 1 ? types[0] : `Union[${types.join(", ")}]`,
    schemasAttribute: d.mode === "oneOf" ? "one_of_schemas" : "any_of_schemas",
    schemas: `[${types.map(pyString).join(", ")}]`,
    variants,
    discriminator,
    hasDiscriminator: discriminator !== null,
    anyOf: d.mode === "anyOf",
    nullable: d.nullable
  };
}
function variantIndex(d, id) {
  const index = d.variants.findIndex((v) => v.kind === "ref" && v.id === id);
  if (index < 0)
    throw new Error(`internal: discriminator mapping names ${id}, not a variant of ${d.id}`);
  return index;
}
var ENUM_BASES = { string: "str, Enum", integer: "int, Enum", number: "float, Enum", boolean: "Enum" };
function enumModule(d, c, ctx) {
  const name2 = namesOf(c.names, d.id).className;
  if (d.nullable)
    ctx.imports.useTyping("Optional");
  const memberNames = enumMemberNames2(d.values);
  return {
    ...base(d, c, ctx, ["import json", "from enum import Enum"]),
    bases: ENUM_BASES[d.valueType],
    members: d.values.map((v, i) => ({ name: memberNames[i], value: pyLiteral(v) })),
    returnType: d.nullable ? `Optional[${name2}]` : name2,
    fromJson: d.nullable ? "nullable_enum_from_json" : "enum_from_json"
  };
}
function aliasModule(d, c, ctx) {
  const quoted = annotation(d.type, ctx);
  const schema = schemaExpression2(d.type, ctx);
  const bare2 = d.type.kind === "ref" && quoted.startsWith('"');
  const n = namesOf(c.names, d.id);
  const early = bare2 && d.type.kind === "ref" ? /* @__PURE__ */ new Set([namesOf(c.names, d.type.id).moduleName]) : /* @__PURE__ */ new Set();
  return {
    ...base(d, c, ctx, [], early),
    type: bare2 ? JSON.parse(quoted) : quoted,
    adapterName: n.adapterName,
    schema
  };
}

// dist/generator/targets/python/index.js
var python = {
  name: "python",
  defaults: { package: "openapiopenai", packageVersion: "1.0.0", propertyOrder: "schema" },
  codegenKeys: ["name"],
  *plan(model, options2) {
    const pkg = checkPackageOptions(options2);
    const order = checkPropertyOrder(options2["propertyOrder"]);
    const names = declarationNames2(model);
    const banner = bannerText(model);
    const root = packagePath(pkg);
    yield* [
      { path: "pyproject.toml", template: "pyproject", view: pyprojectView(model, pkg, banner) },
      { path: `${root}/__init__.py`, template: "package_init", view: packageInitView(model, banner) },
      { path: `${root}/py.typed`, template: "py_typed", view: { banner } },
      { path: `${root}/exceptions.py`, template: "exceptions", view: { banner } },
      { path: `${root}/_runtime.py`, template: "runtime", view: { banner } },
      { path: `${root}/models/__init__.py`, template: "models_init", view: modelsInitView(model, names, banner) }
    ];
    const context = { banner, byId: declarationsById(model), names, order };
    for (const d of model.declarations) {
      yield { path: `${root}/models/${namesOf(names, d.id).moduleName}.py`, template: "file", view: moduleView(d, context) };
    }
  }
};

// dist/generator/targets/typescript/names.js
var RUNTIME_NAMES = /* @__PURE__ */ new Set(["ValidationIssue", "ValidationError"]);
function typeNames(model) {
  const names = /* @__PURE__ */ new Map();
  for (const d of model.declarations) {
    names.set(d.id, overrideName(d, "typescript", d.id) ?? escapeTypeName(pascalCase(d.words)));
  }
  assertUnique(model.declarations.map((d) => ({ name: names.get(d.id), pointer: d.id, label: `declaration "${d.schemaName}"` })), "typescript", "type names");
  return names;
}
function escapeTypeName(name2) {
  const guarded = guardLeadingDigit(name2, "_");
  return TYPESCRIPT_RESERVED.has(guarded) || TYPESCRIPT_GLOBALS_USED.has(guarded) || RUNTIME_NAMES.has(guarded) ? `${guarded}_` : guarded;
}
var checkFunction = (typeName) => `check${typeName}`;
function propertyKey(jsonName) {
  return isPlainIdentifier(jsonName) || /^\$[\p{L}\p{N}_$]*$/u.test(jsonName) ? jsonName : quote(jsonName);
}
function quote(text) {
  return `'${JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

// dist/generator/targets/typescript/types.js
var name = (names, id) => {
  const n = names.names.get(id);
  if (n === void 0)
    throw new Error(`internal: no TypeScript name for ${id}`);
  return n;
};
function literal2(value) {
  return typeof value === "string" ? quote(value) : String(value);
}
function typeExpression(type, names) {
  const base2 = baseType2(type, names);
  const nullable = type.nullable || type.kind === "ref" && names.nullableIds.has(type.id);
  return nullable && type.kind !== "null" && type.kind !== "any" ? `${base2} | null` : base2;
}
function baseType2(type, names) {
  switch (type.kind) {
    case "ref":
      return name(names, type.id);
    case "string":
      return "string";
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "null":
      return "null";
    case "any":
      return "unknown";
    case "const":
      return literal2(type.value);
    case "array": {
      return `Array<${typeExpression(type.items, names)}>`;
    }
    case "map":
      return `{ [key: string]: ${typeExpression(type.values, names)} }`;
  }
}
function checkExpression2(type, names) {
  const inner = baseCheck2(type, names);
  return type.nullable && type.kind !== "null" && type.kind !== "any" ? `check.nullable(${inner})` : inner;
}
function baseCheck2(type, names) {
  switch (type.kind) {
    case "ref":
      return checkFunction(name(names, type.id));
    case "string": {
      const c = type.constraints;
      return `check.string(${options({ minLength: c.minLength, maxLength: c.maxLength, pattern: c.pattern === null ? null : `new RegExp(${JSON.stringify(c.pattern)}, 'u')` })})`;
    }
    case "integer":
    case "number":
      return `check.${type.kind}(${options({ ...type.constraints })})`;
    case "boolean":
      return "check.boolean";
    case "null":
      return "check.null";
    case "any":
      return "check.any";
    case "const":
      return `check.constant(${literal2(type.value)})`;
    case "array":
      return `check.array(${checkExpression2(type.items, names)}, ${options({ minItems: type.minItems, maxItems: type.maxItems })})`;
    case "map":
      return `check.map(${checkExpression2(type.values, names)})`;
  }
}
function options(entries) {
  const parts = Object.entries(entries).filter(([, v]) => v !== null).map(([k, v]) => `${k}: ${v}`);
  return parts.length === 0 ? "{}" : `{ ${parts.join(", ")} }`;
}

// dist/generator/targets/typescript/views.js
function fileView(model, names, order) {
  return { banner: bannerText(model), declarations: model.declarations.map((d) => declarationView3(d, names, order)) };
}
function declarationView3(d, names, order) {
  const name2 = names.names.get(d.id);
  const base2 = { kind: d.kind, name: name2, checkFunction: checkFunction(name2), docComment: comment([...docLines(d.doc), ...d.doc.deprecated ? ["@deprecated"] : []]) };
  switch (d.kind) {
    case "object": {
      const properties = orderProperties(d.properties, order);
      const indexSignature = d.additional.kind === "typed" ? `[key: string]: ${indexValueType(d, d.additional.type, names)};` : null;
      return { ...base2, properties: properties.map((p) => propertyView2(p, names)), indexSignature, hasIndexSignature: indexSignature !== null, type: d.nullable ? `${name2} | null` : name2, shapeLines: objectShape(d, properties, names) };
    }
    case "enum":
      return { ...base2, ...typeOnly(d.values.map(literal2).join(" | ") + (d.nullable ? " | null" : "")), shapeLines: [nullableIf2(d.nullable, `check.enumeration([${d.values.map(literal2).join(", ")}])`)] };
    case "union": {
      const variants = d.variants.map((v) => typeExpression(v, names));
      const shape2 = d.discriminator === null ? `check.${d.mode}([${d.variants.map((v) => checkExpression2(v, names)).join(", ")}])` : `check.discriminated(${quote(d.discriminator.propertyName)}, new Map<string, $Check>([${d.discriminator.mapping.map((m) => `[${quote(m.value)}, check${names.names.get(m.id)}]`).join(", ")}]))`;
      return { ...base2, ...typeOnly(variants.join(" | ") + (d.nullable ? " | null" : "")), shapeLines: [nullableIf2(d.nullable, shape2)] };
    }
    case "alias":
      return { ...base2, ...typeOnly(typeExpression(d.type, names)), shapeLines: [checkExpression2(d.type, names)] };
  }
}
function indexValueType(d, extra, names) {
  const types = [typeExpression(extra, names), ...d.properties.map((p) => typeExpression(p.type, names))];
  if (d.properties.some((p) => !p.required))
    types.push("undefined");
  return [...new Set(types.flatMap((t) => t.split(" | ")))].join(" | ");
}
var typeOnly = (type) => ({ type, properties: [], indexSignature: null, hasIndexSignature: false });
var nullableIf2 = (nullable, shape2) => nullable ? `check.nullable(${shape2})` : shape2;
function propertyView2(p, names) {
  const optional2 = p.required ? "" : "?";
  const extra = [...p.default === null ? [] : [`@default ${JSON.stringify(p.default.value)}`], ...p.doc.deprecated ? ["@deprecated"] : []];
  const lines = docLines(p.doc);
  return { declaration: `${propertyKey(p.jsonName)}${optional2}: ${typeExpression(p.type, names)};`, docComment: comment(lines.length > 0 && extra.length > 0 ? [...lines, "", ...extra] : [...lines, ...extra]) };
}
function objectShape(d, properties, names) {
  const additional = d.additional.kind === "allow" ? "true" : d.additional.kind === "deny" ? "false" : checkExpression2(d.additional.type, names);
  const open = d.nullable ? "check.nullable(check.object(" : "check.object(";
  const close = d.nullable ? "))" : ")";
  return [
    `${open}`,
    "  [",
    ...properties.map((p) => `    { name: ${quote(p.jsonName)}, required: ${p.required}, check: ${checkExpression2(p.type, names)} },`),
    "  ],",
    `  ${additional},`,
    close
  ];
}
function comment(lines) {
  if (lines.length === 0)
    return [];
  const body = lines.map((l) => l === "" ? " *" : ` * ${l.replace(/\*\//g, "*\\/")}`);
  return ["/**", ...body, " */"];
}

// dist/generator/targets/typescript/index.js
function nullableDeclarations(model) {
  return new Set(model.declarations.filter((d) => d.kind === "object" && d.nullable).map((d) => d.id));
}
var typescript = {
  name: "typescript",
  defaults: { propertyOrder: "required-first-alphabetical", fileName: "index.ts" },
  codegenKeys: ["name"],
  plan(model, options2) {
    const names = { names: typeNames(model), nullableIds: nullableDeclarations(model) };
    const view = fileView(model, names, checkPropertyOrder(options2["propertyOrder"]));
    return [{ path: String(options2["fileName"]), template: "file", view }];
  }
};

// dist/generator/targets/index.js
var TARGETS = { typescript, python, csharp, java, docs };
var targetNames = () => Object.keys(TARGETS);

// dist/generator/config.js
var DEFAULT_CONFIG = "schema-codegen.config.json";
function resolveOptions(overrides, cwd) {
  const configPath = overrides.config ?? (existsSync(resolve(cwd, DEFAULT_CONFIG)) ? DEFAULT_CONFIG : null);
  const config = configPath === null ? {} : readConfig(resolve(cwd, configPath));
  const base2 = configPath === null ? cwd : dirname(resolve(cwd, configPath));
  const fromConfig = (p) => p === void 0 ? null : resolve(base2, p);
  const targets = overrides.targets?.length ? overrides.targets : config.targets ?? targetNames();
  for (const t of targets)
    checkTarget(t);
  const options2 = {};
  for (const t of targets)
    options2[t] = { ...TARGETS[t].defaults, ...checkOptions(t, config.options?.[t] ?? {}) };
  for (const pair of overrides.set ?? [])
    applyOption(options2, pair);
  const schema = overrides.schema !== void 0 ? resolve(cwd, overrides.schema) : fromConfig(config.schema);
  if (schema === null)
    throw new OptionsError("no schema given", 'pass --schema FILE, or set "schema" in schema-codegen.config.json');
  return {
    schema,
    out: overrides.out !== void 0 ? resolve(cwd, overrides.out) : fromConfig(config.out) ?? resolve(cwd, "generated"),
    targets,
    options: options2,
    templates: overrides.templates !== void 0 ? resolve(cwd, overrides.templates) : fromConfig(config.templates)
  };
}
function readSchemaFile(path) {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new OptionsError(`cannot read schema ${path}: ${error.message}`, 'check the --schema path (or "schema" in the config)');
  }
}
function readConfig(path) {
  let parsed;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new OptionsError(`cannot read config ${path}: ${error.message}`, "check that the file exists and holds valid JSON");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw new OptionsError(`config ${path} must hold a JSON object`, 'see "Configuration" in the README');
  const known = ["schema", "out", "targets", "templates", "options", "$comment"];
  const unknown = Object.keys(parsed).find((k) => !known.includes(k));
  if (unknown !== void 0)
    throw new OptionsError(`config ${path}: unknown key "${unknown}"`, `use only ${known.join(", ")}`);
  return parsed;
}
function checkTarget(name2) {
  if (!Object.hasOwn(TARGETS, name2))
    throw new OptionsError(`unknown target "${name2}"`, `use one of: ${targetNames().join(", ")}`);
}
function checkOptions(target, given) {
  for (const [key, value] of Object.entries(given))
    checkOption(target, key, value);
  return given;
}
function checkOption(target, key, value) {
  const defaults = TARGETS[target].defaults;
  if (!Object.hasOwn(defaults, key))
    throw new OptionsError(`target ${target} has no option "${key}"`, `its options are: ${Object.keys(defaults).join(", ") || "none"}`);
  const expected = typeof defaults[key];
  if (typeof value !== expected)
    throw new OptionsError(`option ${target}.${key} must be a ${expected}, got ${JSON.stringify(value)}`, `write e.g. ${target}.${key}=${JSON.stringify(defaults[key])}`);
}
function applyOption(options2, pair) {
  const match = /^([a-z]+)\.([A-Za-z]+)=(.*)$/s.exec(pair);
  if (match === null)
    throw new OptionsError(`--option "${pair}" is not target.key=value`, "write e.g. --option python.package=mypkg");
  const [, target = "", key = "", raw = ""] = match;
  checkTarget(target);
  const current = options2[target];
  if (current === void 0)
    throw new OptionsError(`--option ${pair}: target ${target} is not being generated`, `add --target ${target}`);
  const expected = typeof TARGETS[target].defaults[key];
  const value = expected === "number" ? Number(raw) : expected === "boolean" ? raw === "true" : raw;
  checkOption(target, key, expected === "number" && Number.isNaN(value) ? raw : value);
  options2[target] = { ...current, [key]: value };
}

// dist/generator/index.js
import { basename as basename2, relative } from "node:path";

// dist/generator/load.js
var DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
var MAX_DEPTH = 64;
var MAX_JSON_DEPTH = 256;
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var TYPE_NAMES = /* @__PURE__ */ new Set(["string", "integer", "number", "boolean", "object", "array", "null"]);
function parseSchemaText(text) {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const at = position ? lineAndColumn(text, Number(position[1])) : null;
    const where = at ? ` at line ${at.line}, column ${at.column}` : "";
    throw new SchemaError(`the schema is not valid JSON${where}: ${message}`, "", "fix the JSON syntax at that position (a trailing comma or a missing quote is the usual cause)");
  }
}
function lineAndColumn(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}
function checkSchema(root) {
  if (!isObject(root)) {
    throw new SchemaError("the schema root must be a JSON object", "", "wrap the schema in { ... }");
  }
  if (root["$schema"] !== DRAFT_2020_12) {
    const found = root["$schema"] === void 0 ? 'no "$schema"' : `"$schema": ${JSON.stringify(root["$schema"])}`;
    throw new SchemaError(`only JSON Schema draft 2020-12 is supported, found ${found}`, "/$schema", `set "$schema": "${DRAFT_2020_12}" at the root`);
  }
  checkJsonDepth(root);
  checkSchemaNode(root, "", 0, true);
  return root;
}
function checkJsonDepth(root) {
  const stack = [{ value: root, depth: 0, key: "", parent: null }];
  while (stack.length > 0) {
    const frame = stack.pop();
    if (frame.depth > MAX_JSON_DEPTH) {
      const keys = [];
      for (let f = frame; f !== null && f.parent !== null; f = f.parent)
        keys.unshift(f.key);
      fail(`the document is nested more than ${MAX_JSON_DEPTH} levels deep`, joinPointer("", ...keys), 'flatten it: move inner schemas into "$defs" and refer to them with "$ref"');
    }
    const { value } = frame;
    if (typeof value !== "object" || value === null)
      continue;
    for (const key of Object.keys(value))
      stack.push({ value: value[key], depth: frame.depth + 1, key, parent: frame });
  }
}
function fail(message, pointer, hint) {
  throw new SchemaError(message, pointer, hint);
}
function checkSchemaNode(node, pointer, depth, isRoot = false) {
  if (depth > MAX_DEPTH) {
    fail(`schemas are nested more than ${MAX_DEPTH} levels deep`, pointer, 'move inner schemas into "$defs" and use "$ref"');
  }
  if (node === true)
    return;
  if (!isObject(node)) {
    fail("expected a schema (a JSON object or true)", pointer, 'write {} for "any value"');
  }
  for (const [keyword, value] of Object.entries(node)) {
    const at = joinPointer(pointer, keyword);
    if (keyword.startsWith("x-")) {
      if (keyword === "x-codegen")
        checkCodegen(value, at);
      continue;
    }
    if ((keyword === "$schema" || keyword === "$defs") && !isRoot) {
      fail(`"${keyword}" is only supported at the schema root`, at, keyword === "$defs" ? 'move nested definitions into the root "$defs"' : `remove it: the root's "$schema" applies to the whole document`);
    }
    const check = KEYWORDS2[keyword];
    if (check === void 0) {
      fail(`unsupported keyword "${keyword}"`, at, `remove it, or express it with the supported keywords (see "Supported keywords" in the README)`);
    }
    check(value, at, depth);
  }
  if (isObject(node["properties"]) && Array.isArray(node["required"])) {
    node["required"].forEach((name2, i) => {
      if (typeof name2 === "string" && !Object.hasOwn(node["properties"], name2)) {
        fail(`"required" names "${name2}", which is not in "properties"`, joinPointer(pointer, "required", i), `add "${name2}" to "properties" or remove it from "required"`);
      }
    });
  }
}
function checkCodegen(value, pointer) {
  if (!isObject(value))
    fail('"x-codegen" must be an object', pointer, 'write e.g. {"csharp": {"name": "Foo"}}');
  for (const [key, options2] of Object.entries(value)) {
    if (!isObject(options2)) {
      fail(`"x-codegen/${key}" must be an object of options`, joinPointer(pointer, key), 'write e.g. {"name": "Foo"}');
    }
  }
}
var expectString = (what) => (value, pointer) => {
  if (typeof value !== "string")
    fail(`"${what}" must be a string`, pointer, `write "${what}": "..."`);
};
var expectNumber = (what) => (value, pointer) => {
  if (typeof value !== "number")
    fail(`"${what}" must be a number, found ${JSON.stringify(value)}`, pointer, "write a JSON number");
};
var expectCount = (what) => (value, pointer) => {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    fail(`"${what}" must be a non-negative integer, found ${JSON.stringify(value)}`, pointer, "write a whole number such as 0 or 512");
  }
};
var expectSchemaMap = (what) => (value, pointer, depth) => {
  if (!isObject(value))
    fail(`"${what}" must be an object of schemas`, pointer, `write "${what}": { "name": { ... } }`);
  for (const [name2, schema] of Object.entries(value))
    checkSchemaNode(schema, joinPointer(pointer, name2), depth + 1);
};
var expectSchemaList = (what) => (value, pointer, depth) => {
  if (!Array.isArray(value) || value.length === 0)
    fail(`"${what}" must be a non-empty array of schemas`, pointer, `write "${what}": [{ ... }, { ... }]`);
  value.forEach((schema, i) => checkSchemaNode(schema, joinPointer(pointer, i), depth + 1));
};
var expectAny = () => void 0;
var KEYWORDS2 = {
  $schema: expectString("$schema"),
  $defs: expectSchemaMap("$defs"),
  $ref: expectString("$ref"),
  $comment: expectString("$comment"),
  title: expectString("title"),
  description: expectString("description"),
  format: expectString("format"),
  default: expectAny,
  const: expectAny,
  deprecated: (value, pointer) => {
    if (typeof value !== "boolean")
      fail('"deprecated" must be true or false', pointer, 'write "deprecated": true');
  },
  examples: (value, pointer) => {
    if (!Array.isArray(value))
      fail('"examples" must be an array of example values', pointer, 'write "examples": [ {...} ]');
  },
  type: (value, pointer) => {
    const names = Array.isArray(value) ? value : [value];
    names.forEach((name2, i) => {
      if (typeof name2 !== "string" || !TYPE_NAMES.has(name2)) {
        fail(`unknown type ${JSON.stringify(name2)}`, Array.isArray(value) ? joinPointer(pointer, i) : pointer, `use one of ${[...TYPE_NAMES].join(", ")}`);
      }
    });
    if (new Set(names).size !== names.length)
      fail('"type" lists a type twice', pointer, "list each type once");
  },
  properties: expectSchemaMap("properties"),
  required: (value, pointer) => {
    if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) {
      fail('"required" must be an array of property names', pointer, 'write "required": ["name", ...]');
    }
    if (new Set(value).size !== value.length)
      fail('"required" lists a property twice', pointer, "list each property once");
  },
  additionalProperties: (value, pointer, depth) => {
    if (typeof value !== "boolean")
      checkSchemaNode(value, pointer, depth + 1);
  },
  items: (value, pointer, depth) => {
    if (Array.isArray(value))
      fail('"items" must be a single schema in draft 2020-12', pointer, 'tuple forms ("prefixItems") are not supported; use one schema');
    checkSchemaNode(value, pointer, depth + 1);
  },
  enum: (value, pointer) => {
    if (!Array.isArray(value) || value.length === 0)
      fail('"enum" must be a non-empty array', pointer, 'write "enum": ["a", "b"]');
  },
  oneOf: expectSchemaList("oneOf"),
  anyOf: expectSchemaList("anyOf"),
  discriminator: (value, pointer) => {
    if (!isObject(value) || typeof value["propertyName"] !== "string") {
      fail('"discriminator" must be {"propertyName": "<name>"}', pointer, 'write "discriminator": {"propertyName": "type"}');
    }
    const extra = Object.keys(value).filter((k) => k !== "propertyName");
    if (extra.length > 0)
      fail(`"discriminator/${extra[0]}" is not supported`, joinPointer(pointer, extra[0] ?? ""), `the mapping is read from each variant's "const"; remove it`);
  },
  minimum: expectNumber("minimum"),
  maximum: expectNumber("maximum"),
  exclusiveMinimum: expectNumber("exclusiveMinimum"),
  exclusiveMaximum: expectNumber("exclusiveMaximum"),
  minLength: expectCount("minLength"),
  maxLength: expectCount("maxLength"),
  minItems: expectCount("minItems"),
  maxItems: expectCount("maxItems"),
  pattern: (value, pointer) => {
    expectString("pattern")(value, pointer, 0);
    try {
      new RegExp(value, "u");
    } catch (error) {
      fail(`"pattern" is not a valid regular expression: ${error.message}`, pointer, 'use ECMA-262 syntax that compiles with the "u" flag');
    }
  }
};

// dist/generator/refs.js
var REF_SIBLINGS = /* @__PURE__ */ new Set(["$ref", "$comment", "title", "description", "deprecated", "default", "examples"]);
function refToId(ref) {
  return joinPointer("/$defs", decodeToken(ref.slice("#/$defs/".length)));
}
function checkRefs(root) {
  const defs = isObject(root["$defs"]) ? root["$defs"] : {};
  visitSchemas(root, "", (schema, pointer) => {
    const ref = schema["$ref"];
    if (typeof ref !== "string")
      return;
    checkOneRef(ref, defs, joinPointer(pointer, "$ref"));
    const sibling = Object.keys(schema).find((k) => !REF_SIBLINGS.has(k) && !k.startsWith("x-"));
    if (sibling !== void 0) {
      throw new SchemaError(`"${sibling}" beside "$ref" is not supported`, joinPointer(pointer, sibling), 'move the constraint into the referenced definition; only annotations (title, description, default, ...) may stand beside "$ref"');
    }
  });
  for (const name2 of Object.keys(defs))
    checkNotCircular(name2, defs);
}
function checkOneRef(ref, defs, pointer) {
  if (!ref.startsWith("#")) {
    throw new SchemaError(`remote reference "${ref}" is not supported`, pointer, 'copy the definition into "$defs" and point at it with "#/$defs/<name>"');
  }
  const match = /^#\/\$defs\/([^/]+)$/.exec(ref);
  if (match === null) {
    throw new SchemaError(`reference "${ref}" does not name a "$defs" entry`, pointer, 'write "#/$defs/<name>"; deeper pointers are not supported');
  }
  const name2 = decodeToken(match[1] ?? "");
  if (!Object.hasOwn(defs, name2)) {
    const known = Object.keys(defs);
    throw new SchemaError(`reference "${ref}" points at nothing: there is no "$defs/${name2}"`, pointer, known.length > 0 ? `use one of: ${known.map((k) => `#/$defs/${escapePointerToken(k)}`).join(", ")}` : 'add the definition under "$defs"');
  }
}
function decodeToken(token) {
  return decodeURIComponent(token).replace(/~1/g, "/").replace(/~0/g, "~");
}
function checkNotCircular(start, defs) {
  const seen = [];
  let current = start;
  while (current !== null) {
    if (seen.includes(current)) {
      throw new SchemaError(`"$defs/${start}" is an alias that refers back to itself (${[...seen, current].join(" -> ")})`, joinPointer("/$defs", start), "give one of the definitions in the cycle a real type");
    }
    seen.push(current);
    const schema = defs[current];
    const ref = isObject(schema) ? schema["$ref"] : void 0;
    current = typeof ref === "string" ? decodeToken(ref.slice("#/$defs/".length)) : null;
  }
}
function visitSchemas(node, pointer, visit) {
  if (!isObject(node))
    return;
  visit(node, pointer);
  for (const key of ["$defs", "properties"]) {
    const map = node[key];
    if (isObject(map))
      for (const [name2, child] of Object.entries(map))
        visitSchemas(child, joinPointer(pointer, key, name2), visit);
  }
  for (const key of ["items", "additionalProperties"]) {
    const child = node[key];
    if (child !== void 0)
      visitSchemas(child, joinPointer(pointer, key), visit);
  }
  for (const key of ["oneOf", "anyOf"]) {
    const list = node[key];
    if (Array.isArray(list))
      list.forEach((child, i) => visitSchemas(child, joinPointer(pointer, key, i), visit));
  }
}

// dist/generator/build-model-unions.js
var UNION_SIBLINGS = /* @__PURE__ */ new Set(["oneOf", "anyOf", "discriminator", "title", "description", "deprecated", "examples", "default", "$comment"]);
function buildUnion(builder, s, { slot, ...base2 }) {
  if (s["oneOf"] !== void 0 && s["anyOf"] !== void 0) {
    throw new SchemaError('"oneOf" and "anyOf" in the same schema are not supported', joinPointer(base2.id, "anyOf"), "nest one inside a variant of the other");
  }
  const mode = s["oneOf"] !== void 0 ? "oneOf" : "anyOf";
  const typeAllowed = s["discriminator"] !== void 0 && s["type"] === "object";
  const sibling = Object.keys(s).find((k) => !UNION_SIBLINGS.has(k) && !k.startsWith("x-") && !(k === "type" && typeAllowed));
  if (sibling !== void 0) {
    throw new SchemaError(`"${sibling}" beside "${mode}" is not supported`, joinPointer(base2.id, sibling), `move "${sibling}" into each variant`);
  }
  const raw = s[mode];
  const isNullBranch = (v) => isObject(v) && v["type"] === "null" && Object.keys(v).every((k) => k === "type" || k === "description" || k === "title");
  const nullable = raw.some(isNullBranch);
  const kept = raw.map((schema, index) => ({ schema, index })).filter((v) => !isNullBranch(v.schema));
  const discriminator = s["discriminator"] === void 0 ? null : discriminatorOf(builder, s, base2.id, mode, kept);
  if (kept.length === 1 && discriminator === null) {
    const only = kept[0];
    const type = typeOf(builder, only.schema, joinPointer(base2.id, mode, only.index), [...base2.words]);
    const nullableType = { ...type, nullable: type.nullable || nullable };
    return base2.hoisted ? nullableType : builder.add({ ...base2, kind: "alias", type: nullableType }, slot);
  }
  if (kept.length === 0) {
    throw new SchemaError(`"${mode}" has no variant but null`, joinPointer(base2.id, mode), 'write {"type": "null"} instead');
  }
  const variants = kept.map(({ schema, index }) => {
    const mapped = discriminator?.mapping[kept.findIndex((k) => k.index === index)]?.value;
    const label2 = isObject(schema) && typeof schema["title"] === "string" ? schema["title"] : mapped ?? `variant ${index}`;
    return typeOf(builder, schema, joinPointer(base2.id, mode, index), [...base2.words, ...wordsOf(label2, joinPointer(base2.id, mode, index))]);
  });
  const withIds = discriminator === null ? null : { propertyName: discriminator.propertyName, mapping: discriminator.mapping.map((m, i) => ({ value: m.value, id: variantId(variants[i], joinPointer(base2.id, mode, kept[i].index)) })) };
  return builder.add({ ...base2, kind: "union", mode, variants, discriminator: withIds, nullable }, slot);
}
function variantId(type, pointer) {
  if (type.kind !== "ref")
    throw new SchemaError("a discriminated variant must be an object schema", pointer, 'use a "$ref" to an object, or an inline object with "properties"');
  return type.id;
}
function discriminatorOf(builder, s, id, mode, kept) {
  const propertyName = s["discriminator"]["propertyName"];
  if (mode !== "oneOf")
    throw new SchemaError('"discriminator" needs "oneOf"', joinPointer(id, "discriminator"), 'use "oneOf" with a discriminator');
  const seen = /* @__PURE__ */ new Map();
  const mapping = kept.map(({ schema, index }) => {
    const pointer = joinPointer(id, mode, index);
    const variant = isObject(schema) && typeof schema["$ref"] === "string" ? builder.resolve(schema["$ref"]) : isObject(schema) ? schema : {};
    const prop = isObject(variant["properties"]) ? variant["properties"][propertyName] : void 0;
    const value = isObject(prop) ? prop["const"] ?? (Array.isArray(prop["enum"]) && prop["enum"].length === 1 ? prop["enum"][0] : void 0) : void 0;
    const required = Array.isArray(variant["required"]) && variant["required"].includes(propertyName);
    if (typeof value !== "string" || !required) {
      throw new SchemaError(`variant ${index} of the discriminated union has no required string "const" for "${propertyName}"`, pointer, `give the variant "properties": {"${propertyName}": {"const": "..."}} and list "${propertyName}" in its "required"`);
    }
    const previous = seen.get(value);
    if (previous !== void 0) {
      throw new SchemaError(`variants ${previous} and ${index} both use "${propertyName}": "${value}"`, pointer, "give each variant a different const value");
    }
    seen.set(value, String(index));
    return { value };
  });
  return { propertyName, mapping };
}
function buildEnum(builder, s, { slot, ...base2 }) {
  const info = enumFromSchema(s, base2.id);
  if (info.kind === "const")
    return base2.hoisted ? info : builder.add({ ...base2, kind: "alias", type: info }, slot);
  return builder.add({ ...base2, ...info }, slot);
}
function enumFromSchema(s, pointer) {
  const all = s["enum"];
  const at = joinPointer(pointer, "enum");
  const types = typeList(s);
  const nullable = all.includes(null) && (types.length === 0 || types.includes("null"));
  const values = all.filter((v) => v !== null);
  const kinds = new Set(values.map(jsonTypeOf));
  if (values.length === 0)
    throw new SchemaError("an enum of only null is not supported", at, 'write {"type": "null"}');
  const bad2 = values.find((v) => typeof v === "object");
  if (bad2 !== void 0)
    throw new SchemaError(`enum value ${JSON.stringify(bad2)} is not a string, number or boolean`, at, "use scalar enum values");
  const valueType = kinds.size === 1 ? [...kinds][0] : kinds.size === 2 && kinds.has("integer") && kinds.has("number") ? "number" : null;
  if (valueType === null)
    throw new SchemaError(`enum mixes ${[...kinds].join(" and ")} values`, at, 'use values of one type, or a "oneOf" of consts');
  const declared = types.filter((t) => t !== "null");
  if (declared.length > 0 && !declared.some((t) => t === valueType || t === "number" && valueType === "integer")) {
    throw new SchemaError(`enum values are ${valueType}s, but "type" says ${declared.join(", ")}`, at, 'make "type" and the enum values agree');
  }
  const duplicate = values.find((v, i) => values.indexOf(v) !== i);
  if (duplicate !== void 0)
    throw new SchemaError(`enum lists ${JSON.stringify(duplicate)} twice`, at, "list each value once");
  const scalars = values;
  if (scalars.length === 1)
    return { kind: "const", nullable, value: scalars[0] };
  const finalType = declared[0] === "number" ? "number" : valueType;
  return { kind: "enum", valueType: finalType, values: scalars, nullable };
}

// dist/generator/validate.js
function validator(model) {
  const byId = new Map(model.declarations.map((d) => [d.id, d]));
  const check = (type, value, pointer) => {
    if (value === null && type.nullable)
      return [];
    if (type.kind === "ref") {
      const declaration = byId.get(type.id);
      if (declaration === void 0)
        throw new Error(`unknown declaration ${type.id}`);
      return checkDeclaration(declaration, value, pointer);
    }
    return PRIMITIVES2[type.kind](type, value, pointer, check);
  };
  const checkDeclaration = (d, value, pointer) => {
    if (value === null && d.kind !== "alias" && d.nullable)
      return [];
    switch (d.kind) {
      case "alias":
        return check(d.type, value, pointer);
      case "enum":
        return d.values.some((v) => v === value) ? [] : [issue(pointer, "enum", `must be one of ${d.values.map((v) => JSON.stringify(v)).join(", ")}`)];
      case "object":
        return checkObject(d, value, pointer, check);
      case "union":
        return checkUnion(d, value, pointer, check, byId);
    }
  };
  return (type, value) => check(type, value, "");
}
var issue = (pointer, keyword, message) => ({ pointer, keyword, message });
var isPlainObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function typeIssue(pointer, expected) {
  return [issue(pointer, "type", `must be ${expected}`)];
}
function bounds3(c, v, pointer) {
  const out = [];
  if (c.minimum !== null && v < c.minimum)
    out.push(issue(pointer, "minimum", `must be >= ${c.minimum}`));
  if (c.maximum !== null && v > c.maximum)
    out.push(issue(pointer, "maximum", `must be <= ${c.maximum}`));
  if (c.exclusiveMinimum !== null && v <= c.exclusiveMinimum)
    out.push(issue(pointer, "exclusiveMinimum", `must be > ${c.exclusiveMinimum}`));
  if (c.exclusiveMaximum !== null && v >= c.exclusiveMaximum)
    out.push(issue(pointer, "exclusiveMaximum", `must be < ${c.exclusiveMaximum}`));
  return out;
}
var PRIMITIVES2 = {
  any: () => [],
  null: (_t, v, p) => v === null ? [] : typeIssue(p, "null"),
  boolean: (_t, v, p) => typeof v === "boolean" ? [] : typeIssue(p, "boolean"),
  const: (t, v, p) => v === t.value ? [] : [issue(p, "const", `must be equal to ${JSON.stringify(t.value)}`)],
  integer: (t, v, p) => typeof v === "number" && Number.isInteger(v) ? bounds3(t.constraints, v, p) : typeIssue(p, "integer"),
  number: (t, v, p) => typeof v === "number" ? bounds3(t.constraints, v, p) : typeIssue(p, "number"),
  string: (t, v, p) => {
    if (typeof v !== "string")
      return typeIssue(p, "string");
    const length = [...v].length;
    const c = t.constraints;
    const out = [];
    if (c.minLength !== null && length < c.minLength)
      out.push(issue(p, "minLength", `must have at least ${c.minLength} characters`));
    if (c.maxLength !== null && length > c.maxLength)
      out.push(issue(p, "maxLength", `must have at most ${c.maxLength} characters`));
    if (c.pattern !== null && !new RegExp(c.pattern, "u").test(v))
      out.push(issue(p, "pattern", `must match pattern "${c.pattern}"`));
    return out;
  },
  array: (t, v, p, recurse) => {
    if (!Array.isArray(v))
      return typeIssue(p, "array");
    const out = [];
    if (t.minItems !== null && v.length < t.minItems)
      out.push(issue(p, "minItems", `must have at least ${t.minItems} items`));
    if (t.maxItems !== null && v.length > t.maxItems)
      out.push(issue(p, "maxItems", `must have at most ${t.maxItems} items`));
    v.forEach((item, i) => out.push(...recurse(t.items, item, joinPointer(p, i))));
    return out;
  },
  map: (t, v, p, recurse) => {
    if (!isPlainObject(v))
      return typeIssue(p, "object");
    return Object.entries(v).flatMap(([k, item]) => recurse(t.values, item, joinPointer(p, k)));
  }
};
function checkObject(d, value, pointer, recurse) {
  if (!isPlainObject(value))
    return typeIssue(pointer, "object");
  const out = [];
  const known = new Set(d.properties.map((p) => p.jsonName));
  for (const p of d.properties) {
    if (!Object.hasOwn(value, p.jsonName)) {
      if (p.required)
        out.push(issue(pointer, "required", `must have required property '${p.jsonName}'`));
      continue;
    }
    out.push(...recurse(p.type, value[p.jsonName], joinPointer(pointer, p.jsonName)));
  }
  for (const [key, item] of Object.entries(value)) {
    if (known.has(key))
      continue;
    if (d.additional.kind === "deny")
      out.push(issue(pointer, "additionalProperties", `must NOT have additional property '${key}'`));
    if (d.additional.kind === "typed")
      out.push(...recurse(d.additional.type, item, joinPointer(pointer, key)));
  }
  return out;
}
function checkUnion(d, value, pointer, recurse, byId) {
  if (d.discriminator !== null) {
    const { propertyName, mapping } = d.discriminator;
    if (!isPlainObject(value))
      return typeIssue(pointer, "object");
    const tag = value[propertyName];
    if (typeof tag !== "string")
      return [issue(pointer, "discriminator", `tag "${propertyName}" must be a string`)];
    const entry = mapping.find((m) => m.value === tag);
    if (entry === void 0)
      return [issue(pointer, "discriminator", `value of tag "${propertyName}" must be in oneOf`)];
    const target = byId.get(entry.id);
    return target === void 0 ? [] : recurse({ kind: "ref", id: target.id, nullable: false }, value, pointer);
  }
  const results = d.variants.map((v) => recurse(v, value, pointer));
  const matches = results.filter((r) => r.length === 0).length;
  if (d.mode === "anyOf" ? matches >= 1 : matches === 1)
    return [];
  const failures = matches === 0 ? results.flat() : [];
  return [...failures, issue(pointer, d.mode, matches === 0 ? `must match ${d.mode === "oneOf" ? "exactly one" : "a"} schema in ${d.mode}` : "must match exactly one schema in oneOf")];
}
function checkDefaultsAndExamples(model) {
  const validate = validator(model);
  for (const d of model.declarations) {
    d.examples.forEach((example, i) => {
      const [first] = validate({ kind: "ref", id: d.id, nullable: false }, example);
      if (first !== void 0) {
        throw new SchemaError(`example ${i} does not validate: at "${first.pointer}" it ${first.message} (${first.keyword})`, joinPointer(d.id, "examples", i), "fix the example so that it follows the schema");
      }
    });
    if (d.kind !== "object")
      continue;
    for (const p of d.properties) {
      p.examples.forEach((example, i) => {
        const [first2] = validate(p.type, example);
        if (first2 !== void 0) {
          throw new SchemaError(`example ${i} of "${p.jsonName}" does not validate: at "${first2.pointer}" it ${first2.message} (${first2.keyword})`, joinPointer(p.pointer, "examples", i), "fix the example so that it follows the property schema");
        }
      });
      if (p.default === null)
        continue;
      const [first] = validate(p.type, p.default.value);
      if (first !== void 0) {
        throw new SchemaError(`the default of "${p.jsonName}" does not validate: it ${first.message} (${first.keyword})`, joinPointer(p.pointer, "default"), "fix the default so that it follows the property schema");
      }
    }
  }
}

// dist/generator/build-model.js
var ModelBuilder = class {
  root;
  declarations = [];
  constructor(root) {
    this.root = root;
  }
  /** Adds at `slot` (where the declaration began), so a parent precedes what it hoisted. */
  add(declaration, slot = this.declarations.length) {
    this.declarations.splice(slot, 0, declaration);
    return { kind: "ref", id: declaration.id, nullable: false };
  }
  /** The raw schema a "$ref" points at (refs were checked already). */
  resolve(ref) {
    const defs = this.root["$defs"];
    const target = defs[refToId(ref).slice("/$defs/".length).replace(/~1/g, "/").replace(/~0/g, "~")];
    return isObject(target) ? target : {};
  }
};
var MAX_DECLARATIONS = 1e4;
function buildModel(root, source) {
  const builder = new ModelBuilder(root);
  const defs = isObject(root["$defs"]) ? root["$defs"] : {};
  const count = Object.keys(defs).length;
  if (count > MAX_DECLARATIONS) {
    throw new SchemaError(`"$defs" has ${count} definitions; at most ${MAX_DECLARATIONS} are supported`, "/$defs", "split the schema into several files and generate each on its own");
  }
  for (const [name2, schema] of Object.entries(defs)) {
    const pointer = joinPointer("/$defs", name2);
    declare(builder, schema, pointer, name2, wordsOf(name2, pointer), false);
  }
  const model = {
    source,
    title: stringOrNull(root["title"]),
    description: stringOrNull(root["description"]),
    declarations: builder.declarations
  };
  checkDefaultsAndExamples(model);
  return model;
}
function wordsOf(name2, pointer) {
  const words = splitWords(name2);
  if (words.length === 0) {
    throw new SchemaError(`the name "${name2}" has no letters or digits to make an identifier from`, pointer, 'rename it, or set "x-codegen": {"<target>": {"name": "..."}}');
  }
  return words;
}
function declare(builder, schema, pointer, schemaName, words, hoisted) {
  const s = isObject(schema) ? schema : {};
  const base2 = { id: pointer, schemaName, words, doc: docOf(s), examples: examplesOf(s), codegen: codegenOf(s), hoisted, slot: builder.declarations.length };
  if (s["oneOf"] !== void 0 || s["anyOf"] !== void 0)
    return buildUnion(builder, s, base2);
  if (s["enum"] !== void 0)
    return buildEnum(builder, s, base2);
  if (isObjectWithProperties(s))
    return buildObject(builder, s, base2);
  const { slot, ...rest } = base2;
  return builder.add({ ...rest, kind: "alias", type: typeOf(builder, s, pointer, words) }, slot);
}
function isObjectWithProperties(s) {
  const types = typeList(s);
  const objectish = types.includes("object") || types.length === 0 && s["properties"] !== void 0;
  return objectish && (s["properties"] !== void 0 || s["additionalProperties"] === false);
}
function buildObject(builder, s, { slot, ...base2 }) {
  const required = Array.isArray(s["required"]) ? s["required"] : [];
  const props = isObject(s["properties"]) ? s["properties"] : {};
  const properties = Object.entries(props).map(([jsonName, sub]) => {
    const pointer = joinPointer(base2.id, "properties", jsonName);
    const words = wordsOf(jsonName, pointer);
    const subObject = isObject(sub) ? sub : {};
    return {
      jsonName,
      words,
      required: required.includes(jsonName),
      type: typeOf(builder, sub, pointer, [...base2.words, ...words]),
      doc: docOf(subObject),
      default: Object.hasOwn(subObject, "default") ? { value: subObject["default"] } : null,
      examples: examplesOf(subObject),
      codegen: codegenOf(subObject),
      pointer
    };
  });
  const extra = s["additionalProperties"];
  const additional = extra === false ? { kind: "deny" } : extra === void 0 || extra === true || isAnySchema(extra) ? { kind: "allow" } : { kind: "typed", type: typeOf(builder, extra, joinPointer(base2.id, "additionalProperties"), [...base2.words, "value"]) };
  return builder.add({ ...base2, kind: "object", properties, additional, nullable: typeList(s).includes("null") }, slot);
}
function typeOf(builder, schema, pointer, words) {
  if (schema === true || isAnySchema(schema))
    return { kind: "any", nullable: true };
  const s = schema;
  if (typeof s["$ref"] === "string")
    return { kind: "ref", id: refToId(s["$ref"]), nullable: false };
  if (s["oneOf"] !== void 0 || s["anyOf"] !== void 0 || s["enum"] !== void 0 || isObjectWithProperties(s)) {
    const single = s["enum"] !== void 0 ? enumFromSchema(s, pointer) : null;
    if (single?.kind === "const")
      return single;
    return declare(builder, s, pointer, pascalCase(words), words, true);
  }
  if (s["const"] !== void 0)
    return constOf(s, pointer);
  return primitiveOf(builder, s, pointer, words, typeList(s).includes("null"));
}
function primitiveOf(builder, s, pointer, words, nullable) {
  const types = typeList(s).filter((t) => t !== "null");
  if (types.length > 1) {
    throw new SchemaError(`"type" lists ${types.join(" and ")}; only one type (plus "null") is supported`, joinPointer(pointer, "type"), 'use "oneOf" with one schema per type');
  }
  const type = types[0];
  if (type === void 0) {
    if (typeList(s).includes("null"))
      return { kind: "null", nullable: true };
    throw new SchemaError('this schema has constraints but no "type"', pointer, 'add "type" so every target knows what the constraints apply to');
  }
  checkApplicable(s, pointer, type);
  switch (type) {
    case "string":
      return { kind: "string", nullable, constraints: { minLength: num2(s, "minLength"), maxLength: num2(s, "maxLength"), pattern: stringOrNull(s["pattern"]), format: stringOrNull(s["format"]) } };
    case "integer":
    case "number":
      return { kind: type, nullable, constraints: numberConstraints(s) };
    case "boolean":
      return { kind: "boolean", nullable };
    case "array":
      return { kind: "array", nullable, items: s["items"] === void 0 ? { kind: "any", nullable: true } : typeOf(builder, s["items"], joinPointer(pointer, "items"), [...words, "item"]), minItems: num2(s, "minItems"), maxItems: num2(s, "maxItems") };
    default: {
      const extra = s["additionalProperties"];
      const values = extra === void 0 || extra === true ? { kind: "any", nullable: true } : typeOf(builder, extra, joinPointer(pointer, "additionalProperties"), [...words, "value"]);
      return { kind: "map", nullable, values };
    }
  }
}
var APPLICABLE = {
  string: ["minLength", "maxLength", "pattern", "format"],
  integer: ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"],
  number: ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"],
  array: ["items", "minItems", "maxItems"],
  object: ["additionalProperties", "properties", "required"],
  boolean: [],
  null: []
};
var ALL_CONSTRAINTS = [...new Set(Object.values(APPLICABLE).flat())];
function checkApplicable(s, pointer, type) {
  const allowed = APPLICABLE[type] ?? [];
  const stray = ALL_CONSTRAINTS.find((k) => s[k] !== void 0 && !allowed.includes(k));
  if (stray !== void 0) {
    throw new SchemaError(`"${stray}" does not apply to type "${type}"`, joinPointer(pointer, stray), `remove "${stray}", or change "type"`);
  }
}
function numberConstraints(s) {
  return { minimum: num2(s, "minimum"), maximum: num2(s, "maximum"), exclusiveMinimum: num2(s, "exclusiveMinimum"), exclusiveMaximum: num2(s, "exclusiveMaximum") };
}
function constOf(s, pointer) {
  const value = s["const"];
  const valueType = jsonTypeOf(value);
  if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
    throw new SchemaError(`"const" of type ${valueType} is not supported`, joinPointer(pointer, "const"), "use a string, number or boolean const");
  }
  const declared = typeList(s).filter((t) => t !== "null");
  if (declared.length > 0 && !declared.some((t) => t === valueType || t === "number" && valueType === "integer")) {
    throw new SchemaError(`"const" ${JSON.stringify(value)} is a ${valueType}, but "type" says ${declared.join(", ")}`, joinPointer(pointer, "const"), 'make "type" and "const" agree');
  }
  return { kind: "const", nullable: false, value };
}
function jsonTypeOf(value) {
  if (value === null)
    return "null";
  if (Array.isArray(value))
    return "array";
  if (typeof value === "number")
    return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}
function typeList(s) {
  const t = s["type"];
  return Array.isArray(t) ? t : typeof t === "string" ? [t] : [];
}
function isAnySchema(schema) {
  if (schema === true)
    return true;
  if (!isObject(schema))
    return false;
  const annotations = ["title", "description", "deprecated", "examples", "default", "$comment"];
  return Object.keys(schema).every((k) => annotations.includes(k) || k.startsWith("x-"));
}
function docOf(s) {
  return { title: stringOrNull(s["title"]), description: stringOrNull(s["description"]), deprecated: s["deprecated"] === true };
}
function examplesOf(s) {
  return Array.isArray(s["examples"]) ? s["examples"] : [];
}
function codegenOf(s) {
  const value = s["x-codegen"];
  return isObject(value) ? value : {};
}
function num2(s, key) {
  const v = s[key];
  return typeof v === "number" ? v : null;
}
function stringOrNull(v) {
  return typeof v === "string" ? v : null;
}

// dist/generator/codegen-keys.js
var SHARED_KEYS = {
  rest: ["method", "path", "status"]
};
function checkCodegenKeys(model, targets) {
  for (const d of model.declarations) {
    checkBlock(d.codegen, joinPointer(d.id, "x-codegen"), targets, SHARED_KEYS);
    if (d.kind === "object")
      for (const p of d.properties)
        checkBlock(p.codegen, joinPointer(p.pointer, "x-codegen"), targets, {});
  }
}
function checkBlock(codegen, pointer, targets, shared2) {
  for (const [owner, options2] of Object.entries(codegen)) {
    const allowed = targets[owner]?.codegenKeys ?? shared2[owner];
    if (allowed === void 0) {
      throw new SchemaError(`"x-codegen" has an unknown section "${owner}"`, joinPointer(pointer, owner), `use one of: ${[...Object.keys(targets), ...Object.keys(shared2)].join(", ")}`);
    }
    for (const key of Object.keys(options2)) {
      if (!allowed.includes(key)) {
        throw new SchemaError(`"x-codegen/${owner}" has an unknown option "${key}"`, joinPointer(pointer, owner, key), `use one of: ${allowed.join(", ")}`);
      }
    }
  }
}

// dist/generator/precompiled.js
import { existsSync as existsSync2 } from "node:fs";
import { createRequire } from "node:module";
import { join as join2 } from "node:path";

// dist/generator/package-root.js
import { readFileSync as readFileSync2 } from "node:fs";
import { dirname as dirname2, join } from "node:path";
import { fileURLToPath } from "node:url";
function findPackageRoot(start) {
  let dir = start;
  while (dir !== dirname2(dir)) {
    try {
      readFileSync2(join(dir, "package.json"));
      return dir;
    } catch {
      dir = dirname2(dir);
    }
  }
  throw new Error(`schema-codegen: cannot find package.json above ${start}`);
}
var PACKAGE_ROOT = findPackageRoot(dirname2(fileURLToPath(import.meta.url)));

// dist/generator/precompiled.js
var cache = null;
function loadPrecompiled() {
  if (cache !== null)
    return cache;
  const path = join2(PACKAGE_ROOT, "dist", "templates.cjs");
  cache = existsSync2(path) ? createRequire(import.meta.url)(path) : {};
  return cache;
}

// dist/generator/render.js
var import_runtime = __toESM(require_runtime2(), 1);
import { existsSync as existsSync3, readdirSync, readFileSync as readFileSync3 } from "node:fs";
import { createRequire as createRequire2 } from "node:module";
import { join as join3 } from "node:path";
var require2 = createRequire2(import.meta.url);
var HandlebarsRuntime = import_runtime.default;
var COMPILE_OPTIONS = { strict: true, noEscape: true, knownHelpersOnly: true, data: false };
var GUARDED_BUILTINS = ["if", "unless", "each", "with"];
function createRenderer(templateDirs2, precompiled = {}) {
  const env = HandlebarsRuntime.create();
  guardBuiltins(env);
  const compiled = /* @__PURE__ */ new Map();
  for (const [name2, source] of readTemplates(templateDirs2)) {
    const cached = precompiled[name2];
    const template = cached !== void 0 && cached.source === source ? env.template(cached.spec) : compileAtRuntime(env, source);
    compiled.set(name2, template);
    env.registerPartial(name2, template);
  }
  return {
    render(name2, view) {
      const template = compiled.get(name2);
      if (template === void 0) {
        throw new OptionsError(`no template "${name2}.hbs" in ${templateDirs2.join(" or ")}`, "restore the template, or remove the override folder");
      }
      return template(view);
    }
  };
}
function templateDirs(target, overrides) {
  return [join3(PACKAGE_ROOT, "templates", target), ...overrides === null ? [] : [join3(overrides, target)]];
}
function readTemplates(dirs) {
  const sources = /* @__PURE__ */ new Map();
  for (const dir of dirs) {
    if (!existsSync3(dir))
      continue;
    for (const file of readdirSync(dir).sort()) {
      if (file.endsWith(".hbs"))
        sources.set(file.slice(0, -".hbs".length), readFileSync3(join3(dir, file), "utf8"));
    }
  }
  return sources;
}
function compileAtRuntime(env, source) {
  const compiler = require2("handlebars");
  const spec = new Function(`return ${compiler.precompile(source, COMPILE_OPTIONS)};`)();
  return env.template(spec);
}
function guardBuiltins(env) {
  for (const name2 of GUARDED_BUILTINS) {
    const builtin = env.helpers[name2];
    const original = name2 === "each" ? eachArray(builtin) : builtin;
    env.registerHelper(name2, function(context, options2) {
      if (options2 === void 0 || context === void 0) {
        const line = (options2 ?? context)?.loc?.start.line ?? "?";
        throw new Error(`template: #${name2} at line ${line} reads a view field that is missing (every field must be present: null, false or [])`);
      }
      return original.call(this, context, options2);
    });
  }
}
function eachArray(builtin) {
  return function(context, options2) {
    if (!Array.isArray(context))
      return builtin.call(this, context, options2);
    const { fn, inverse } = options2;
    if (context.length === 0)
      return inverse(this);
    let out = "";
    for (let i = 0; i < context.length; i++)
      out += fn.blockParams ? fn(context[i], { blockParams: [context[i], i] }) : fn(context[i]);
    return out;
  };
}
function needsNormalizing(text) {
  if (text.includes("\r"))
    return true;
  let run2 = 0;
  for (let at = text.indexOf("\n"), previous = -2; at >= 0; previous = at, at = text.indexOf("\n", at + 1)) {
    const before = text.charCodeAt(at - 1);
    if (before === 32 || before === 9)
      return true;
    run2 = at === previous + 1 ? run2 + 1 : 1;
    if (run2 === 4)
      return true;
  }
  return false;
}
function normalizeWhitespace(text) {
  let body = text.trimEnd();
  const inside = needsNormalizing(body);
  if (!inside && !body.startsWith("\n") && text.length === body.length + 1 && text.endsWith("\n"))
    return text;
  if (inside) {
    if (body.includes("\r"))
      body = body.replace(/\r\n?/g, "\n");
    if (body.includes(" \n") || body.includes("	\n"))
      body = stripTrailingBlanks(body);
    body = body.replace(/\n{4,}/g, "\n\n\n");
  }
  return `${body.replace(/^\n+/, "")}
`;
}
function stripTrailingBlanks(text) {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const last = line.charCodeAt(line.length - 1);
    if (last === 32 || last === 9)
      lines[i] = line.trimEnd();
  }
  return lines.join("\n");
}

// dist/generator/write.js
import { existsSync as existsSync5, mkdirSync as mkdirSync2, readdirSync as readdirSync2, readFileSync as readFileSync6, renameSync, rmSync as rmSync2, statSync as statSync2 } from "node:fs";
import { basename, dirname as dirname4, join as join5 } from "node:path";

// dist/generator/output-lock.js
import { lstatSync, readFileSync as readFileSync4, rmSync, writeFileSync } from "node:fs";
var WAIT_MS = 12e4;
var POLL_MS = 50;
var EMPTY_STALE_MS = 5e3;
var BREAK_STALE_MS = 1e4;
function acquireLock(outDir) {
  const lock = `${outDir}.lock`;
  const start = Date.now();
  while (!tryCreate(lock)) {
    if (removeIfStale(lock))
      continue;
    if (Date.now() - start > WAIT_MS)
      throw new OptionsError(`${lock} is held by another run (pid ${readPid(lock) ?? "unknown"})`, `wait for it to finish, or remove ${lock} if no run is going on`);
    sleep(POLL_MS);
  }
  return () => rmSync(lock, { force: true });
}
var lockNames = (outDir) => [`${outDir}.lock`, `${outDir}.lock.break`];
function tryCreate(path) {
  try {
    writeFileSync(path, String(process.pid), { flag: "wx" });
    return true;
  } catch (error) {
    if (error.code === "EEXIST")
      return false;
    throw error;
  }
}
function removeIfStale(lock) {
  if (!isStale(lock, EMPTY_STALE_MS))
    return false;
  const breaker = `${lock}.break`;
  if (!tryCreate(breaker)) {
    if (isStale(breaker, BREAK_STALE_MS))
      rmSync(breaker, { force: true });
    return false;
  }
  try {
    if (isStale(lock, EMPTY_STALE_MS))
      rmSync(lock, { recursive: true, force: true });
  } finally {
    rmSync(breaker, { force: true });
  }
  return true;
}
function isStale(path, emptyAfterMs) {
  const pid = readPid(path);
  if (pid !== null)
    return !isAlive(pid);
  try {
    return Date.now() - lstatSync(path).mtimeMs > emptyAfterMs;
  } catch {
    return true;
  }
}
function readPid(path) {
  try {
    const pid = Number(readFileSync4(path, "utf8"));
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code !== "ESRCH";
  }
}
function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

// dist/generator/place-files.js
import { createHash } from "node:crypto";
import { closeSync, copyFileSync, existsSync as existsSync4, linkSync, mkdirSync, openSync, readFileSync as readFileSync5, statSync, utimesSync, writeSync } from "node:fs";
import { dirname as dirname3, join as join4 } from "node:path";
import { Worker } from "node:worker_threads";
var IN_FLIGHT = 0;
var EXITED = 1;
var Placer = class {
  setup;
  dirs = new DirMaker();
  outExists;
  constructor(setup) {
    this.setup = setup;
    this.outExists = existsSync4(setup.outDir);
  }
  place(path, bytes) {
    const kind = this.outExists ? compareWithDisk(join4(this.setup.outDir, path), bytes) : "added";
    if (kind === "unchanged")
      linkOrCopy(join4(this.setup.outDir, path), join4(this.setup.staging, path), this.dirs);
    else
      writeFileAt(join4(this.setup.staging, path), bytes, this.dirs);
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
var MAX_IN_FLIGHT = 2;
function createPlacer(setup) {
  return new BatchingPlacer(setup, existsSync4(WORKER_FILE));
}
var BatchingPlacer = class {
  setup;
  useWorker;
  encoder = new TextEncoder();
  worker = null;
  done = null;
  placer = null;
  placedHere = [];
  bytes = new Uint8Array(BATCH_BYTES);
  used = 0;
  paths = [];
  offsets = [0];
  flow = new Int32Array(new SharedArrayBuffer(8));
  constructor(setup, useWorker) {
    this.setup = setup;
    this.useWorker = useWorker;
  }
  add(path, content) {
    const room = content.length * 3;
    if (this.bytes.length - this.used < room) {
      this.flush();
      if (this.bytes.length < room)
        this.bytes = new Uint8Array(room);
    }
    this.used += this.encoder.encodeInto(content, this.bytes.subarray(this.used)).written;
    this.paths.push(path);
    this.offsets.push(this.used);
  }
  async finish() {
    if (this.worker === null) {
      this.placeHere();
      return this.placedHere;
    }
    this.flush();
    this.worker.postMessage("end");
    try {
      return await this.done;
    } finally {
      await this.worker.terminate();
    }
  }
  async abort() {
    await this.worker?.terminate();
  }
  flush() {
    if (this.paths.length === 0)
      return;
    if (!this.useWorker) {
      this.placeHere();
      return;
    }
    const batch = { paths: this.paths, offsets: this.offsets, buffer: this.bytes.buffer };
    const worker = this.worker ?? this.startWorker();
    this.waitForRoom();
    Atomics.add(this.flow, IN_FLIGHT, 1);
    worker.postMessage(batch, [this.bytes.buffer]);
    this.bytes = new Uint8Array(BATCH_BYTES);
    this.nextBatch();
  }
  /** Blocks while the worker holds MAX_IN_FLIGHT batches; a worker that died frees nothing, but
   *  its exit is flagged, and finish() reports its error. */
  waitForRoom() {
    for (let held = Atomics.load(this.flow, IN_FLIGHT); held >= MAX_IN_FLIGHT && Atomics.load(this.flow, EXITED) === 0; held = Atomics.load(this.flow, IN_FLIGHT)) {
      Atomics.wait(this.flow, IN_FLIGHT, held, 1e3);
    }
  }
  placeHere() {
    this.placer ??= new Placer(this.setup);
    for (const placed of this.placer.placeAll(this.paths, this.offsets, this.bytes))
      this.placedHere.push(placed);
    this.nextBatch();
  }
  nextBatch() {
    this.used = 0;
    this.paths = [];
    this.offsets = [0];
  }
  startWorker() {
    const setup = { ...this.setup, flow: this.flow };
    const worker = new Worker(WORKER_FILE, { workerData: setup });
    this.done = new Promise((resolve2, reject) => {
      worker.once("message", (reply) => {
        if ("placed" in reply)
          resolve2(reply.placed);
        else
          reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }));
      });
      worker.once("error", reject);
    });
    this.done.catch(() => void 0);
    this.worker = worker;
    return worker;
  }
};
var DirMaker = class {
  made = /* @__PURE__ */ new Set();
  parentOf(path) {
    const dir = dirname3(path);
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
    return readFileSync5(path);
  } catch {
    return null;
  }
}

// dist/generator/write.js
var MANIFEST = ".schema-codegen-manifest";
var hasDrift = (d) => d.changed.length + d.added.length + d.removed.length > 0;
function checkOutput(request) {
  const tally = new Tally(request.outDir);
  const expected = /* @__PURE__ */ new Map();
  for (const [path, content] of request.files) {
    if (tally.classify(path, Buffer.from(content)) === "changed")
      expected.set(path, content);
  }
  return { ...tally.drift(request.targets), expected };
}
async function writeOutput(request) {
  mkdirSync2(dirname4(request.outDir), { recursive: true });
  const release = acquireLock(request.outDir);
  const staging = `${request.outDir}.tmp-${process.pid}-${Date.now()}`;
  let placer = null;
  try {
    recoverInterruptedSwap(request.outDir);
    refuseForeignFolder(request);
    placer = createPlacer({ outDir: request.outDir, staging });
    for (const [path, content] of request.files)
      placer.add(path, content);
    const tally = new Tally(request.outDir);
    for (const placed of await placer.finish())
      tally.record(placed);
    placer = null;
    const dirs = new DirMaker();
    const drift = tally.drift(request.targets);
    const manifest = manifestText(request.outDir, request.targets, tally.seen, request.inputs ?? null);
    if (!hasDrift(drift) && readIfExists(join5(request.outDir, MANIFEST)) === manifest)
      return drift;
    for (const path of carriedOver(request.outDir, request.targets, tally.seen.keys()))
      linkOrCopy(join5(request.outDir, path), join5(staging, path), dirs);
    writeFileAt(join5(staging, MANIFEST), Buffer.from(manifest), dirs);
    swap(request.outDir, staging);
    return drift;
  } finally {
    await placer?.abort();
    rmSync2(staging, { recursive: true, force: true });
    release();
  }
}
var Tally = class {
  outDir;
  /** Path -> SHA-256 of the content this run produced. */
  seen = /* @__PURE__ */ new Map();
  changed = [];
  added = [];
  exists;
  constructor(outDir) {
    this.outDir = outDir;
    this.exists = existsSync5(outDir);
  }
  classify(path, content) {
    const kind = this.exists ? compareWithDisk(join5(this.outDir, path), content) : "added";
    this.record({ path, kind, hash: contentHash(content) });
    return kind;
  }
  record({ path, kind, hash }) {
    this.seen.set(path, hash);
    if (kind !== "unchanged")
      (kind === "added" ? this.added : this.changed).push(path);
  }
  drift(targets) {
    const removed = [...readManifest(this.outDir).files.keys()].filter((p) => ownedByTargets(p, targets) && !this.seen.has(p) && existsSync5(join5(this.outDir, p)));
    return { changed: this.changed, added: this.added, removed };
  }
};
function carriedOver(outDir, targets, writtenPaths) {
  if (!existsSync5(outDir))
    return [];
  const old = readManifest(outDir).files;
  const written = new Set(writtenPaths);
  return listFiles(outDir).filter((p) => p !== MANIFEST && !written.has(p) && !(old.has(p) && ownedByTargets(p, targets)));
}
var MANIFEST_HEADER = "# schema-codegen: the files of the last run, each with its SHA-256, and what each target was generated from";
var HASHED_LINE = /^([0-9a-f]{64}) {2}(.+)$/;
function manifestText(outDir, targets, written, inputs) {
  const old = readManifest(outDir);
  const files = new Map([...old.files].filter(([p]) => !ownedByTargets(p, targets)));
  for (const [path, hash] of written)
    files.set(path, hash);
  const targetInputs = new Map([...old.inputs].filter(([t]) => !targets.includes(t)));
  for (const [target, fingerprint] of inputs ?? [])
    targetInputs.set(target, fingerprint);
  const inputLines = [...targetInputs].sort(([a], [b]) => a < b ? -1 : 1).map(([t, f]) => `inputs ${t} ${f}`);
  const fileLines = [...files].sort(([a], [b]) => a < b ? -1 : 1).map(([p, h]) => h === null ? p : `${h}  ${p}`);
  return `${[MANIFEST_HEADER, ...inputLines, ...fileLines].join("\n")}
`;
}
function isUpToDate(outDir, inputs) {
  if (leftovers(outDir).length > 0 || lockNames(outDir).some((p) => existsSync5(p)))
    return false;
  const manifest = readManifest(outDir);
  for (const [target, fingerprint] of inputs)
    if (manifest.inputs.get(target) !== fingerprint)
      return false;
  const targets = [...inputs.keys()];
  for (const [path, hash] of manifest.files) {
    if (!ownedByTargets(path, targets))
      continue;
    const bytes = hash === null ? null : readBytesIfExists(join5(outDir, path));
    if (bytes === null || contentHash(bytes) !== hash)
      return false;
  }
  return true;
}
function ownedByTargets(path, targets) {
  return targets.some((t) => path.startsWith(`${t}/`));
}
function swap(outDir, staging) {
  if (!existsSync5(outDir)) {
    renameSync(staging, outDir);
    return;
  }
  const retired = `${outDir}.old-${process.pid}-${Date.now()}`;
  renameSync(outDir, retired);
  renameSync(staging, outDir);
  rmSync2(retired, { recursive: true, force: true });
}
function recoverInterruptedSwap(outDir) {
  for (const path of leftovers(outDir)) {
    if (/\.old-\d+-\d+$/.test(path) && !existsSync5(outDir))
      renameSync(path, outDir);
    else
      rmSync2(path, { recursive: true, force: true });
  }
}
function leftovers(outDir) {
  const parent = dirname4(outDir);
  if (!existsSync5(parent))
    return [];
  const prefix = `${basename(outDir)}.`;
  return readdirSync2(parent).filter((n) => n.startsWith(prefix) && /\.(old|tmp)-\d+-\d+$/.test(n)).sort().map((n) => join5(parent, n));
}
function refuseForeignFolder(request) {
  const { outDir, force } = request;
  if (force || !existsSync5(outDir) || existsSync5(join5(outDir, MANIFEST)))
    return;
  if (!statSync2(outDir).isDirectory() || readdirSync2(outDir).length > 0) {
    throw new OptionsError(`${outDir} exists and was not written by schema-codegen`, "choose an empty or new --out folder, or pass --force to generate into it (its other files are kept)");
  }
}
function readManifest(outDir) {
  const inputs = /* @__PURE__ */ new Map();
  const files = /* @__PURE__ */ new Map();
  for (const line of (readIfExists(join5(outDir, MANIFEST)) ?? "").split("\n")) {
    if (line === "" || line.startsWith("#"))
      continue;
    const hashed = HASHED_LINE.exec(line);
    if (hashed !== null)
      files.set(hashed[2], hashed[1]);
    else if (line.startsWith("inputs ")) {
      const [, target, fingerprint] = line.split(" ");
      inputs.set(target, fingerprint);
    } else
      files.set(line, null);
  }
  return { inputs, files };
}
function readIfExists(path) {
  try {
    return readFileSync6(path, "utf8");
  } catch {
    return null;
  }
}
function listFiles(dir, prefix = "") {
  const out = [];
  for (const entry of readdirSync2(join5(dir, prefix), { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1)) {
    const rel = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory())
      out.push(...listFiles(dir, rel));
    else
      out.push(rel);
  }
  return out;
}

// dist/generator/index.js
function displayPath(path) {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") || rel === "" ? path : rel;
}
function loadModel(schemaPath) {
  const text = readSchemaFile(schemaPath).toString("utf8");
  return modelFromText(text, basename2(schemaPath), displayPath(schemaPath));
}
function modelFromText(text, source, file = source) {
  try {
    const root = checkSchema(parseSchemaText(text));
    checkRefs(root);
    const model = buildModel(root, source);
    checkCodegenKeys(model, TARGETS);
    return model;
  } catch (error) {
    throw error instanceof SchemaError ? error.inFile(file) : error;
  }
}
function* renderFiles(model, options2) {
  const precompiled = loadPrecompiled();
  try {
    for (const name2 of options2.targets) {
      const target = TARGETS[name2];
      const renderer = createRenderer(templateDirs(name2, options2.templates), precompiled[name2]);
      for (const file of target.plan(model, options2.options[name2] ?? target.defaults)) {
        yield [`${name2}/${file.path}`, normalizeWhitespace(renderer.render(file.template, file.view))];
      }
    }
  } catch (error) {
    throw error instanceof SchemaError && options2.schema !== void 0 ? error.inFile(displayPath(options2.schema)) : error;
  }
}

// dist/generator/drift-report.js
import { readFileSync as readFileSync7 } from "node:fs";
import { join as join6 } from "node:path";
var MAX_LINES_PER_FILE = 6;
function describeDrift(drift, outDir) {
  const lines = [];
  for (const path of drift.added)
    lines.push(`  missing: ${path}`);
  for (const path of drift.removed)
    lines.push(`  stale (would be removed): ${path}`);
  for (const path of drift.changed) {
    lines.push(`  differs: ${path}`);
    lines.push(...firstDifferences(readFileSync7(join6(outDir, path), "utf8"), drift.expected.get(path) ?? ""));
  }
  return lines.join("\n");
}
function firstDifferences(current, expected) {
  const a = current.split("\n");
  const b = expected.split("\n");
  const out = [];
  for (let i = 0; i < Math.max(a.length, b.length) && out.length < MAX_LINES_PER_FILE; i++) {
    if (a[i] === b[i])
      continue;
    out.push(`    line ${i + 1}:`, `      - ${a[i] ?? "(end of file)"}`, `      + ${b[i] ?? "(end of file)"}`);
  }
  return out.slice(0, MAX_LINES_PER_FILE);
}

// dist/generator/fingerprint.js
import { createHash as createHash2 } from "node:crypto";
import { readFileSync as readFileSync8 } from "node:fs";
import { basename as basename3, join as join7 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
function inputFingerprints(options2) {
  if (false)
    return null;
  const common2 = createHash2("sha256").update(readFileSync8(fileURLToPath2(import.meta.url))).update(readFileSync8(join7(PACKAGE_ROOT, "dist", "templates.cjs"))).update(`\0${basename3(options2.schema)}\0`).update(readSchemaFile(options2.schema)).digest("hex");
  const fingerprints = /* @__PURE__ */ new Map();
  for (const target of options2.targets) {
    const hash = createHash2("sha256").update(`${common2}\0${target}\0${stableJson(options2.options[target] ?? null)}`);
    for (const [name2, source] of readTemplates(templateDirs(target, options2.templates)))
      hash.update(`\0${name2}\0${source}`);
    fingerprints.set(target, hash.digest("hex"));
  }
  return fingerprints;
}
function stableJson(value) {
  if (Array.isArray(value))
    return `[${value.map(stableJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

// dist/generator/cli.js
var HELP = `schema-codegen: render one JSON Schema (draft 2020-12) into TypeScript, Python, C#, Java and docs.

Usage:
  schema-codegen generate [options]

Options:
  --config FILE       config file (default: ./schema-codegen.config.json when present)
  --schema FILE       the schema to render (overrides the config)
  --out DIR           output folder (default: ./generated)
  --target NAME       a target to render; repeat for several (default: all)
                      targets: typescript, python, csharp, java, docs
  --option T.KEY=VAL  set a target option, e.g. --option python.package=mypkg; repeatable
  --templates DIR     folder of <target>/*.hbs files overriding the bundled templates
  --check             write nothing; exit 1 if the output folder differs from what would be written
  --watch             regenerate whenever the schema, config or templates change
  --force             generate into an existing folder that schema-codegen did not create
  --dump-model        print the model (IR) as JSON and exit
  -h, --help          this text
  -v, --version       the version

Exit codes: 0 success; 1 --check found drift; 2 bad schema, config or options; 3 internal error.`;
async function main(argv) {
  let args2;
  try {
    args2 = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: "string" },
        schema: { type: "string" },
        out: { type: "string" },
        target: { type: "string", multiple: true },
        option: { type: "string", multiple: true },
        templates: { type: "string" },
        check: { type: "boolean", default: false },
        watch: { type: "boolean", default: false },
        force: { type: "boolean", default: false },
        "dump-model": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false }
      }
    });
  } catch (error) {
    return fail2(new OptionsError(error.message, "run schema-codegen --help"));
  }
  const { values, positionals } = args2;
  if (values.help)
    return print(HELP);
  if (values.version)
    return print(JSON.parse(readFileSync9(join8(PACKAGE_ROOT, "package.json"), "utf8")).version);
  if (positionals.length > 1 || (positionals[0] ?? "generate") !== "generate") {
    return fail2(new OptionsError(`unknown command "${positionals.join(" ")}"`, 'the only command is "generate"; run schema-codegen --help'));
  }
  try {
    const options2 = resolveOptions({ config: values.config, schema: values.schema, out: values.out, targets: values.target, templates: values.templates, set: values.option }, process.cwd());
    if (values["dump-model"])
      return print(JSON.stringify(loadModel(options2.schema), null, 2));
    if (values.watch)
      return watchAndRun(options2, values.force);
    return await run(options2, values.check, values.force);
  } catch (error) {
    return fail2(error);
  }
}
async function run(options2, check, force) {
  const where = relative2(process.cwd(), options2.out) || ".";
  const inputs = inputFingerprints(options2);
  if (inputs !== null && isUpToDate(options2.out, inputs)) {
    return print(check ? `${where} is up to date (same inputs as the last generate, every file intact)` : `${where}: nothing changed (same inputs as the last generate)`);
  }
  const request = { outDir: options2.out, targets: options2.targets, files: renderFiles(loadModel(options2.schema), options2), force, inputs };
  if (check) {
    const drift2 = checkOutput(request);
    if (!hasDrift(drift2))
      return print(`${where} is up to date`);
    process.stderr.write(`${where} is stale: regenerate with "schema-codegen generate" and commit the result
${describeDrift(drift2, options2.out)}
`);
    return 1;
  }
  const drift = await writeOutput(request);
  const touched = drift.changed.length + drift.added.length + drift.removed.length;
  return print(touched === 0 ? `${where}: nothing changed` : `${where}: ${drift.added.length} added, ${drift.changed.length} changed, ${drift.removed.length} removed`);
}
function watchAndRun(options2, force) {
  let queue = Promise.resolve();
  const once = () => {
    queue = queue.then(() => run(options2, false, force)).then(() => void 0, (error) => void fail2(error));
  };
  once();
  let timer = null;
  const paths = [options2.schema, join8(PACKAGE_ROOT, "templates"), ...options2.templates === null ? [] : [options2.templates]];
  for (const path of paths) {
    watch(path, { recursive: true }, () => {
      if (timer !== null)
        clearTimeout(timer);
      timer = setTimeout(once, 100);
    });
  }
  print(`watching ${paths.map((p) => relative2(process.cwd(), p)).join(", ")} (Ctrl-C to stop)`);
  return -1;
}
function print(text) {
  process.stdout.write(`${text}
`);
  return 0;
}
function fail2(error) {
  if (error instanceof SchemaError || error instanceof OptionsError) {
    process.stderr.write(`${error.format()}
`);
    return 2;
  }
  process.stderr.write(`internal error (a bug in schema-codegen, please report it):
${error.stack ?? String(error)}
`);
  return 3;
}
var code2 = await main(process.argv.slice(2));
if (code2 >= 0)
  process.exitCode = code2;
