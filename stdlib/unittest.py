"""Unit testing: test cases, suites, loaders, runners and results (Gilt's unittest, one
module; no unittest.mock, no test discovery).

Written in the Gilt subset of Python, so it also runs unchanged on CPython.
Provides TestCase (setUp, tearDown, setUpClass, tearDownClass, addCleanup,
doCleanups, addClassCleanup, doClassCleanups, enterContext, enterClassContext, skipTest,
subTest, id, shortDescription, countTestCases, run, debug, defaultTestResult,
failureException, longMessage, maxDiff, addTypeEqualityFunc and the assert methods:
assertEqual (type-specific for list, tuple, dict, set, frozenset, str), assertNotEqual,
assertTrue, assertFalse, assertIs, assertIsNot, assertIsNone, assertIsNotNone, assertIn,
assertNotIn, assertIsInstance, assertNotIsInstance, assertRaises, assertRaisesRegex,
assertWarns, assertWarnsRegex (callable and context-manager forms, .exception,
.warning), assertLogs, assertNoLogs, assertAlmostEqual, assertNotAlmostEqual (places,
delta), assertGreater, assertGreaterEqual, assertLess, assertLessEqual, assertRegex,
assertNotRegex, assertCountEqual, assertMultiLineEqual, assertSequenceEqual,
assertListEqual, assertTupleEqual, assertSetEqual, assertDictEqual, fail, and 3.11's
deprecated aliases), FunctionTestCase, SkipTest, skip, skipIf, skipUnless,
expectedFailure, setUpModule/tearDownModule and addModuleCleanup/doModuleCleanups,
TestSuite, BaseTestSuite, TestLoader (loadTestsFromTestCase, loadTestsFromModule with
load_tests, loadTestsFromName(s), getTestCaseNames, testMethodPrefix,
sortTestMethodsUsing, testNamePatterns), defaultTestLoader, TestResult, TextTestResult,
TextTestRunner (verbosity 0/1/2, descriptions, failfast, buffer, warnings, tb_locals),
main/TestProgram (module, defaultTest, argv with -v -q -f -b -k and test names,
testRunner, testLoader, exit, verbosity, failfast, buffer, warnings), getTestCaseNames,
makeSuite, findTestCases, registerResult. Messages, reports and summaries are CPython
3.11's, with the list/dict/string diffs of assertEqual (difflib.ndiff, imported on
the first diff; -k patterns use fnmatch).

Differences from CPython:
* Test discovery (`python -m unittest discover`, TestLoader.discover), unittest.mock,
  IsolatedAsyncioTestCase and the control-C handling of -c/installHandler are missing.
* Where tracebacks carry no frame objects (older Gilt), the unittest frames are
  recognised by their place rather than by their module (the runner's frame at the
  head, the assert method's frames at the tail of a failure), and the file and function
  of each frame are worked out by the traceback module (see its docstring). The
  classes still say they come from unittest.case, unittest.suite, ... as in CPython.
"""

import sys
import os
import time
import traceback

__unittest = True

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext',
           'getTestCaseNames', 'makeSuite', 'findTestCases']
__all__.remove('IsolatedAsyncioTestCase')

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN +
                               _PLACEHOLDER_LEN + _MIN_END_LEN)

DIFF_OMITTED = ('\nDiff is %s characters long. '
                'Set self.maxDiff to None to see it.')

STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


# ---- small utilities (unittest.util) -------------------------------------------------

def safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _shorten(s, prefixlen, suffixlen):
    skip = len(s) - prefixlen - suffixlen
    if skip > _PLACEHOLDER_LEN:
        s = '%s[%d chars]%s' % (s[:prefixlen], skip, s[len(s) - suffixlen:])
    return s


def _common_prefix(a, b):
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def _common_shorten_repr(*args):
    """The reprs of the arguments, each cut to about _MAX_LENGTH characters around
    where they start to differ."""
    args = tuple(map(safe_repr, args))
    maxlen = max(map(len, args))
    if maxlen <= _MAX_LENGTH:
        return args
    prefixlen = len(args[0])
    for s in args[1:]:
        p = _common_prefix(args[0], s)
        if p < prefixlen:
            prefixlen = p
    prefix = args[0][:prefixlen]
    common_len = _MAX_LENGTH - (maxlen - prefixlen + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if common_len > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, common_len)
        return tuple(prefix + s[prefixlen:] for s in args)
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _shorten(s[prefixlen:], _MIN_DIFF_LEN, _MIN_END_LEN)
                 for s in args)


def three_way_cmp(x, y):
    return (x > y) - (x < y)


def _cmp_key(cmp):
    class Key(object):
        __slots__ = ('obj',)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return cmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return cmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return cmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return cmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return cmp(self.obj, other.obj) >= 0

        __hash__ = None

    return Key


def _pformat(obj):
    import pprint
    return pprint.pformat(obj)


# ---- exceptions and decorators ----------------------------------------------------

class SkipTest(Exception):
    """Raise this to skip a test (see TestCase.skipTest and the skip decorators)."""
    __module__ = 'unittest.case'


class _ShouldStop(Exception):
    """Stops a test (a failing subtest under failfast)."""


class _UnexpectedSuccess(Exception):
    """A test expected to fail passed."""


def _id(obj):
    return obj


def skip(reason):
    """Unconditionally skip a test (or a whole TestCase class)."""
    def decorator(test_item):
        if not isinstance(test_item, type):
            def skip_wrapper(*args, **kwargs):
                raise SkipTest(reason)
            for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
                try:
                    setattr(skip_wrapper, attr, getattr(test_item, attr))
                except (AttributeError, TypeError):
                    pass
            try:
                skip_wrapper.__wrapped__ = test_item
            except (AttributeError, TypeError):
                pass
            test_item = skip_wrapper
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item
    if isinstance(reason, type(_id)):
        test_item = reason
        reason = ''
        return decorator(test_item)
    return decorator


def skipIf(condition, reason):
    """Skip a test if the condition is true."""
    if condition:
        return skip(reason)
    return _id


def skipUnless(condition, reason):
    """Skip a test unless the condition is true."""
    if not condition:
        return skip(reason)
    return _id


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


# ---- how deep in this module a failure was raised (for frameless tracebacks) -----------

_failure_depth = {}


def _mark(exc, depth):
    """Note that `exc` was raised `depth` frames deep in this module's assert code."""
    _failure_depth[id(exc)] = (exc, depth)
    return exc


def _add_depth(exc, extra):
    entry = _failure_depth.get(id(exc))
    if entry is not None and entry[0] is exc:
        _failure_depth[id(exc)] = (exc, entry[1] + extra)


def _depth_of(exc):
    entry = _failure_depth.get(id(exc))
    if entry is not None and entry[0] is exc:
        return entry[1]
    return 0


# ---- assertRaises / assertWarns / assertLogs contexts ---------------------------------

def _is_subtype(expected, basetype):
    if isinstance(expected, tuple):
        for e in expected:
            if not _is_subtype(e, basetype):
                return False
        return True
    return isinstance(expected, type) and issubclass(expected, basetype)


class _AssertRaisesBaseContext(object):

    def __init__(self, expected, test_case, expected_regex=None):
        self.expected = expected
        self.test_case = test_case
        if expected_regex is not None:
            import re
            expected_regex = re.compile(expected_regex)
        self.expected_regex = expected_regex
        self.obj_name = None
        self.msg = None

    def _raiseFailure(self, standardMsg):
        msg = self.test_case._formatMessage(self.msg, standardMsg)
        # raised from here, in __exit__, and (callable form) in handle and the assert
        depth = 4 if self.obj_name is not None else 2
        raise _mark(self.test_case.failureException(msg), depth)

    def handle(self, name, args, kwargs):
        if not _is_subtype(self.expected, self._base_type):
            raise TypeError('%s() arg 1 must be %s' % (name, self._base_type_str))
        if not args:
            self.msg = kwargs.pop('msg', None)
            if kwargs:
                raise TypeError('%r is an invalid keyword argument for this function'
                                % (next(iter(kwargs)),))
            return self
        callable_obj = args[0]
        args = args[1:]
        try:
            self.obj_name = callable_obj.__name__
        except AttributeError:
            self.obj_name = str(callable_obj)
        with self:
            callable_obj(*args, **kwargs)


class _AssertRaisesContext(_AssertRaisesBaseContext):
    """What assertRaises returns as a context manager (.exception after the block)."""

    _base_type = BaseException
    _base_type_str = 'an exception type or tuple of exception types'

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            try:
                exc_name = self.expected.__name__
            except AttributeError:
                exc_name = str(self.expected)
            if self.obj_name:
                self._raiseFailure("{} not raised by {}".format(exc_name, self.obj_name))
            else:
                self._raiseFailure("{} not raised".format(exc_name))
        if not issubclass(exc_type, self.expected):
            return False
        with_tb = getattr(exc_value, 'with_traceback', None)
        self.exception = with_tb(None) if with_tb is not None else exc_value
        if self.expected_regex is None:
            return True
        expected_regex = self.expected_regex
        if not expected_regex.search(str(exc_value)):
            self._raiseFailure('"{}" does not match "{}"'.format(
                expected_regex.pattern, str(exc_value)))
        return True

    def __class_getitem__(cls, item):
        return cls


