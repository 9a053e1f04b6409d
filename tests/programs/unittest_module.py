# unittest: test cases, assertions and their messages, fixtures, subtests, skips,
# expected failures, suites, loaders, results, the text runner and main(), compared
# with CPython 3.11. The time in "Ran N tests in X.XXXs" is replaced, and file paths
# are printed relative to this file. (Lines that fail are whole statements, so CPython
# prints no ^^^ markers under them.)
import unittest
import io
import os
import sys
import re
import types
import warnings
import logging

BASE = os.path.basename(__file__)


def strip_time(text):
    text = text.replace(__file__, BASE)
    return re.sub(r"Ran (\d+) tests? in \d+\.\d\d\ds", r"Ran \1 tests in TIME", text)


def missing_key():
    raise KeyError("x")


def bad_value():
    raise ValueError("q")


def run(*classes, verbosity=1, **kw):
    suite = unittest.TestSuite()
    loader = unittest.TestLoader()
    for c in classes:
        suite.addTests(loader.loadTestsFromTestCase(c))
    buf = io.StringIO()
    res = unittest.TextTestRunner(stream=buf, verbosity=verbosity, **kw).run(suite)
    print(strip_time(buf.getvalue()))
    return res

class Msgs(unittest.TestCase):
    def check(self, f, *args, **kw):
        try:
            f(*args, **kw)
            print("passed")
        except self.failureException as e:
            print("FAIL:", str(e))
        except Exception as e:
            print(type(e).__name__, e)

    def test_messages(self):
        c = self.check
        c(self.assertEqual, 1, 2)
        c(self.assertEqual, 1, 2, "custom")
        c(self.assertEqual, "abc", "abd")
        c(self.assertEqual, "line1\nline2\n", "line1\nline3\n")
        c(self.assertEqual, [1, 2], [1, 2, 3])
        c(self.assertEqual, [1, 2, 3], [1, 2])
        c(self.assertEqual, (1, 2), (1, 3))
        c(self.assertEqual, {"a": 1, "b": 2}, {"a": 1, "b": 3})
        c(self.assertEqual, {1, 2}, {2, 3})
        c(self.assertEqual, frozenset([1]), frozenset())
        c(self.assertEqual, [1, 2], (1, 2))
        c(self.assertEqual, "x" * 100, "x" * 99 + "y")
        c(self.assertEqual, list(range(100)), list(range(99)) + [5])
        c(self.assertNotEqual, 1, 1)
        c(self.assertTrue, 0)
        c(self.assertTrue, [], "why")
        c(self.assertFalse, [1])
        c(self.assertIs, 1, None)
        c(self.assertIsNot, None, None)
        c(self.assertIsNone, 3)
        c(self.assertIsNotNone, None)
        c(self.assertIn, 1, [2])
        c(self.assertNotIn, 1, [1])
        c(self.assertIsInstance, 1, str)
        c(self.assertNotIsInstance, 1, int)
        c(self.assertGreater, 1, 2)
        c(self.assertGreaterEqual, 1, 2)
        c(self.assertLess, 2, 1)
        c(self.assertLessEqual, 2, 1)
        c(self.assertAlmostEqual, 1.0, 1.1)
        c(self.assertAlmostEqual, 1.0, 1.00000001)
        c(self.assertAlmostEqual, 1.0, 1.1, places=0)
        c(self.assertAlmostEqual, 1.0, 1.5, delta=0.1)
        c(self.assertAlmostEqual, 1.0, 1.5, delta=0.1, places=2)
        c(self.assertNotAlmostEqual, 1.0, 1.0)
        c(self.assertNotAlmostEqual, 1.0, 1.05, delta=0.1)
        c(self.assertNotAlmostEqual, 1.0, 1.00000001)
        c(self.assertCountEqual, [1, 2, 2], [2, 1, 1])
        c(self.assertCountEqual, [[1], [2]], [[2], [3]])
        c(self.assertCountEqual, "abc", "cba")
        c(self.assertRegex, "hello", "^w")
        c(self.assertNotRegex, "hello", "l+")
        c(self.assertRegex, "hello", "")
        c(self.assertDictEqual, {}, [])
        c(self.assertListEqual, [], ())
        c(self.assertTupleEqual, (), [])
        c(self.assertSequenceEqual, [1, 2], [1, 2])
        c(self.assertSequenceEqual, [1], (1,), seq_type=list)
        c(self.assertSequenceEqual, 5, [1])
        c(self.assertSetEqual, {1}, [1])
        c(self.assertSetEqual, [1], {1})
        c(self.assertMultiLineEqual, "a", 1)
        c(self.assertMultiLineEqual, "one\ntwo", "one\nthree")
        c(self.fail)
        c(self.fail, "boom")
        c(self.assertRaises, ValueError, int, "5")
        c(self.assertRaises, ValueError, lambda: 1)
        c(self.assertRaises, 5)
        c(self.assertRaises, (ValueError, 3))
        c(self.assertRaises, ValueError, msg="x", bad=1)
        c(self.assertRaisesRegex, ValueError, "abc", int, "z")
        c(self.assertRaisesRegex, ValueError, "invalid", int, "z")
        with self.assertRaises(KeyError) as cm:
            {}["missing"]
        print(repr(cm.exception), cm.expected)
        with self.assertRaisesRegex(ValueError, r"lit\w+") as cm:
            int("zz")
        print(cm.exception)
        try:
            with self.assertRaises((KeyError, IndexError)):
                pass
        except AssertionError as e:
            print("FAIL:", e)
        try:
            with self.assertRaises(KeyError, msg="extra"):
                pass
        except AssertionError as e:
            print("FAIL:", e)
        try:
            with self.assertRaises(KeyError):
                raise ValueError("other")
        except ValueError as e:
            print("passed through:", e)
        with self.assertWarns(UserWarning) as cm:
            warnings.warn("careful", UserWarning)
        print(type(cm.warning).__name__, cm.warning)
        c(self.assertWarns, UserWarning, lambda: None)
        c(self.assertWarnsRegex, UserWarning, "x+", warnings.warn, "yyy")
        with self.assertLogs("lg", level="INFO") as cm:
            logging.getLogger("lg").info("hello %s", "there")
            logging.getLogger("lg.sub").warning("sub")
        print(cm.output, [r.getMessage() for r in cm.records])
        try:
            with self.assertLogs("lg2"):
                pass
        except AssertionError as e:
            print("FAIL:", e)
        try:
            with self.assertNoLogs("lg3"):
                logging.getLogger("lg3").error("oops")
        except AssertionError as e:
            print("FAIL:", e)
        self.longMessage = False
        c(self.assertEqual, 1, 2, "only mine")
        c(self.assertEqual, 1, 2)
        self.longMessage = True
        self.maxDiff = None
        c(self.assertEqual, list(range(30)), list(range(1, 31)))
        c(self.assertEqual, {"k%d" % i: i for i in range(10)}, {"k%d" % i: i + 1 for i in range(10)})


