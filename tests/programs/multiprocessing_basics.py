import multiprocessing as mp
import os

def square(x):
    return x * x

def worker(q, n):
    q.put(('hello from child', n, mp.current_process().name))

def fail(x):
    if x == 3:
        raise ValueError('bad item %d' % x)
    return x

def add(a, b):
    return a + b

if __name__ == '__main__':
    print(mp.cpu_count() == os.cpu_count(), mp.current_process().name)
    with mp.Pool(2) as pool:
        print(pool.map(square, range(10)))
        print(pool.starmap(add, [(1, 2), (3, 4)]))
        print(pool.apply(add, (5, 6)))
        try:
            pool.map(fail, range(6))
        except ValueError as e:
            print('ValueError', e)
    q = mp.Queue()
    ps = [mp.Process(target=worker, args=(q, i)) for i in range(3)]
    for p in ps: p.start()
    for p in ps: p.join()
    got = sorted(q.get() for _ in ps)
    print(got)
    print([p.exitcode for p in ps], q.empty())
    p = mp.Process(target=fail, args=(3,))
    p.start(); p.join()
    print('exitcode', p.exitcode)
    data = {'a': [1, 2.5, None, True], 'b': (b'\x00\xff', frozenset({1})), 3: {'nested': 'é'}}
    q.put(data); print(q.get() == data)