class _AssertWarnsContext(_AssertRaisesBaseContext):
    """What assertWarns returns as a context manager (.warning, .filename, .lineno)."""

    _base_type = Warning
    _base_type_str = 'a warning type or tuple of warning types'

    def __enter__(self):
        import warnings
        for v in list(sys.modules.values()):
            if getattr(v, '__warningregistry__', None):
                v.__warningregistry__ = {}
        self.warnings_manager = warnings.catch_warnings(record=True)
        self.warnings = self.warnings_manager.__enter__()
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.warnings_manager.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return
        try:
            exc_name = self.expected.__name__
        except AttributeError:
            exc_name = str(self.expected)
        first_matching = None
        for m in self.warnings:
            w = m.message
            if not isinstance(w, self.expected):
                continue
            if first_matching is None:
                first_matching = w
            if (self.expected_regex is not None
                    and not self.expected_regex.search(str(w))):
                continue
            self.warning = w
            self.filename = m.filename
            self.lineno = m.lineno
            return
        if first_matching is not None:
            self._raiseFailure('"{}" does not match "{}"'.format(
                self.expected_regex.pattern, str(first_matching)))
        if self.obj_name:
            self._raiseFailure("{} not triggered by {}".format(exc_name, self.obj_name))
        else:
            self._raiseFailure("{} not triggered".format(exc_name))


class _LoggingWatcher(object):
    def __init__(self, records, output):
        self.records = records
        self.output = output

    def __iter__(self):
        return iter((self.records, self.output))

    def __getitem__(self, i):
        return (self.records, self.output)[i]

    def __repr__(self):
        return '_LoggingWatcher(records=%r, output=%r)' % (self.records, self.output)


class _AssertLogsContext(object):
    """What assertLogs/assertNoLogs return: a context manager capturing log records."""

    LOGGING_FORMAT = "%(levelname)s:%(name)s:%(message)s"

    def __init__(self, test_case, logger_name, level, no_logs):
        import logging
        self.test_case = test_case
        self.logger_name = logger_name
        if level:
            self.level = logging._nameToLevel.get(level, level)
        else:
            self.level = logging.INFO
        self.msg = None
        self.no_logs = no_logs

    def __enter__(self):
        import logging

        class _CapturingHandler(logging.Handler):
            def __init__(self):
                logging.Handler.__init__(self)
                self.watcher = _LoggingWatcher([], [])

            def flush(self):
                pass

            def emit(self, record):
                self.watcher.records.append(record)
                self.watcher.output.append(self.format(record))

        if isinstance(self.logger_name, logging.Logger):
            logger = self.logger = self.logger_name
        else:
            logger = self.logger = logging.getLogger(self.logger_name)
        handler = _CapturingHandler()
        handler.setLevel(self.level)
        handler.setFormatter(logging.Formatter(self.LOGGING_FORMAT))
        self.watcher = handler.watcher
        self.old_handlers = logger.handlers[:]
        self.old_level = logger.level
        self.old_propagate = logger.propagate
        logger.handlers = [handler]
        logger.setLevel(self.level)
        logger.propagate = False
        if self.no_logs:
            return None
        return handler.watcher

    def __exit__(self, exc_type, exc_value, tb):
        import logging
        self.logger.handlers = self.old_handlers
        self.logger.propagate = self.old_propagate
        self.logger.setLevel(self.old_level)
        if exc_type is not None:
            return False
        if self.no_logs:
            if len(self.watcher.records) > 0:
                self._raiseFailure("Unexpected logs found: {!r}".format(
                    self.watcher.output))
        else:
            if len(self.watcher.records) == 0:
                self._raiseFailure("no logs of level {} or higher triggered on {}".format(
                    logging.getLevelName(self.level), self.logger.name))

    def _raiseFailure(self, standardMsg):
        msg = self.test_case._formatMessage(self.msg, standardMsg)
        raise _mark(self.test_case.failureException(msg), 2)


class _OrderedChainMap(object):
    """The parameters of nested subtests: the innermost first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def new_child(self, m):
        return _OrderedChainMap(m, *self.maps)

    def __getitem__(self, key):
        for m in self.maps:
            if key in m:
                return m[key]
        raise KeyError(key)

    def __iter__(self):
        seen = set()
        for m in self.maps:
            for k in m:
                if k not in seen:
                    seen.add(k)
                    yield k

    def __len__(self):
        return len(list(iter(self)))

    def __bool__(self):
        for m in self.maps:
            if m:
                return True
        return False

    def items(self):
        return [(k, self[k]) for k in self]


_subtest_msg_sentinel = object()


# ---- running a test: the outcome of its parts ------------------------------------------

class _Outcome(object):
    def __init__(self, result=None):
        self.expecting_failure = False
        self.result = result
        self.result_supports_subtests = hasattr(result, "addSubTest")
        self.success = True
        self.expectedFailure = None


def _addSkip(result, test_case, reason):
    addSkip = getattr(result, 'addSkip', None)
    if addSkip is not None:
        addSkip(test_case, reason)
    else:
        import warnings
        warnings.warn("TestResult has no addSkip method, skips not reported",
                      RuntimeWarning, 2)
        result.addSuccess(test_case)


def _addError(result, test, exc_info):
    if result is not None and exc_info is not None:
        if issubclass(exc_info[0], test.failureException):
            result.addFailure(test, exc_info)
        else:
            result.addError(test, exc_info)


def _code_hint(func):
    """(filename, name, globals) of a function's code, for frameless tracebacks."""
    func = getattr(func, '__func__', func)
    code = getattr(func, '__code__', None)
    if code is None:
        return None
    return (code.co_filename, code.co_name, getattr(func, '__globals__', None))


_part_info = {}


def _note_part(exc_info, skip, hint):
    """Remember, for a frameless traceback, how many runner frames lead it (`skip`)
    and what the first frame after them runs (`hint`)."""
    value = exc_info[1]
    _part_info[id(value)] = (value, skip, hint)


def _part_of(value):
    entry = _part_info.get(id(value))
    if entry is not None and entry[0] is value:
        return entry[1], entry[2]
    return 0, None


def _record(outcome, test_case, exc_info, skip, hint, subtest=None):
    """What a test part's except clause does with the exception it caught."""
    _note_part(exc_info, skip, hint)
    if outcome.expecting_failure:
        outcome.expectedFailure = exc_info
    else:
        outcome.success = False
        if subtest is not None:
            outcome.result.addSubTest(subtest.test_case, subtest, exc_info)
        else:
            _addError(outcome.result, test_case, exc_info)


class _SubTestContext(object):
    """What TestCase.subTest returns."""

    def __init__(self, test_case, msg, params):
        self.test_case = test_case
        self.msg = msg
        self.params = params

    def __enter__(self):
        case = self.test_case
        outcome = case._outcome
        self.active = outcome is not None and outcome.result_supports_subtests
        if not self.active:
            return None
        self.parent = case._subtest
        if self.parent is None:
            params_map = _OrderedChainMap(self.params)
        else:
            params_map = self.parent.params.new_child(self.params)
        case._subtest = _SubTest(case, self.msg, params_map)
        self.old_success = outcome.success
        outcome.success = True
        return None

    def __exit__(self, exc_type, exc_value, tb):
        if not self.active:
            return False
        case = self.test_case
        outcome = case._outcome
        subtest = case._subtest
        try:
            if exc_type is None:
                if outcome.success:
                    outcome.result.addSubTest(case, subtest, None)
            elif issubclass(exc_type, KeyboardInterrupt):
                return False
            elif issubclass(exc_type, SkipTest):
                outcome.success = False
                _addSkip(outcome.result, subtest, str(exc_value))
            elif issubclass(exc_type, _ShouldStop):
                pass
            else:
                method = getattr(case, case._testMethodName, None)
                _record(outcome, case, (exc_type, exc_value, tb), 0, _code_hint(method),
                        subtest)
            outcome.success = outcome.success and self.old_success
            if not outcome.success:
                result = outcome.result
                if result is not None and result.failfast:
                    raise _ShouldStop
            elif outcome.expectedFailure:
                raise _ShouldStop
            return True
        finally:
            case._subtest = self.parent


# ---- TestCase ----------------------------------------------------------------------

_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    """Same as addCleanup, except the cleanup items are called even if setUpModule
    fails (unlike tearDownModule)."""
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    """Same as enterContext, but module-wide."""
    return _enter_context(cm, addModuleCleanup)


def doModuleCleanups():
    """Execute all module cleanup functions (called by the suite after
    tearDownModule, or after setUpModule if it raised)."""
    exceptions = []
    while _module_cleanups:
        function, args, kwargs = _module_cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as exc:
            exceptions.append(exc)
    if exceptions:
        raise exceptions[0]


def _enter_context(cm, addcleanup):
    cls = type(cm)
    try:
        enter = cls.__enter__
        exit = cls.__exit__
    except AttributeError:
        raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                        f"not support the context manager protocol") from None
    result = enter(cm)
    addcleanup(exit, cm, None, None, None)
    return result