class Fixtures(unittest.TestCase):
    log = []

    @classmethod
    def setUpClass(cls):
        cls.log.append("setUpClass")
        cls.addClassCleanup(cls.log.append, "class cleanup")

    @classmethod
    def tearDownClass(cls):
        cls.log.append("tearDownClass")

    def setUp(self):
        self.log.append("setUp " + self._testMethodName)
        self.addCleanup(self.log.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        self.log.append("tearDown")

    def test_one(self):
        self.log.append("one")

    def test_two(self):
        self.log.append("two")
        self.fail("two fails")


class BadSetUp(unittest.TestCase):
    def setUp(self):
        raise RuntimeError("setUp broke")

    def test_never(self):
        print("never runs")


class BadTearDown(unittest.TestCase):
    def tearDown(self):
        raise RuntimeError("tearDown broke")

    def test_fine(self):
        pass


class BadCleanup(unittest.TestCase):
    def test_cleanup_error(self):
        def bad():
            raise KeyError("cleanup")
        self.addCleanup(bad)


class BadClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError("class setup failed")

    def test_a(self):
        pass


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        pass


class Skips(unittest.TestCase):
    @unittest.skipIf(True, "if true")
    def test_if(self):
        pass

    @unittest.skipUnless(False, "unless false")
    def test_unless(self):
        pass

    @unittest.skipIf(False, "not skipped")
    def test_runs(self):
        pass

    def test_skiptest(self):
        self.skipTest("from inside")

    def test_raise_skip(self):
        raise unittest.SkipTest("raised")


class Subs(unittest.TestCase):
    def test_nested(self):
        with self.subTest("outer", a=1):
            with self.subTest(b=2):
                self.assertEqual(1, 2)
            with self.subTest(a=3):
                raise KeyError("k")
        with self.subTest():
            self.fail("no params")

    def test_pass_subs(self):
        for i in range(3):
            with self.subTest(i=i):
                pass

    def test_sub_skip(self):
        with self.subTest(x=1):
            self.skipTest("sub skip")


class Expected(unittest.TestCase):
    @unittest.expectedFailure
    def test_xf(self):
        raise ValueError("expected")

    @unittest.expectedFailure
    def test_xf_sub(self):
        with self.subTest(q=1):
            self.fail("in sub")
        print("not reached")

    @unittest.expectedFailure
    def test_xpass(self):
        pass


class Errors(unittest.TestCase):
    def test_chain(self):
        try:
            missing_key()
        except KeyError:
            raise TypeError("chained")

    def test_cause(self):
        try:
            bad_value()
        except ValueError as e:
            raise RuntimeError("caused") from e

    def test_assert_stmt(self):
        raise AssertionError("plain assert")

    def test_failure_in_helper(self):
        self.helper()

    def helper(self):
        self.assertEqual("a", "b")

    def test_deprecated(self):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self.assertEquals(1, 2)


print("== messages")
run(Msgs)
print("== fixtures")
res = run(Fixtures, verbosity=2)
print(Fixtures.log)
print("== setUp/tearDown/cleanup errors")
run(BadSetUp, BadTearDown, BadCleanup, verbosity=2)
print("== class setup failure")
run(BadClass, Skipped)
print("== skips")
res = run(Skips, Skipped, verbosity=2)
print(res.skipped[0][1], len(res.skipped), res.wasSuccessful(), repr(res))
print("== subtests")
run(Subs, verbosity=2)
run(Subs)
print("== expected failures")
res = run(Expected, verbosity=2)
print(len(res.expectedFailures), len(res.unexpectedSuccesses), res.wasSuccessful())
print("== errors")
run(Errors)
print("== verbosity 0")
run(Errors, verbosity=0)
print("== failfast")
run(Errors, Fixtures, failfast=True)


class Loud(unittest.TestCase):
    def test_prints(self):
        print("to stdout")
        sys.stderr.write("to stderr\n")
        self.fail("loud failure")

    def test_quiet_pass(self):
        print("hidden")


print("== buffer")
old = sys.stdout
run(Loud, buffer=True)




class A(unittest.TestCase):
    def test_x(self):
        pass

    def test_y(self):
        """Checks y.

        More text."""
        pass

    def helper(self):
        pass

    test_not_callable = 5


class B(A):
    def test_z(self):
        self.assertTrue(True)


print("== ids and reprs")
t = A("test_x")
print(t.id(), str(t), repr(t), t.shortDescription(), A("test_y").shortDescription())
print(t == A("test_x"), t == A("test_y"), hash(t) == hash(A("test_x")), t.countTestCases())
try:
    A("test_missing")
except ValueError as e:
    print("ValueError", e)
print(repr(A()), A().id())
print(unittest.TestCase.failureException, unittest.TestCase.maxDiff, unittest.TestCase.longMessage)
print(unittest.SkipTest, unittest.TestCase, unittest.TestSuite, unittest.TextTestRunner,
      unittest.TestResult, unittest.TextTestResult, unittest.TestLoader,
      unittest.FunctionTestCase, unittest.main)

print("== loader")
loader = unittest.TestLoader()
print(loader.getTestCaseNames(A), loader.getTestCaseNames(B))
suite = loader.loadTestsFromTestCase(B)
print(suite.countTestCases(), [x.id() for x in suite])
print(repr(loader.loadTestsFromTestCase(A)))
loader.testMethodPrefix = "help"
print(loader.getTestCaseNames(A))
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(B))
loader.sortTestMethodsUsing = None
print(loader.getTestCaseNames(B))
loader = unittest.TestLoader()
loader.testNamePatterns = ["*_y", "*B.test_z"]
print(loader.getTestCaseNames(B))
mod = loader.loadTestsFromModule(sys.modules[__name__])
print(mod.countTestCases())
print([t.id() for t in unittest.TestLoader().loadTestsFromName("A.test_y", sys.modules[__name__])])
print(unittest.TestLoader().loadTestsFromNames(["A", "B.test_z"], sys.modules[__name__]).countTestCases())
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print("TypeError", e)

