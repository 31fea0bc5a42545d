// Names that belong to a language's standard library, as data. A package or namespace option
// starting with one of them would shadow the standard library (Python: `import json` finds the
// generated package, or the generated code's own `import json` finds itself) or is refused by
// the platform (a JVM loads no class of a "java." package but its own), so the output could
// not be imported.

/**
 * Top-level modules of the Python standard library: CPython 3.11's `sys.stdlib_module_names`
 * (https://docs.python.org/3/library/sys.html#sys.stdlib_module_names), plus the modules 3.9
 * still had (formatter, parser, symbol, _bootlocale), since the generated package supports 3.9+.
 * Regenerate with: python3 -c "import sys; print(' '.join(sorted(sys.stdlib_module_names)))"
 */
export const PYTHON_STDLIB_MODULES: ReadonlySet<string> = new Set(
  [
    '__future__ _abc _aix_support _ast _asyncio _bisect _blake2 _bootlocale _bootsubprocess _bz2 _codecs _codecs_cn',
    '_codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections _collections_abc _compat_pickle',
    '_compression _contextvars _crypt _csv _ctypes _curses _curses_panel _datetime _dbm _decimal _elementtree',
    '_frozen_importlib _frozen_importlib_external _functools _gdbm _hashlib _heapq _imp _io _json _locale _lsprof _lzma',
    '_markupbase _md5 _msi _multibytecodec _multiprocessing _opcode _operator _osx_support _overlapped _pickle',
    '_posixshmem _posixsubprocess _py_abc _pydecimal _pyio _queue _random _scproxy _sha1 _sha256 _sha3 _sha512 _signal',
    '_sitebuiltins _socket _sqlite3 _sre _ssl _stat _statistics _string _strptime _struct _symtable _thread',
    '_threading_local _tkinter _tokenize _tracemalloc _typing _uuid _warnings _weakref _weakrefset _winapi _zoneinfo abc',
    'aifc antigravity argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb binascii bisect builtins bz2',
    'cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop collections colorsys compileall concurrent',
    'configparser contextlib contextvars copy copyreg crypt csv ctypes curses dataclasses datetime dbm decimal difflib',
    'dis distutils doctest email encodings ensurepip enum errno faulthandler fcntl filecmp fileinput fnmatch formatter',
    'fractions ftplib functools gc genericpath getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac html http',
    'idlelib imaplib imghdr imp importlib inspect io ipaddress itertools json keyword lib2to3 linecache locale logging',
    'lzma mailbox mailcap marshal math mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc nis nntplib nt',
    'ntpath nturl2path numbers opcode operator optparse os ossaudiodev parser pathlib pdb pickle pickletools pipes',
    'pkgutil platform plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc pydoc_data',
    'pyexpat queue quopri random re readline reprlib resource rlcompleter runpy sched secrets select selectors shelve',
    'shlex shutil signal site smtpd smtplib sndhdr socket socketserver spwd sqlite3 sre_compile sre_constants sre_parse',
    'ssl stat statistics string stringprep struct subprocess sunau symbol symtable sys sysconfig syslog tabnanny tarfile',
    'telnetlib tempfile termios textwrap this threading time timeit tkinter token tokenize tomllib trace traceback',
    'tracemalloc tty turtle turtledemo types typing unicodedata unittest urllib uu uuid venv warnings wave weakref',
    'webbrowser winreg winsound wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Java package prefixes of the platform: "java" (ClassLoader.defineClass throws
 * SecurityException "Prohibited package name" for any class outside the JDK, JLS §7.4.3 /
 * the java.lang.ClassLoader javadoc), and the packages of JDK modules, which the module system
 * refuses to split ("javax", "jdk", "sun", "com.sun"; `java --list-modules`), plus Jackson's
 * "com.fasterxml.jackson", which the generated code imports.
 */
export const JAVA_PLATFORM_PACKAGES: readonly string[] = ['java', 'javax', 'jdk', 'sun', 'com.sun', 'com.fasterxml.jackson'];

/**
 * .NET namespaces of the platform: "System" and "Microsoft" (the Framework Design Guidelines
 * reserve them: https://learn.microsoft.com/dotnet/standard/design-guidelines/names-of-namespaces);
 * generated code in them would shadow the framework types it uses (System.Text.Json...).
 */
export const CSHARP_PLATFORM_NAMESPACES: readonly string[] = ['System', 'Microsoft'];

/** Whether dotted `name` is `prefix` or lies inside it ("java.lang" is inside "java"). */
export function isInside(name: string, prefix: string): boolean {
  return name === prefix || name.startsWith(`${prefix}.`);
}
