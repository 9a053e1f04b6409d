# contextvars: ContextVar, Token, Context, copy_context; per-thread contexts;
# asyncio tasks and callbacks running in contexts.
import re
import threading
import contextvars
from contextvars import ContextVar, Token, Context, copy_context


def shape(obj):
    # reprs and messages without their addresses
    return re.sub(r'0x[0-9a-fA-F]+', '0x...', obj if isinstance(obj, str) else repr(obj))


def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__, shape(str(e)))
    else:
        print(label, '=', shape(r))


print(sorted(contextvars.__all__))

# --- ContextVar basics
a = ContextVar('a')
b = ContextVar('b', default=42)
n = ContextVar('n', default=None)
print(shape(a), shape(b), shape(n))
print(a.name, b.name, type(a).__name__, ContextVar.__name__)
print(shape(ContextVar('quote\'d', default='x"y')))
attempt('a.get()', a.get)
attempt('a.get(1)', a.get, 1)
attempt('b.get()', b.get)
attempt('b.get(7)', b.get, 7)
attempt('n.get()', n.get)
try:
    a.get()
except LookupError as e:
    print('LookupError arg is the var:', e.args[0] is a, type(e) is LookupError)

# --- set / reset / Token
t1 = a.set(1)
print(shape(t1), t1.var is a, t1.old_value is Token.MISSING, repr(Token.MISSING))
print(a.get(), a.get(99))
t2 = a.set(2)
print(a.get(), t2.old_value)
a.reset(t2)
print(a.get(), shape(t2))
attempt('reset used', a.reset, t2)
attempt('reset other var', b.reset, t1)
attempt('reset non-token', a.reset, 'token')
attempt('reset MISSING', a.reset, Token.MISSING)
a.reset(t1)
attempt('after reset to missing', a.get)
print(a in copy_context())
tb = b.set(None)
print(b.get(), tb.old_value is Token.MISSING)
b.reset(tb)
print(b.get())
# resets out of order
t1 = a.set('x')
t2 = a.set('y')
a.reset(t1)
print(a.get('gone'))
a.reset(t2)
print(a.get('gone'))
a.reset(a.set('z'))
print(a.get('gone'))

# --- argument errors
attempt('ContextVar()', ContextVar)
attempt('ContextVar(1)', ContextVar, 1)
attempt('ContextVar(b"x")', ContextVar, b'x')
attempt('ContextVar(name=)', ContextVar, name='x')
attempt('ContextVar(x, 1)', ContextVar, 'x', 1)
attempt('ContextVar(x, 1, 2)', ContextVar, 'x', 1, 2)
attempt('ContextVar(x, foo=)', ContextVar, 'x', foo=1)
attempt('ContextVar(kw x3)', ContextVar, p=1, q=2, r=3)
attempt('get(1, 2)', b.get, 1, 2)
attempt('get(default=)', b.get, default=1)
attempt('set()', b.set)
attempt('set(1, 2)', b.set, 1, 2)
attempt('set(value=)', b.set, value=1)
attempt('reset()', b.reset)
attempt('Token()', Token)
attempt('MISSING class', type(Token.MISSING))
attempt('Context(1)', Context, 1)
attempt('copy_context(1)', copy_context, 1)

# --- read-only attributes, no subclassing, no hashing of contexts
v = ContextVar('v')
for target, attr in ((v, 'name'), (v, 'other'), (v.set(0), 'var'), (v.set(0), 'old_value')):
    try:
        setattr(target, attr, 'new')
    except AttributeError as e:
        print('setattr', attr, '->', e)
for base in (ContextVar, Token, Context):
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print(e)
print(ContextVar[int], Token[str], ContextVar[int].__origin__ is ContextVar)
try:
    hash(Context())
except TypeError:
    print('Context is unhashable')
print(Context.__hash__ is None, hash(v) == hash(v))
print(v == v, v == ContextVar('v'), v != v)
attempt('v.missing', getattr, v, 'missing')

# --- str subclass names are kept as they are
class Name(str):
    pass
nm = Name('sub')
print(ContextVar(nm).name is nm, type(ContextVar(nm).name).__name__)
surrogate = '\ud800'
print(ContextVar(surrogate).name is surrogate)

# --- Context as a mapping
ctx = Context()
print(len(ctx), list(ctx), ctx.get(a), ctx.get(a, 'dflt'), a in ctx)
attempt('ctx[a]', lambda: ctx[a])
attempt('ctx[1]', lambda: ctx[1])
attempt('1 in ctx', lambda: 1 in ctx)
attempt('ctx.get("a")', ctx.get, 'a')
attempt('ctx.get()', ctx.get)
attempt('ctx.get(a, 1, 2)', ctx.get, a, 1, 2)
attempt('ctx.get(a, default=)', ctx.get, a, default=1)
attempt('ctx.copy(1)', ctx.copy, 1)
attempt('ctx.keys(1)', ctx.keys, 1)
attempt('ctx.items(x=)', ctx.items, x=1)