print("== suites")
s = unittest.TestSuite()
print(s.countTestCases(), list(s), repr(s))
s.addTest(A("test_x"))
s.addTests([A("test_y"), unittest.TestSuite([B("test_z")])])
print(s.countTestCases(), len(list(s)))
for bad in [5, A, "abc"]:
    try:
        s.addTest(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    s.addTests("abc")
except TypeError as e:
    print("TypeError", e)
r = unittest.TestResult()
s.run(r)
print(repr(r), r.testsRun, r.wasSuccessful(), list(s), s.countTestCases())
print(unittest.TestSuite([A("test_x")]) == unittest.TestSuite([A("test_x")]))

print("== TestResult by hand")
r = unittest.TestResult()
print(r.failures, r.errors, r.skipped, r.expectedFailures, r.unexpectedSuccesses,
      r.shouldStop, r.testsRun, r.buffer, r.failfast)
res = A("test_x").run()
print(type(res).__name__, res.testsRun, res.wasSuccessful())
r.stop()
print(r.shouldStop)


class Custom(unittest.TestResult):
    def __init__(self):
        super().__init__()
        self.log = []

    def startTest(self, test):
        super().startTest(test)
        self.log.append("start " + test._testMethodName)

    def addSuccess(self, test):
        self.log.append("success")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self.log.append("failure %s %s" % (err[0].__name__, err[1]))

    def addError(self, test, err):
        super().addError(test, err)
        self.log.append("error %s" % (err[0].__name__,))


class C(unittest.TestCase):
    def test_f(self):
        self.assertIn("a", "xyz")

    def test_g(self):
        raise OSError("disk")

    def test_h(self):
        pass


cr = Custom()
unittest.TestLoader().loadTestsFromTestCase(C).run(cr)
print(cr.log, len(cr.failures), len(cr.errors))
print(cr.failures[0][0], cr.failures[0][1].splitlines()[-1])

print("== FunctionTestCase")
calls = []
ftc = unittest.FunctionTestCase(lambda: calls.append("body"), setUp=lambda: calls.append("up"),
                                tearDown=lambda: calls.append("down"), description="described")
r = unittest.TestResult()
ftc.run(r)
print(calls, r.wasSuccessful(), ftc.shortDescription(), str(ftc).startswith("unittest.case.FunctionTestCase ("))

print("== debug")


class D(unittest.TestCase):
    def test_fails(self):
        self.assertEqual(1, 0)


try:
    D("test_fails").debug()
except AssertionError as e:
    print("debug raised", e)

print("== enterContext and cleanups order")


class Ctx:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, *a):
        print("exit", self.name)


