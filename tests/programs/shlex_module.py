import shlex

cases = ['a b c', '  leading and trailing  ', "it's \"quoted\" 'single'", 'a\\ b c\\\\d',
         'x # comment\ny', 'a"b c"d', "'a\\b' \"a\\\"b\\$c\\d\"", '', '""', "''", 'a=1 b="2 3"',
         'echo $HOME; ls|grep x', 'mixed\ttabs\nnewlines', "don''t", 'é ü']
for s in cases:
    print(repr(s))
    for posix in (True, False):
        for comments in (False, True):
            try:
                print('  ', posix, comments, shlex.split(s, comments, posix))
            except ValueError as e:
                print('  ', type(e).__name__, e)
for bad in ['"open', "'open", 'trail\\']:
    for posix in (True, False):
        try:
            print(repr(bad), posix, shlex.split(bad, posix=posix))
        except ValueError as e:
            print(repr(bad), posix, type(e).__name__, e)

for s in ['', 'abc', 'a b', "it's", 'a"b', '$x', 'safe@%+=:,./-_', 'tab\t', 'é']:
    print(repr(s), shlex.quote(s))
args = ['ls', '-l', 'my file', "it's", '']
j = shlex.join(args)
print(j, shlex.split(j) == args)

lx = shlex.shlex('a = b + "c d" # rest\nnext;line')
print(lx.get_token(), lx.get_token(), lx.lineno)
lx.push_token('PUSHED')
print(list(lx), lx.lineno, repr(lx.eof))
lx = shlex.shlex('a = b + "c d" # rest\nnext;line', posix=True)
print(list(lx), repr(lx.eof))
lx = shlex.shlex('a=b c;d "e f"', posix=True)
lx.whitespace_split = True
print(list(lx))
lx = shlex.shlex('x:y:z w', posix=True)
lx.whitespace += ':'
lx.commenters = ''
print(list(lx))
lx = shlex.shlex('path/to-file.txt other')
lx.wordchars += '/-.'
print(list(lx), lx.token == '')