class TestCase(object):
    """A class whose instances are single test cases: one test method each, run with
    setUp before and tearDown after."""

    __module__ = 'unittest.case'

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _diffThreshold = 2 ** 16
    _classSetupFailed = False
    _class_cleanups = []

    def __init_subclass__(cls, *args, **kwargs):
        cls._class_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._testMethodDoc = 'No test'
        try:
            testMethod = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError("no such test method in %s: %s"
                                 % (self.__class__, methodName))
        else:
            self._testMethodDoc = testMethod.__doc__
        self._cleanups = []
        self._subtest = None
        self._type_equality_funcs = {}
        self.addTypeEqualityFunc(dict, 'assertDictEqual')
        self.addTypeEqualityFunc(list, 'assertListEqual')
        self.addTypeEqualityFunc(tuple, 'assertTupleEqual')
        self.addTypeEqualityFunc(set, 'assertSetEqual')
        self.addTypeEqualityFunc(frozenset, 'assertSetEqual')
        self.addTypeEqualityFunc(str, 'assertMultiLineEqual')

    def addTypeEqualityFunc(self, typeobj, function):
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        return _enter_context(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        return _enter_context(cm, cls.addClassCleanup)

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        return doc.strip().split("\n")[0].strip() if doc else None

    def id(self):
        return "%s.%s" % (strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return "%s (%s.%s)" % (self._testMethodName, strclass(self.__class__),
                               self._testMethodName)

    def __repr__(self):
        return "<%s testMethod=%s>" % (strclass(self.__class__), self._testMethodName)

    def subTest(self, msg=_subtest_msg_sentinel, **params):
        """A context manager: a failure inside is reported as the subtest's, with msg
        and params, and the test goes on after the block."""
        return _SubTestContext(self, msg, params)

    def _addExpectedFailure(self, result, exc_info):
        try:
            addExpectedFailure = result.addExpectedFailure
        except AttributeError:
            import warnings
            warnings.warn("TestResult has no addExpectedFailure method, reporting as "
                          "passes", RuntimeWarning)
            result.addSuccess(self)
        else:
            addExpectedFailure(self, exc_info)

    def _addUnexpectedSuccess(self, result):
        try:
            addUnexpectedSuccess = result.addUnexpectedSuccess
        except AttributeError:
            import warnings
            warnings.warn("TestResult has no addUnexpectedSuccess method, reporting as "
                          "failure", RuntimeWarning)
            try:
                raise _UnexpectedSuccess(None)
            except _UnexpectedSuccess:
                result.addFailure(self, sys.exc_info())
        else:
            addUnexpectedSuccess(self)

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        if method() is not None:
            import warnings
            warnings.warn(f'It is deprecated to return a value that is not None from a '
                          f'test case ({method})', DeprecationWarning, stacklevel=3)

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def _part(self, outcome, func, args, kwargs, hint, is_test=False):
        """Run one part of the test (setUp, the method, tearDown, a cleanup) the way
        CPython's testPartExecutor does."""
        old_success = outcome.success
        outcome.success = True
        try:
            result = func(*args, **kwargs)
            if is_test and result is not None:
                import warnings
                warnings.warn(f'It is deprecated to return a value that is not None '
                              f'from a test case ({func})', DeprecationWarning,
                              stacklevel=2)
        except KeyboardInterrupt:
            raise
        except SkipTest as e:
            outcome.success = False
            _addSkip(outcome.result, self, str(e))
        except _ShouldStop:
            pass
        except BaseException:
            _record(outcome, self, sys.exc_info(), 1, hint)
        outcome.success = outcome.success and old_success

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
            startTestRun = getattr(result, 'startTestRun', None)
            stopTestRun = getattr(result, 'stopTestRun', None)
            if startTestRun is not None:
                startTestRun()
        else:
            stopTestRun = None
        result.startTest(self)
        try:
            testMethod = getattr(self, self._testMethodName)
            if (getattr(self.__class__, "__unittest_skip__", False)
                    or getattr(testMethod, "__unittest_skip__", False)):
                skip_why = (getattr(self.__class__, '__unittest_skip_why__', '')
                            or getattr(testMethod, '__unittest_skip_why__', ''))
                _addSkip(result, self, skip_why)
                return result
            expecting_failure = (
                getattr(self, "__unittest_expecting_failure__", False)
                or getattr(testMethod, "__unittest_expecting_failure__", False))
            outcome = _Outcome(result)
            try:
                self._outcome = outcome
                setup = getattr(self.setUp, '__func__', self.setUp)
                self._part(outcome, self._setUp_caller(), (), {}, _code_hint(setup))
                if outcome.success:
                    outcome.expecting_failure = expecting_failure
                    self._part(outcome, testMethod, (), {}, _code_hint(testMethod), True)
                    outcome.expecting_failure = False
                    self._part(outcome, self._tearDown_caller(), (), {},
                               _code_hint(self.tearDown))
                self.doCleanups()
                if outcome.success:
                    if expecting_failure:
                        if outcome.expectedFailure:
                            self._addExpectedFailure(result, outcome.expectedFailure)
                        else:
                            self._addUnexpectedSuccess(result)
                    else:
                        result.addSuccess(self)
                return result
            finally:
                outcome.expectedFailure = None
                outcome = None
                self._outcome = None
        finally:
            result.stopTest(self)
            if stopTestRun is not None:
                stopTestRun()
            _failure_depth.clear()
            _part_info.clear()

    def _setUp_caller(self):
        # setUp itself, so that its frame is the first after the runner's
        if type(self)._callSetUp is TestCase._callSetUp:
            return self.setUp
        return self._callSetUp

    def _tearDown_caller(self):
        if type(self)._callTearDown is TestCase._callTearDown:
            return self.tearDown
        return self._callTearDown

    def doCleanups(self):
        """Run the functions added by addCleanup, last first."""
        outcome = self._outcome or _Outcome()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            self._part(outcome, function, args, kwargs, _code_hint(function))
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        """Run the functions added by addClassCleanup, last first."""
        cls.tearDown_exceptions = []
        while cls._class_cleanups:
            function, args, kwargs = cls._class_cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception:
                cls.tearDown_exceptions.append(sys.exc_info())

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the test without collecting errors in a TestResult."""
        testMethod = getattr(self, self._testMethodName)
        if (getattr(self.__class__, "__unittest_skip__", False)
                or getattr(testMethod, "__unittest_skip__", False)):
            skip_why = (getattr(self.__class__, '__unittest_skip_why__', '')
                        or getattr(testMethod, '__unittest_skip_why__', ''))
            raise SkipTest(skip_why)
        self._callSetUp()
        self._callTestMethod(testMethod)
        self._callTearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            self._callCleanup(function, *args, **kwargs)

    def skipTest(self, reason):
        """Skip this test."""
        raise SkipTest(reason)

    # -- the assert methods: each raises its failure from its own frame ----------------

    def _failure(self, msg, depth=1):
        return _mark(self.failureException(msg), depth)

    def fail(self, msg=None):
        """Fail immediately, with the given message."""
        raise self._failure(msg)

    def assertFalse(self, expr, msg=None):
        """Check that the expression is false."""
        if expr:
            msg = self._formatMessage(msg, "%s is not false" % safe_repr(expr))
            raise self._failure(msg)

    def assertTrue(self, expr, msg=None):
        """Check that the expression is true."""
        if not expr:
            msg = self._formatMessage(msg, "%s is not true" % safe_repr(expr))
            raise self._failure(msg)

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        try:
            return '%s : %s' % (standardMsg, msg)
        except UnicodeDecodeError:
            return '%s : %s' % (safe_repr(standardMsg), safe_repr(msg))

    def assertRaises(self, expected_exception, *args, **kwargs):
        """Fail unless an exception of class expected_exception is raised by the
        callable (called with args and kwargs), or in the with block."""
        context = _AssertRaisesContext(expected_exception, self)
        try:
            return context.handle('assertRaises', args, kwargs)
        finally:
            context = None

    def assertWarns(self, expected_warning, *args, **kwargs):
        """Fail unless a warning of class warnClass is triggered by the callable (or
        in the with block)."""
        context = _AssertWarnsContext(expected_warning, self)
        return context.handle('assertWarns', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        """Fail unless a log message of level *level* or higher is emitted on *logger*
        or its children (a context manager)."""
        return _AssertLogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        """Fail unless no log messages of level *level* or higher are emitted on
        *logger* or its children."""
        return _AssertLogsContext(self, logger, level, no_logs=True)

    def _getAssertEqualityFunc(self, first, second):
        if type(first) == type(second):
            asserter = self._type_equality_funcs.get(type(first))
            if asserter is not None:
                if isinstance(asserter, str):
                    asserter = getattr(self, asserter)
                return asserter
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            standardMsg = '%s != %s' % _common_shorten_repr(first, second)
            msg = self._formatMessage(msg, standardMsg)
            raise self._failure(msg)

    def assertEqual(self, first, second, msg=None):
        """Fail if the two objects are unequal as determined by the '==' operator."""
        asserter = self._getAssertEqualityFunc(first, second)
        try:
            asserter(first, second, msg=msg)
        except self.failureException as e:
            _add_depth(e, 1)
            raise

    def assertNotEqual(self, first, second, msg=None):
        """Fail if the two objects are equal as determined by the '!=' operator."""
        if not first != second:
            msg = self._formatMessage(msg, '%s == %s' % (safe_repr(first),
                                                          safe_repr(second)))
            raise self._failure(msg)

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Fail if the two objects are unequal as determined by their difference
        rounded to the given number of decimal places (default 7) and comparing to
        zero, or by comparing that the difference is more than the given delta."""
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standardMsg = '%s != %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standardMsg = '%s != %s within %r places (%s difference)' % (
                safe_repr(first), safe_repr(second), places, safe_repr(diff))
        msg = self._formatMessage(msg, standardMsg)
        raise self._failure(msg)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Fail if the two objects are equal as determined by their difference rounded
        to the given number of decimal places (default 7), or by comparing that the
        difference is at most the given delta."""
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standardMsg = '%s == %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standardMsg = '%s == %s within %r places' % (safe_repr(first),
                                                          safe_repr(second), places)
        msg = self._formatMessage(msg, standardMsg)
        raise self._failure(msg)

    def _sequence_message(self, seq1, seq2, seq_type):
        """The failure text of assertSequenceEqual, or None when the sequences are
        equal (or equal but of different types, with seq_type None)."""
        if seq_type is not None:
            seq_type_name = seq_type.__name__
            if not isinstance(seq1, seq_type):
                return None, 'First sequence is not a %s: %s' % (seq_type_name,
                                                                  safe_repr(seq1))
            if not isinstance(seq2, seq_type):
                return None, 'Second sequence is not a %s: %s' % (seq_type_name,
                                                                   safe_repr(seq2))
        else:
            seq_type_name = "sequence"
        differing = None
        try:
            len1 = len(seq1)
        except (TypeError, NotImplementedError):
            differing = 'First %s has no length.    Non-sequence?' % (seq_type_name)
        if differing is None:
            try:
                len2 = len(seq2)
            except (TypeError, NotImplementedError):
                differing = 'Second %s has no length.    Non-sequence?' % (seq_type_name)
        if differing is None:
            if seq1 == seq2:
                return None, None
            differing = '%ss differ: %s != %s\n' % (
                (seq_type_name.capitalize(),) + _common_shorten_repr(seq1, seq2))
            all_equal = True
            for i in range(min(len1, len2)):
                try:
                    item1 = seq1[i]
                except (TypeError, IndexError, NotImplementedError):
                    differing += ('\nUnable to index element %d of first %s\n'
                                  % (i, seq_type_name))
                    all_equal = False
                    break
                try:
                    item2 = seq2[i]
                except (TypeError, IndexError, NotImplementedError):
                    differing += ('\nUnable to index element %d of second %s\n'
                                  % (i, seq_type_name))
                    all_equal = False
                    break
                if item1 != item2:
                    differing += ('\nFirst differing element %d:\n%s\n%s\n'
                                  % ((i,) + _common_shorten_repr(item1, item2)))
                    all_equal = False
                    break
            if (all_equal and len1 == len2 and seq_type is None
                    and type(seq1) != type(seq2)):
                return None, None
            if len1 > len2:
                differing += ('\nFirst %s contains %d additional elements.\n'
                              % (seq_type_name, len1 - len2))
                try:
                    differing += ('First extra element %d:\n%s\n'
                                  % (len2, safe_repr(seq1[len2])))
                except (TypeError, IndexError, NotImplementedError):
                    differing += ('Unable to index element %d of first %s\n'
                                  % (len2, seq_type_name))
            elif len1 < len2:
                differing += ('\nSecond %s contains %d additional elements.\n'
                              % (seq_type_name, len2 - len1))
                try:
                    differing += ('First extra element %d:\n%s\n'
                                  % (len1, safe_repr(seq2[len1])))
                except (TypeError, IndexError, NotImplementedError):
                    differing += ('Unable to index element %d of second %s\n'
                                  % (len1, seq_type_name))
        import difflib
        diffMsg = '\n' + '\n'.join(difflib.ndiff(_pformat(seq1).splitlines(),
                                                 _pformat(seq2).splitlines()))
        return self._truncateMessage(differing, diffMsg), None

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """An equality assertion for ordered sequences (like lists and tuples)."""
        standardMsg, plain = self._sequence_message(seq1, seq2, seq_type)
        if plain is not None:
            raise self._failure(plain)
        if standardMsg is not None:
            raise self._failure(self._formatMessage(msg, standardMsg))

    def _truncateMessage(self, message, diff):
        max_diff = self.maxDiff
        if max_diff is None or len(diff) <= max_diff:
            return message + diff
        return message + (DIFF_OMITTED % len(diff))

    def assertListEqual(self, list1, list2, msg=None):
        """A list-specific equality assertion."""
        standardMsg, plain = self._sequence_message(list1, list2, list)
        if plain is not None:
            raise self._failure(plain)
        if standardMsg is not None:
            raise self._failure(self._formatMessage(msg, standardMsg))

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        """A tuple-specific equality assertion."""
        standardMsg, plain = self._sequence_message(tuple1, tuple2, tuple)
        if plain is not None:
            raise self._failure(plain)
        if standardMsg is not None:
            raise self._failure(self._formatMessage(msg, standardMsg))

    def assertSetEqual(self, set1, set2, msg=None):
        """A set-specific equality assertion (for set, frozenset, or anything with a
        difference method)."""
        try:
            difference1 = set1.difference(set2)
        except TypeError as e:
            raise self._failure('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            raise self._failure('first argument does not support set difference: %s'
                                % e)
        try:
            difference2 = set2.difference(set1)
        except TypeError as e:
            raise self._failure('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            raise self._failure('second argument does not support set difference: %s'
                                % e)
        if not (difference1 or difference2):
            return
        lines = []
        if difference1:
            lines.append('Items in the first set but not the second:')
            for item in difference1:
                lines.append(repr(item))
        if difference2:
            lines.append('Items in the second set but not the first:')
            for item in difference2:
                lines.append(repr(item))
        standardMsg = '\n'.join(lines)
        raise self._failure(self._formatMessage(msg, standardMsg))

    def assertIn(self, member, container, msg=None):
        """Just like self.assertTrue(a in b), but with a nicer default message."""
        if member not in container:
            standardMsg = '%s not found in %s' % (safe_repr(member), safe_repr(container))
            raise self._failure(self._formatMessage(msg, standardMsg))

    def assertNotIn(self, member, container, msg=None):
        """Just like self.assertTrue(a not in b), but with a nicer default message."""
        if member in container:
            standardMsg = '%s unexpectedly found in %s' % (safe_repr(member),
                                                          safe_repr(container))
            raise self._failure(self._formatMessage(msg, standardMsg))

    def assertIs(self, expr1, expr2, msg=None):
        """Just like self.assertTrue(a is b), but with a nicer default message."""
        if expr1 is not expr2:
            standardMsg = '%s is not %s' % (safe_repr(expr1), safe_repr(expr2))
            raise self._failure(self._formatMessage(msg, standardMsg))

    def assertIsNot(self, expr1, expr2, msg=None):
        """Just like self.assertTrue(a is not b), but with a nicer default message."""
        if expr1 is expr2:
            standardMsg = 'unexpectedly identical: %s' % (safe_repr(expr1),)
            raise self._failure(self._formatMessage(msg, standardMsg))

    def assertDictEqual(self, d1, d2, msg=None):
        if not isinstance(d1, dict):
            raise self._failure(self._formatMessage('First argument is not a dictionary',
                                                    '%s is not an instance of %r'
                                                    % (safe_repr(d1), dict)))
        if not isinstance(d2, dict):
            raise self._failure(self._formatMessage('Second argument is not a dictionary',
                                                    '%s is not an instance of %r'
                                                    % (safe_repr(d2), dict)))
        if d1 != d2:
            standardMsg = '%s != %s' % _common_shorten_repr(d1, d2)
            import difflib
            diff = ('\n' + '\n'.join(difflib.ndiff(_pformat(d1).splitlines(),
                                                    _pformat(d2).splitlines())))
            standardMsg = self._truncateMessage(standardMsg, diff)
            raise self._failure(self._formatMessage(msg, standardMsg))

    def assertDictContainsSubset(self, subset, dictionary, msg=None):
        """Checks whether dictionary is a superset of subset (deprecated)."""
        import warnings
        warnings.warn('assertDictContainsSubset is deprecated', DeprecationWarning)
        missing = []
        mismatched = []
        for key, value in subset.items():
            if key not in dictionary:
                missing.append(key)
            elif value != dictionary[key]:
                mismatched.append('%s, expected: %s, actual: %s' % (
                    safe_repr(key), safe_repr(value), safe_repr(dictionary[key])))
        if not (missing or mismatched):
            return
        standardMsg = ''
        if missing:
            standardMsg = 'Missing: %s' % ','.join(safe_repr(m) for m in missing)
        if mismatched:
            if standardMsg:
                standardMsg += '; '
            standardMsg += 'Mismatched values: %s' % ','.join(mismatched)
        raise self._failure(self._formatMessage(msg, standardMsg))

    def assertCountEqual(self, first, second, msg=None):
        """Asserts that two iterables have the same elements, the same number of times,
        without regard to order."""
        first_seq = list(first)
        second_seq = list(second)
        try:
            counts1 = _ordered_count(first_seq)
            counts2 = _ordered_count(second_seq)
        except TypeError:
            differences = _count_diff_all_purpose(first_seq, second_seq)
        else:
            if counts1 == counts2:
                return
            differences = _count_diff_hashable(counts1, counts2)
        if differences:
            standardMsg = 'Element counts were not equal:\n'
            lines = ['First has %d, Second has %d:  %r' % diff for diff in differences]
            diffMsg = '\n'.join(lines)
            standardMsg = self._truncateMessage(standardMsg, diffMsg)
            raise self._failure(self._formatMessage(msg, standardMsg))

    def assertMultiLineEqual(self, first, second, msg=None):
        """Assert that two multi-line strings are equal."""
        if not isinstance(first, str):
            raise self._failure(self._formatMessage('First argument is not a string',
                                                    '%s is not an instance of %r'
                                                    % (safe_repr(first), str)))
        if not isinstance(second, str):
            raise self._failure(self._formatMessage('Second argument is not a string',
                                                    '%s is not an instance of %r'
                                                    % (safe_repr(second), str)))
        if first != second:
            if (len(first) > self._diffThreshold or len(second) > self._diffThreshold):
                standardMsg = '%s != %s' % _common_shorten_repr(first, second)
                raise self._failure(self._formatMessage(msg, standardMsg))
            firstlines = first.splitlines(keepends=True)
            secondlines = second.splitlines(keepends=True)
            if len(firstlines) == 1 and first.strip('\r\n') == first:
                firstlines = [first + '\n']
                secondlines = [second + '\n']
            standardMsg = '%s != %s' % _common_shorten_repr(first, second)
            import difflib
            diff = '\n' + ''.join(difflib.ndiff(firstlines, secondlines))
            standardMsg = self._truncateMessage(standardMsg, diff)
            raise self._failure(self._formatMessage(msg, standardMsg))

    def assertLess(self, a, b, msg=None):
        """Just like self.assertTrue(a < b), but with a nicer default message."""
        if not a < b:
            standardMsg = '%s not less than %s' % (safe_repr(a), safe_repr(b))
            raise self._failure(self._formatMessage(msg, standardMsg))

    def assertLessEqual(self, a, b, msg=None):
        """Just like self.assertTrue(a <= b), but with a nicer default message."""
        if not a <= b:
            standardMsg = '%s not less than or equal to %s' % (safe_repr(a), safe_repr(b))
            raise self._failure(self._formatMessage(msg, standardMsg))

    def assertGreater(self, a, b, msg=None):
        """Just like self.assertTrue(a > b), but with a nicer default message."""
        if not a > b:
            standardMsg = '%s not greater than %s' % (safe_repr(a), safe_repr(b))
            raise self._failure(self._formatMessage(msg, standardMsg))

    def assertGreaterEqual(self, a, b, msg=None):
        """Just like self.assertTrue(a >= b), but with a nicer default message."""
        if not a >= b:
            standardMsg = '%s not greater than or equal to %s' % (safe_repr(a),
                                                                   safe_repr(b))
            raise self._failure(self._formatMessage(msg, standardMsg))

    def assertIsNone(self, obj, msg=None):
        """Same as self.assertTrue(obj is None), with a nicer default message."""
        if obj is not None:
            standardMsg = '%s is not None' % (safe_repr(obj),)
            raise self._failure(self._formatMessage(msg, standardMsg))

    def assertIsNotNone(self, obj, msg=None):
        """Included for symmetry with assertIsNone."""
        if obj is None:
            standardMsg = 'unexpectedly None'
            raise self._failure(self._formatMessage(msg, standardMsg))

    def assertIsInstance(self, obj, cls, msg=None):
        """Same as self.assertTrue(isinstance(obj, cls)), with a nicer default
        message."""
        if not isinstance(obj, cls):
            standardMsg = '%s is not an instance of %r' % (safe_repr(obj), cls)
            raise self._failure(self._formatMessage(msg, standardMsg))

    def assertNotIsInstance(self, obj, cls, msg=None):
        """Included for symmetry with assertIsInstance."""
        if isinstance(obj, cls):
            standardMsg = '%s is an instance of %r' % (safe_repr(obj), cls)
            raise self._failure(self._formatMessage(msg, standardMsg))

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        """Asserts that the message in a raised exception matches a regex."""
        context = _AssertRaisesContext(expected_exception, self, expected_regex)
        return context.handle('assertRaisesRegex', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        """Asserts that the message in a triggered warning matches a regexp."""
        context = _AssertWarnsContext(expected_warning, self, expected_regex)
        return context.handle('assertWarnsRegex', args, kwargs)

    def assertRegex(self, text, expected_regex, msg=None):
        """Fail the test unless the text matches the regular expression."""
        import re
        if isinstance(expected_regex, (str, bytes)):
            if not expected_regex:
                raise AssertionError("expected_regex must not be empty.")
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            standardMsg = "Regex didn't match: %r not found in %r" % (
                expected_regex.pattern, text)
            raise self._failure(self._formatMessage(msg, standardMsg))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        """Fail the test if the text matches the regular expression."""
        import re
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        match = unexpected_regex.search(text)
        if match:
            standardMsg = 'Regex matched: %r matches %r in %r' % (
                text[match.start():match.end()], unexpected_regex.pattern, text)
            raise self._failure(self._formatMessage(msg, standardMsg))


def _deprecate(name):
    def deprecated_func(self, *args, **kwargs):
        import warnings
        warnings.warn('Please use {0} instead.'.format(name), DeprecationWarning, 2)
        try:
            return getattr(TestCase, name)(self, *args, **kwargs)
        except self.failureException as e:
            _add_depth(e, 1)
            raise
    return deprecated_func


TestCase.failUnlessEqual = TestCase.assertEquals = _deprecate('assertEqual')
TestCase.failIfEqual = TestCase.assertNotEquals = _deprecate('assertNotEqual')
TestCase.failUnlessAlmostEqual = TestCase.assertAlmostEquals = \
    _deprecate('assertAlmostEqual')
TestCase.failIfAlmostEqual = TestCase.assertNotAlmostEquals = \
    _deprecate('assertNotAlmostEqual')
TestCase.failUnless = TestCase.assert_ = _deprecate('assertTrue')
TestCase.failUnlessRaises = _deprecate('assertRaises')
TestCase.failIf = _deprecate('assertFalse')
TestCase.assertRaisesRegexp = _deprecate('assertRaisesRegex')
TestCase.assertRegexpMatches = _deprecate('assertRegex')
TestCase.assertNotRegexpMatches = _deprecate('assertNotRegex')


def _ordered_count(iterable):
    counts = {}
    for elem in iterable:
        counts[elem] = counts.get(elem, 0) + 1
    return counts


def _count_diff_hashable(s, t):
    """(count in first, count in second, element) where the counts differ."""
    result = []
    for elem, cnt_s in s.items():
        cnt_t = t.get(elem, 0)
        if cnt_s != cnt_t:
            result.append((cnt_s, cnt_t, elem))
    for elem, cnt_t in t.items():
        if elem not in s:
            result.append((0, cnt_t, elem))
    return result


def _count_diff_all_purpose(actual, expected):
    """The same for unhashable elements (compared with ==)."""
    s = list(actual)
    t = list(expected)
    m = len(s)
    n = len(t)
    NULL = object()
    result = []
    for i in range(m):
        elem = s[i]
        if elem is NULL:
            continue
        cnt_s = cnt_t = 0
        for j in range(i, m):
            if s[j] == elem:
                cnt_s += 1
                s[j] = NULL
        for j in range(n):
            if t[j] == elem:
                cnt_t += 1
                t[j] = NULL
        if cnt_s != cnt_t:
            result.append((cnt_s, cnt_t, elem))
    for i in range(n):
        elem = t[i]
        if elem is NULL:
            continue
        cnt_t = 0
        for j in range(i, n):
            if t[j] == elem:
                cnt_t += 1
                t[j] = NULL
        result.append((0, cnt_t, elem))
    return result


class FunctionTestCase(TestCase):
    """A test case wrapping a test function (with optional setUp and tearDown)."""

    __module__ = 'unittest.case'

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super(FunctionTestCase, self).__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return (self._setUpFunc == other._setUpFunc
                and self._tearDownFunc == other._tearDownFunc
                and self._testFunc == other._testFunc
                and self._description == other._description)

    def __hash__(self):
        return hash((type(self), self._setUpFunc, self._tearDownFunc,
                     self._testFunc, self._description))

    def __str__(self):
        return "%s (%s)" % (strclass(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return "<%s tec=%s>" % (strclass(self.__class__), self._testFunc)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split("\n")[0].strip() or None


class _SubTest(TestCase):

    __module__ = 'unittest.case'

    def __init__(self, test_case, message, params):
        super().__init__()
        self._message = message
        self.test_case = test_case
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        parts = []
        if self._message is not _subtest_msg_sentinel:
            parts.append("[{}]".format(self._message))
        if self.params:
            params_desc = ', '.join("{}={!r}".format(k, v) for (k, v) in self.params.items())
            parts.append("({})".format(params_desc))
        return " ".join(parts) or '(<subtest>)'

    def id(self):
        return "{} {}".format(self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return "{} {}".format(self.test_case, self._subDescription())


# ---- suites ------------------------------------------------------------------------

class BaseTestSuite(object):
    """A simple test suite that doesn't provide class or module shared fixtures."""

    __module__ = 'unittest.suite'
    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        cases = self._removed_tests
        for test in self:
            if test:
                cases += test.countTestCases()
        return cases

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            if self._cleanup:
                self._removeTestAtIndex(index)
        return result

    def _removeTestAtIndex(self, index):
        try:
            test = self._tests[index]
        except TypeError:
            pass
        else:
            if hasattr(test, 'countTestCases'):
                self._removed_tests += test.countTestCases()
            self._tests[index] = None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


def _isnotsuite(test):
    try:
        iter(test)
    except TypeError:
        return True
    return False


def _call_if_exists(parent, attr):
    func = getattr(parent, attr, lambda: None)
    func()


class _ErrorHolder(object):
    """Stands for a test in reports of errors outside tests (setUpClass...)."""

    __module__ = 'unittest.suite'
    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


class _DebugResult(object):
    "Used by the TestSuite to hold previous class when running in debug."
    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False


class TestSuite(BaseTestSuite):
    """A test suite: runs its tests (and nested suites) in order, with the class and
    module fixtures (setUpClass, setUpModule...) around them."""

    __module__ = 'unittest.suite'

    def run(self, result, debug=False):
        topLevel = False
        if getattr(result, '_testRunEntered', False) is False:
            result._testRunEntered = topLevel = True
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            if _isnotsuite(test):
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                self._handleClassSetUp(test, result)
                result._previousTestClass = test.__class__
                if (getattr(test.__class__, '_classSetupFailed', False)
                        or getattr(result, '_moduleSetUpFailed', False)):
                    continue
            if not debug:
                test(result)
            else:
                test.debug()
            if self._cleanup:
                self._removeTestAtIndex(index)
        if topLevel:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def debug(self):
        debug = _DebugResult()
        self.run(debug, True)

    def _handleClassSetUp(self, test, result):
        previousClass = getattr(result, '_previousTestClass', None)
        currentClass = test.__class__
        if currentClass == previousClass:
            return
        if result._moduleSetUpFailed:
            return
        if getattr(currentClass, "__unittest_skip__", False):
            return
        failed = False
        try:
            currentClass._classSetupFailed = False
        except TypeError:
            pass
        setUpClass = getattr(currentClass, 'setUpClass', None)
        doClassCleanups = getattr(currentClass, 'doClassCleanups', None)
        if setUpClass is not None:
            _call_if_exists(result, '_setupStdout')
            try:
                className = strclass(currentClass)
                try:
                    setUpClass()
                except Exception as e:
                    if isinstance(result, _DebugResult):
                        raise
                    failed = True
                    try:
                        currentClass._classSetupFailed = True
                    except TypeError:
                        pass
                    self._createClassOrModuleLevelException(
                        result, e, 'setUpClass', className, hint=_code_hint(setUpClass))
                if failed and doClassCleanups is not None:
                    doClassCleanups()
                    for exc_info in currentClass.tearDown_exceptions:
                        self._createClassOrModuleLevelException(
                            result, exc_info[1], 'setUpClass', className, info=exc_info)
            finally:
                _call_if_exists(result, '_restoreStdout')

    def _get_previous_module(self, result):
        previousModule = None
        previousClass = getattr(result, '_previousTestClass', None)
        if previousClass is not None:
            previousModule = previousClass.__module__
        return previousModule

    def _handleModuleFixture(self, test, result):
        previousModule = self._get_previous_module(result)
        currentModule = test.__class__.__module__
        if currentModule == previousModule:
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        try:
            module = sys.modules[currentModule]
        except KeyError:
            return
        setUpModule = getattr(module, 'setUpModule', None)
        if setUpModule is not None:
            _call_if_exists(result, '_setupStdout')
            try:
                try:
                    setUpModule()
                except Exception as e:
                    if isinstance(result, _DebugResult):
                        raise
                    result._moduleSetUpFailed = True
                    self._createClassOrModuleLevelException(
                        result, e, 'setUpModule', currentModule,
                        hint=_code_hint(setUpModule))
                if result._moduleSetUpFailed:
                    try:
                        doModuleCleanups()
                    except Exception as e:
                        self._createClassOrModuleLevelException(result, e, 'setUpModule',
                                                                currentModule)
            finally:
                _call_if_exists(result, '_restoreStdout')

    def _createClassOrModuleLevelException(self, result, exc, method_name, parent,
                                           info=None, hint=None):
        errorName = f'{method_name} ({parent})'
        self._addClassOrModuleLevelException(result, exc, errorName, info, hint)

    def _addClassOrModuleLevelException(self, result, exception, errorName, info=None,
                                        hint=None):
        error = _ErrorHolder(errorName)
        addSkip = getattr(result, 'addSkip', None)
        if addSkip is not None and isinstance(exception, SkipTest):
            addSkip(error, str(exception))
        else:
            if not info:
                info = sys.exc_info()
                _note_part(info, 1, hint)
            else:
                _note_part(info, 1, None)
            result.addError(error, info)

    def _handleModuleTearDown(self, result):
        previousModule = self._get_previous_module(result)
        if previousModule is None:
            return
        if result._moduleSetUpFailed:
            return
        try:
            module = sys.modules[previousModule]
        except KeyError:
            return
        _call_if_exists(result, '_setupStdout')
        try:
            tearDownModule = getattr(module, 'tearDownModule', None)
            if tearDownModule is not None:
                try:
                    tearDownModule()
                except Exception as e:
                    if isinstance(result, _DebugResult):
                        raise
                    self._createClassOrModuleLevelException(
                        result, e, 'tearDownModule', previousModule,
                        hint=_code_hint(tearDownModule))
            try:
                doModuleCleanups()
            except Exception as e:
                if isinstance(result, _DebugResult):
                    raise
                self._createClassOrModuleLevelException(result, e, 'tearDownModule',
                                                        previousModule)
        finally:
            _call_if_exists(result, '_restoreStdout')

    def _tearDownPreviousClass(self, test, result):
        previousClass = getattr(result, '_previousTestClass', None)
        currentClass = test.__class__
        if currentClass == previousClass or previousClass is None:
            return
        if getattr(previousClass, '_classSetupFailed', False):
            return
        if getattr(result, '_moduleSetUpFailed', False):
            return
        if getattr(previousClass, "__unittest_skip__", False):
            return
        tearDownClass = getattr(previousClass, 'tearDownClass', None)
        doClassCleanups = getattr(previousClass, 'doClassCleanups', None)
        if tearDownClass is None and doClassCleanups is None:
            return
        _call_if_exists(result, '_setupStdout')
        try:
            className = strclass(previousClass)
            if tearDownClass is not None:
                try:
                    tearDownClass()
                except Exception as e:
                    if isinstance(result, _DebugResult):
                        raise
                    self._createClassOrModuleLevelException(
                        result, e, 'tearDownClass', className,
                        hint=_code_hint(tearDownClass))
            if doClassCleanups is not None:
                doClassCleanups()
                for exc_info in previousClass.tearDown_exceptions:
                    if isinstance(result, _DebugResult):
                        raise exc_info[1]
                    self._createClassOrModuleLevelException(
                        result, exc_info[1], 'tearDownClass', className, info=exc_info)
        finally:
            _call_if_exists(result, '_restoreStdout')


# ---- loading tests -----------------------------------------------------------------

def _make_failed_test(methodname, exception, suiteClass, message):
    def testFailure(self):
        raise exception
    attrs = {methodname: testFailure}
    TestClass = type(methodname, (TestCase,), attrs)
    return suiteClass((TestClass(methodname),)), message


def _make_skipped_test(methodname, exception, suiteClass):
    @skip(str(exception))
    def testSkipped(self):
        pass
    attrs = {methodname: testSkipped}
    TestClass = type("ModuleSkipped", (TestCase,), attrs)
    return suiteClass((TestClass(methodname),))


class TestLoader(object):
    """Makes suites from TestCase classes, modules and dotted names."""

    __module__ = 'unittest.loader'
    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(three_way_cmp)
    testNamePatterns = None
    suiteClass = TestSuite
    _top_level_dir = None

    def __init__(self):
        self.errors = []
        self._loading_packages = set()

    def loadTestsFromTestCase(self, testCaseClass):
        """Return a suite of all test cases contained in testCaseClass."""
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from "
                            "TestSuite. Maybe you meant to derive from "
                            "TestCase?")
        testCaseNames = self.getTestCaseNames(testCaseClass)
        if not testCaseNames and hasattr(testCaseClass, 'runTest'):
            testCaseNames = ['runTest']
        return self.suiteClass([testCaseClass(name) for name in testCaseNames])

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        """Return a suite of all test cases contained in the given module."""
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            try:
                return load_tests(self, tests, pattern)
            except Exception as e:
                error_case, error_message = _make_failed_test(
                    module.__name__, e, self.suiteClass,
                    'Failed to call load_tests:\n%s' % (traceback.format_exc(),))
                self.errors.append(error_message)
                return error_case
        return tests

    def loadTestsFromName(self, name, module=None):
        """Return a suite of all test cases given a string specifier (a module,
        class, method or callable, dotted, relative to module if given)."""
        parts = name.split('.')
        error_case, error_message = None, None
        if module is None:
            parts_copy = parts[:]
            while parts_copy:
                try:
                    module_name = '.'.join(parts_copy)
                    module = __import__(module_name)
                    break
                except ImportError:
                    next_attribute = parts_copy.pop()
                    error_case, error_message = _make_failed_test(
                        next_attribute, ImportError('Failed to import test module: %s'
                                                    % module_name),
                        self.suiteClass, 'Failed to import test module')
                    if not parts_copy:
                        self.errors.append(error_message)
                        return error_case
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                if (getattr(obj, '__path__', None) is not None
                        and error_case is not None):
                    self.errors.append(error_message)
                    return error_case
                error_case, error_message = _make_failed_test(
                    part, e, self.suiteClass,
                    'Failed to access attribute:\n%s' % (traceback.format_exc(),))
                self.errors.append(error_message)
                return error_case
        if type(obj).__name__ == 'module':
            return self.loadTestsFromModule(obj)
        elif isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        elif (callable(obj) and isinstance(parent, type)
              and issubclass(parent, TestCase)):
            name = parts[-1]
            inst = parent(name)
            if not callable(getattr(inst, name, None)):
                return self.suiteClass([inst])
            return self.suiteClass([inst])
        elif isinstance(obj, TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, TestSuite):
                return test
            elif isinstance(test, TestCase):
                return self.suiteClass([test])
            else:
                raise TypeError("calling %s returned %s, not a test" % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        """Return a suite of all test cases found using the given sequence of string
        specifiers."""
        suites = [self.loadTestsFromName(name, module) for name in names]
        return self.suiteClass(suites)

    def getTestCaseNames(self, testCaseClass):
        """Return a sorted sequence of method names found within testCaseClass."""
        prefix = self.testMethodPrefix
        patterns = self.testNamePatterns
        if patterns is not None:
            from fnmatch import fnmatchcase
        names = []
        for attrname in dir(testCaseClass):
            if not attrname.startswith(prefix):
                continue
            testFunc = getattr(testCaseClass, attrname)
            if not callable(testFunc):
                continue
            if patterns is not None:
                fullName = '%s.%s.%s' % (testCaseClass.__module__,
                                         testCaseClass.__qualname__, attrname)
                matched = False
                for pattern in patterns:
                    if fnmatchcase(fullName, pattern):
                        matched = True
                        break
                if not matched:
                    continue
            names.append(attrname)
        if self.sortTestMethodsUsing:
            names.sort(key=_cmp_key(self.sortTestMethodsUsing))
        return names

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        raise NotImplementedError("test discovery is not supported")


defaultTestLoader = TestLoader()


def _makeLoader(prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    loader = TestLoader()
    loader.sortTestMethodsUsing = sortUsing
    loader.testMethodPrefix = prefix
    loader.testNamePatterns = testNamePatterns
    if suiteClass:
        loader.suiteClass = suiteClass
    return loader


def getTestCaseNames(testCaseClass, prefix, sortUsing=three_way_cmp,
                     testNamePatterns=None):
    import warnings
    warnings.warn("unittest.getTestCaseNames() is deprecated and will be removed in "
                  "Python 3.13. Please use unittest.TestLoader.getTestCaseNames() "
                  "instead.", DeprecationWarning, stacklevel=2)
    return _makeLoader(prefix, sortUsing,
                       testNamePatterns=testNamePatterns).getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=three_way_cmp,
              suiteClass=TestSuite):
    import warnings
    warnings.warn("unittest.makeSuite() is deprecated and will be removed in Python "
                  "3.13. Please use unittest.TestLoader.loadTestsFromTestCase() "
                  "instead.", DeprecationWarning, stacklevel=2)
    return _makeLoader(prefix, sortUsing, suiteClass).loadTestsFromTestCase(
        testCaseClass)


def findTestCases(module, prefix='test', sortUsing=three_way_cmp,
                  suiteClass=TestSuite):
    import warnings
    warnings.warn("unittest.findTestCases() is deprecated and will be removed in "
                  "Python 3.13. Please use unittest.TestLoader.loadTestsFromModule() "
                  "instead.", DeprecationWarning, stacklevel=2)
    return _makeLoader(prefix, sortUsing, suiteClass).loadTestsFromModule(module)


# ---- results -----------------------------------------------------------------------

def failfast(method):
    def inner(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    inner.__name__ = method.__name__
    inner.__doc__ = method.__doc__
    return inner


def _is_unittest_frame(frame):
    return '__unittest' in frame.f_globals


class TestResult(object):
    """Holder for test result information: failures, errors, skipped,
    expectedFailures, unexpectedSuccesses, testsRun, shouldStop."""

    __module__ = 'unittest.result'
    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        "Called by TestRunner after test run"

    def startTest(self, test):
        "Called when the given test is about to be run"
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        if self.buffer:
            if self._stderr_buffer is None:
                import io
                self._stderr_buffer = io.StringIO()
                self._stdout_buffer = io.StringIO()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def startTestRun(self):
        """Called once before any tests are executed."""

    def stopTest(self, test):
        """Called when the given test has been run"""
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if self.buffer:
            if self._mirrorOutput:
                output = sys.stdout.getvalue()
                error = sys.stderr.getvalue()
                if output:
                    if not output.endswith('\n'):
                        output += '\n'
                    self._original_stdout.write(STDOUT_LINE % output)
                if error:
                    if not error.endswith('\n'):
                        error += '\n'
                    self._original_stderr.write(STDERR_LINE % error)
            sys.stdout = self._original_stdout
            sys.stderr = self._original_stderr
            self._stdout_buffer.seek(0)
            self._stdout_buffer.truncate()
            self._stderr_buffer.seek(0)
            self._stderr_buffer.truncate()

    def stopTestRun(self):
        """Called once after all tests are executed."""

    @failfast
    def addError(self, test, err):
        """Called when an error has occurred."""
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        """Called when a failure has occurred."""
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        """Called at the end of a subtest (err is None when it passed)."""
        if err is not None:
            if getattr(self, 'failfast', False):
                self.stop()
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))
            self._mirrorOutput = True

    def addSuccess(self, test):
        "Called when a test has completed successfully"
        pass

    def addSkip(self, test, reason):
        """Called when a test is skipped."""
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        """Called when an expected failure/error occurred."""
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        """Called when a test was expected to fail, but succeed."""
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        """Tells whether or not this result was a success."""
        return ((len(self.failures) == len(self.errors) == 0)
                and (not hasattr(self, 'unexpectedSuccesses')
                     or len(self.unexpectedSuccesses) == 0))

    def stop(self):
        """Indicates that the tests should be aborted."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """Converts a sys.exc_info()-style tuple of values into a string."""
        exctype, value, tb = err
        skip, hint = _part_of(value)
        failure_type = getattr(test, 'failureException', None)
        first = [True]

        def clean(etype, evalue, etb):
            # how many unittest frames to leave out at the head and the tail
            entries = []
            t = etb
            while t is not None:
                entries.append(t)
                t = t.tb_next
            frames = True
            for t in entries:
                if t.tb_frame is None:
                    frames = False
                    break
            if frames and not traceback._FORCE_GUESS:
                head = 0
                while head < len(entries) and _is_unittest_frame(entries[head].tb_frame):
                    head += 1
                tail = 0
                if etype is failure_type:
                    for k in range(head, len(entries)):
                        if _is_unittest_frame(entries[k].tb_frame):
                            tail = len(entries) - k
                            break
                return head, tail, None
            if first[0]:
                first[0] = False
                head = skip
                h = hint
            else:
                head = 0
                h = hint
            tail = 0
            if etype is failure_type:
                tail = min(_depth_of(evalue), len(entries) - head)
            return head, tail, h

        tb_e = traceback.TracebackException(
            exctype, value, tb, capture_locals=self.tb_locals, compact=True,
            _clean=clean)
        msgLines = list(tb_e.format())
        if self.buffer:
            output = sys.stdout.getvalue()
            error = sys.stderr.getvalue()
            if output:
                if not output.endswith('\n'):
                    output += '\n'
                msgLines.append(STDOUT_LINE % output)
            if error:
                if not error.endswith('\n'):
                    error += '\n'
                msgLines.append(STDERR_LINE % error)
        return ''.join(msgLines)

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                (strclass(self.__class__), self.testsRun, len(self.errors),
                 len(self.failures)))


class _WritelnDecorator(object):
    """Used to decorate file-like objects with a handy 'writeln' method"""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        if attr in ('stream', '__getstate__'):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestResult(TestResult):
    """A test result class that can print formatted text results to a stream."""

    __module__ = 'unittest.runner'
    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        super(TextTestResult, self).__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._newline = True

    def getDescription(self, test):
        doc_first_line = test.shortDescription()
        if self.descriptions and doc_first_line:
            return '\n'.join((str(test), doc_first_line))
        else:
            return str(test)

    def startTest(self, test):
        super(TextTestResult, self).startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        is_subtest = isinstance(test, _SubTest)
        if is_subtest or self._newline:
            if not self._newline:
                self.stream.writeln()
            if is_subtest:
                self.stream.write("  ")
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if self.showAll:
                if issubclass(err[0], subtest.failureException):
                    self._write_status(subtest, "FAIL")
                else:
                    self._write_status(subtest, "ERROR")
            elif self.dots:
                if issubclass(err[0], subtest.failureException):
                    self.stream.write('F')
                else:
                    self.stream.write('E')
                self.stream.flush()
        super(TextTestResult, self).addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super(TextTestResult, self).addSuccess(test)
        if self.showAll:
            self._write_status(test, "ok")
        elif self.dots:
            self.stream.write('.')
            self.stream.flush()

    def addError(self, test, err):
        super(TextTestResult, self).addError(test, err)
        if self.showAll:
            self._write_status(test, "ERROR")
        elif self.dots:
            self.stream.write('E')
            self.stream.flush()

    def addFailure(self, test, err):
        super(TextTestResult, self).addFailure(test, err)
        if self.showAll:
            self._write_status(test, "FAIL")
        elif self.dots:
            self.stream.write('F')
            self.stream.flush()

    def addSkip(self, test, reason):
        super(TextTestResult, self).addSkip(test, reason)
        if self.showAll:
            self._write_status(test, "skipped {0!r}".format(reason))
        elif self.dots:
            self.stream.write("s")
            self.stream.flush()

    def addExpectedFailure(self, test, err):
        super(TextTestResult, self).addExpectedFailure(test, err)
        if self.showAll:
            self.stream.writeln("expected failure")
            self.stream.flush()
        elif self.dots:
            self.stream.write("x")
            self.stream.flush()

    def addUnexpectedSuccess(self, test):
        super(TextTestResult, self).addUnexpectedSuccess(test)
        if self.showAll:
            self.stream.writeln("unexpected success")
            self.stream.flush()
        elif self.dots:
            self.stream.write("u")
            self.stream.flush()

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)
        unexpectedSuccesses = getattr(self, 'unexpectedSuccesses', ())
        if unexpectedSuccesses:
            self.stream.writeln(self.separator1)
            for test in unexpectedSuccesses:
                self.stream.writeln(f"UNEXPECTED SUCCESS: {self.getDescription(test)}")
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln("%s: %s" % (flavour, self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln("%s" % err)
            self.stream.flush()


_results = {}


def registerResult(result):
    _results[id(result)] = result


def removeResult(result):
    return _results.pop(id(result), None) is not None


def installHandler():
    pass


def removeHandler(method=None):
    if method is not None:
        return method


class TextTestRunner(object):
    """A test runner class that displays results in textual form: the progress
    (dots, or a line per test with verbosity 2), the errors and a summary."""

    __module__ = 'unittest.runner'
    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False,
                 buffer=False, resultclass=None, warnings=None, *, tb_locals=False):
        if stream is None:
            stream = sys.stderr
        self.stream = _WritelnDecorator(stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        "Run the given test case or test suite."
        import warnings
        result = self._makeResult()
        registerResult(result)
        result.failfast = self.failfast
        result.buffer = self.buffer
        result.tb_locals = self.tb_locals
        with warnings.catch_warnings():
            if self.warnings:
                warnings.simplefilter(self.warnings)
                if self.warnings in ['default', 'always']:
                    warnings.filterwarnings('module', category=DeprecationWarning,
                                            message=r'Please use assert\w+ instead.')
            startTime = time.perf_counter()
            startTestRun = getattr(result, 'startTestRun', None)
            if startTestRun is not None:
                startTestRun()
            try:
                test(result)
            finally:
                stopTestRun = getattr(result, 'stopTestRun', None)
                if stopTestRun is not None:
                    stopTestRun()
            stopTime = time.perf_counter()
        timeTaken = stopTime - startTime
        result.printErrors()
        if hasattr(result, 'separator2'):
            self.stream.writeln(result.separator2)
        run = result.testsRun
        self.stream.writeln("Ran %d test%s in %.3fs" % (run, run != 1 and "s" or "",
                                                         timeTaken))
        self.stream.writeln()
        expectedFails = unexpectedSuccesses = skipped = 0
        try:
            expectedFails = len(result.expectedFailures)
            unexpectedSuccesses = len(result.unexpectedSuccesses)
            skipped = len(result.skipped)
        except AttributeError:
            pass
        infos = []
        if not result.wasSuccessful():
            self.stream.write("FAILED")
            failed = len(result.failures)
            errored = len(result.errors)
            if failed:
                infos.append("failures=%d" % failed)
            if errored:
                infos.append("errors=%d" % errored)
        else:
            self.stream.write("OK")
        if skipped:
            infos.append("skipped=%d" % skipped)
        if expectedFails:
            infos.append("expected failures=%d" % expectedFails)
        if unexpectedSuccesses:
            infos.append("unexpected successes=%d" % unexpectedSuccesses)
        if infos:
            self.stream.writeln(" (%s)" % (", ".join(infos),))
        else:
            self.stream.write("\n")
        self.stream.flush()
        return result


# ---- main --------------------------------------------------------------------------

def _usage(prog):
    """argparse's usage line(s) for the unittest command line, wrapped at 78."""
    opts = ['[-h]', '[-v]', '[-q]', '[--locals]', '[-f]', '[-c]', '[-b]',
            '[-k TESTNAMEPATTERNS]']
    poss = ['[tests ...]']
    prefix = 'usage: '
    width = 78
    one = ' '.join([prog] + opts + poss)
    if len(prefix) + len(one) <= width:
        return prefix + one + '\n'

    def wrap(parts, indent, first=None):
        lines = []
        line = []
        used = len(first) - 1 if first is not None else len(indent) - 1
        for part in parts:
            if used + 1 + len(part) > width and line:
                lines.append(indent + ' '.join(line))
                line = []
                used = len(indent) - 1
            line.append(part)
            used += len(part) + 1
        if line:
            lines.append(indent + ' '.join(line))
        if first is not None:
            lines[0] = lines[0][len(indent):]
        return lines

    if len(prefix) + len(prog) <= 0.75 * width:
        indent = ' ' * (len(prefix) + len(prog) + 1)
        lines = wrap([prog] + opts, indent, prefix)
        lines.extend(wrap(poss, indent))
    else:
        indent = ' ' * len(prefix)
        lines = wrap(opts + poss, indent)
        if len(lines) > 1:
            lines = wrap(opts, indent) + wrap(poss, indent)
        lines = [prog] + lines
    return prefix + '\n'.join(lines) + '\n'