class E(unittest.TestCase):
    def test_ctx(self):
        print("got", self.enterContext(Ctx("one")))
        self.addCleanup(print, "cleanup", "arg", sep="-")
        print("got", self.enterContext(Ctx("two")))

    def test_bad_ctx(self):
        self.enterContext(5)


r = unittest.TestResult()
unittest.TestLoader().loadTestsFromTestCase(E).run(r)
print(r.errors[0][1].splitlines()[-1])


print("== main()")


class MainT(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        self.assertEqual(2, 3)

    def test_c(self):
        """Doc line."""


class MainU(unittest.TestCase):
    def test_only(self):
        pass


fake = types.SimpleNamespace()
fake.MainT = MainT
fake.MainU = MainU


def run_main(argv, **kw):
    old_err, old_out = sys.stderr, sys.stdout
    sys.stderr = io.StringIO()
    sys.stdout = io.StringIO()
    code = "no exit"
    kw.setdefault("testLoader", unittest.TestLoader())
    try:
        try:
            prog = unittest.main(module=fake, argv=argv, **kw)
            code = "returned %r" % (prog.result.wasSuccessful(),)
        except SystemExit as e:
            code = "exit %r" % (e.code,)
        err, out = sys.stderr.getvalue(), sys.stdout.getvalue()
    finally:
        sys.stderr, sys.stdout = old_err, old_out
    print(code)
    print("stderr:", strip_time(err))
    print("stdout:", strip_time(out))


run_main(['prog.py'])
run_main(['prog.py', '-v'], exit=False)
run_main(['prog.py', '-q'])
run_main(['prog.py', 'MainU'])
run_main(['prog.py', 'MainT.test_a', 'MainU.test_only'])
run_main(['prog.py', '-k', 'only'])
run_main(['prog.py', '-k', '*_a'])
run_main(['prog.py', '--bogus'])
run_main(['prog.py', '-k'])
run_main(['prog.py', '-h'])
run_main(['a_rather_long_program_name_that_wraps_usage_lines.py', '--bad'])
run_main(['prog.py'], defaultTest='MainU')
run_main(['prog.py', '-f'])
run_main(['prog.py'], verbosity=2, exit=False)
run_main(['prog.py'], verbosity=0)
buf = io.StringIO()
prog = unittest.main(module=fake, argv=['prog.py'], exit=False,
                     testRunner=unittest.TextTestRunner(stream=buf, verbosity=2))
print(strip_time(buf.getvalue()))
print(prog.result, prog.result.wasSuccessful(), prog.verbosity, prog.exit)
