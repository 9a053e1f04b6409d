import difflib

a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n', 'eleven\n']
b = ['zero\n', 'one\n', 'tree\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten!\n', 'eleven\n', '\n']
print(''.join(difflib.ndiff(a, b)), end='')
print(''.join(difflib.unified_diff(a, b, 'a.txt', 'b.txt', '2020', '2021')), end='')
print(''.join(difflib.unified_diff(a, b, n=0)), end='')
print(''.join(difflib.context_diff(a, b, 'a.txt', 'b.txt')), end='')
print(list(difflib.context_diff(['x'], ['y'], lineterm='')))
print(list(difflib.unified_diff([], [])), list(difflib.unified_diff(a, a)))
delta = list(difflib.ndiff(a, b))
print(list(difflib.restore(delta, 1)) == a, list(difflib.restore(delta, 2)) == b)
print(list(difflib.ndiff(['\tabcDefghiJkl\n'], ['\t abcdefGhijkl\n'])))
print(list(difflib.Differ(difflib.IS_LINE_JUNK).compare(['a\n', '#\n', 'b\n'], ['a\n', '  \n', 'c\n'])))

s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.find_longest_match(0, 5, 0, 4), s.find_longest_match())
s = difflib.SequenceMatcher(lambda x: x == ' ', ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9), s.bjunk)
s = difflib.SequenceMatcher(None, 'x' * 300 + 'y', 'x' * 250 + 'y')
print(s.bpopular, s.ratio(), difflib.SequenceMatcher(None, 'x' * 300 + 'y', 'x' * 250 + 'y', autojunk=False).ratio())
s = difflib.SequenceMatcher(None, list(range(50)), list(range(5, 30)) + [99] + list(range(30, 60)))
for g in s.get_grouped_opcodes(2):
    print(g)
print(list(difflib.SequenceMatcher(None, '', '').get_grouped_opcodes()))
print(difflib.SequenceMatcher(None, '', '').ratio())
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', ['while', 'wheat', 'heel', 'wheels', 'whale'], n=2, cutoff=0.5))
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'))
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('\t'), difflib.IS_CHARACTER_JUNK('x'), difflib.IS_CHARACTER_JUNK('\n'))
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n', b'\xffb\n'], [b'a\n', b'c\n'], b'f', b'g')))
m = difflib.Match(1, 2, 3)
print(m, m.a, m.b, m.size)

for f, args in [(difflib.get_close_matches, ('x', [], 0)), (difflib.get_close_matches, ('x', [], 3, 1.5)),
                (lambda *a: list(difflib.unified_diff(*a)), ([1], ['a'])),
                (lambda *a: list(difflib.unified_diff(*a)), (['a'], ['b'], b'x')),
                (lambda *a: list(difflib.context_diff(*a)), (['a'], [b'b'])),
                (lambda *a: list(difflib.restore(*a)), (['  a'], 3)),
                (lambda *a: list(difflib.diff_bytes(difflib.unified_diff, *a)), ([b'a'], ['b']))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