def fill():
    a.set('A')
    b.set('B')
    n.set('N')
    return copy_context()


inner = ctx.run(fill)
print(len(ctx), len(inner), ctx == inner, ctx is inner)
print(sorted(var.name for var in ctx))
print(sorted((var.name, val) for var, val in ctx.items()))
print(sorted(ctx.values()), sorted(k.name for k in ctx.keys()))
print(ctx[a], ctx.get(b), n in ctx, ContextVar('other') in ctx)
it = ctx.keys()
print(type(it).__name__, type(ctx.values()).__name__, type(ctx.items()).__name__,
      type(iter(ctx)).__name__, iter(it) is it, len(it))
next(it)
print(len(it), len(list(it)))
print(a.get('outside'), b.get(), len(copy_context()) == 0 or 'outer has vars')

# copies are independent
c2 = ctx.copy()
print(c2 == ctx, c2 is ctx)
c2.run(a.set, 'changed in copy')
print(ctx[a], c2[a], c2 == ctx, c2 != ctx)
print(Context() == Context(), Context() != Context(), ctx == 1, ctx != 'x')

# iteration and comparison see a snapshot
snap = ctx.copy()
vals = []
for var in snap:
    snap.run(ContextVar.set, var, 'during iteration')
    vals.append(var.name)
print(sorted(vals), sorted(snap.values()))

# run(): arguments, return value, exceptions, nesting, re-entry
def show(*args, **kwargs):
    return args, sorted(kwargs.items()), a.get('-')

print(ctx.run(show, 1, 2, x=3, callable=4))
attempt('run()', ctx.run)
attempt('run(callable=)', ctx.run, callable=show)


def boom():
    a.set('set before raising')
    raise KeyError('boom')

try:
    ctx.run(boom)
except KeyError as e:
    print('KeyError', e, ctx[a], a.get('outside'))


def reenter():
    return ctx.run(lambda: None)

attempt('reenter', ctx.run, reenter)
print('still usable:', ctx.run(a.get))


def nested():
    other = Context()
    out = [a.get()]
    out.append(other.run(a.get, 'empty'))
    out.append(copy_context().run(a.get))
    return out

print(ctx.run(nested))

# a token belongs to the context it was made in
tok = ctx.run(a.set, 'tok')
attempt('reset in other context', a.reset, tok)
attempt('reset in copy', ctx.copy().run, a.reset, tok)
print(ctx.run(a.reset, tok), ctx[a])

# --- threads start with an empty context
a.set('main thread')
results = {}


def worker(i):
    got = [a.get('empty'), len(copy_context())]
    a.set(i)
    got.append(a.get())
    got.append(ctx.copy().run(a.get))
    results[i] = got

threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(sorted(results.items()), a.get())
shared = copy_context()
out = []
th = threading.Thread(target=lambda: out.append(shared.run(a.get)))
th.start()
th.join()
print(out)

# --- asyncio: each task runs in its own copy of the context
import asyncio

req = ContextVar('req', default='none')
log = []


async def handle(name, delay):
    log.append((name, 'start', req.get()))
    req.set(name)
    await asyncio.sleep(delay)
    log.append((name, 'end', req.get()))
    return req.get()


async def peek(tag):
    await asyncio.sleep(0)
    return tag, req.get()


async def amain():
    req.set('main')
    print(await asyncio.gather(handle('one', 0.002), handle('two', 0)))
    for entry in log:
        print(entry)
    print('main still', req.get())
    req.set('before create_task')
    task = asyncio.create_task(peek('task'))
    req.set('after create_task')
    print(await task)
    own = copy_context()
    own.run(req.set, 'own')
    print(await asyncio.create_task(peek('with context'), context=own))
    loop = asyncio.get_running_loop()
    done = loop.create_future()

    def callback(tag):
        print('callback', tag, req.get())
        req.set('set in callback')
        if tag == 'last':
            done.set_result(None)

    req.set('at call_soon')
    loop.call_soon(callback, 'plain')
    loop.call_soon(callback, 'own', context=own)
    loop.call_soon(callback, 'last')
    await done
    print(req.get(), own[req])
    print('to_thread', await asyncio.to_thread(req.get))
    return req.get()

print(asyncio.run(amain()), req.get())