_HELP = """
positional arguments:
  tests                a list of any number of test modules, classes and test
                       methods.

options:
  -h, --help           show this help message and exit
  -v, --verbose        Verbose output
  -q, --quiet          Quiet output
  --locals             Show local variables in tracebacks
  -f, --failfast       Stop on first fail or error
  -c, --catch          Catch Ctrl-C and display results so far
  -b, --buffer         Buffer stdout and stderr during tests
  -k TESTNAMEPATTERNS  Only run tests which match the given substring

Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase

"""


class TestProgram(object):
    """A command-line program that runs a set of tests; this is primarily for making
    test modules conveniently executable."""

    __module__ = 'unittest.main'
    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=defaultTestLoader, exit=True,
                 verbosity=1, failfast=None, catchbreak=None, buffer=None,
                 warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None and not sys.warnoptions:
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        self._print_help()
        sys.exit(2)

    def _print_help(self, *args, **kwargs):
        prog = self.progName
        print(_usage(prog) + _HELP % {'prog': prog}, end='')

    def _parse(self, args):
        self.tests = []
        i = 0
        while i < len(args):
            arg = args[i]
            i += 1
            if arg in ('-h', '--help'):
                self._print_help()
                sys.exit(0)
            elif arg in ('-v', '--verbose'):
                self.verbosity = 2
            elif arg in ('-q', '--quiet'):
                self.verbosity = 0
            elif arg == '--locals':
                self.tb_locals = True
            elif arg in ('-f', '--failfast'):
                if self.failfast is None:
                    self.failfast = True
            elif arg in ('-c', '--catch'):
                if self.catchbreak is None:
                    self.catchbreak = True
            elif arg in ('-b', '--buffer'):
                if self.buffer is None:
                    self.buffer = True
            elif arg == '-k' or arg.startswith('-k'):
                if arg == '-k':
                    if i >= len(args):
                        self._arg_error("argument -k: expected one argument")
                    value = args[i]
                    i += 1
                else:
                    value = arg[2:]
                if '*' not in value:
                    value = '*%s*' % value
                if self.testNamePatterns is None:
                    self.testNamePatterns = []
                self.testNamePatterns.append(value)
            elif arg.startswith('-') and arg != '-':
                self._arg_error("unrecognized arguments: %s" % arg)
            else:
                self.tests.append(arg)

    def _arg_error(self, message):
        prog = self.progName
        sys.stderr.write(_usage(prog))
        sys.stderr.write('%s: error: %s\n' % (prog, message))
        sys.exit(2)

    def parseArgs(self, argv):
        self._parse(argv[1:])
        if self.tests:
            self.testNames = self.tests
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        if self.testRunner is None:
            self.testRunner = TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings,
                                                 tb_locals=self.tb_locals)
                except TypeError:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings)
            except TypeError:
                testRunner = self.testRunner()
        else:
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
