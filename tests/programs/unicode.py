# Unicode strings are indexed by code point.
s = 'héllo'
print(len(s), s[1], s[1:3], s[::-1])
w = 'naïve café'
print(len(w), w.upper(), w.title())
print(w.find('é'), w.index('c'), w.split(' '))
jp = '日本語テキスト'
print(len(jp), jp[0], jp[-1], jp[2:5])
print(ord('é'), ord('日'), chr(233), chr(26085), chr(65))
print(ord('A'), ord('a'), ord('0'), chr(97 + 25))
emoji = 'a😀b'
print(len(emoji), emoji[1], emoji[2], ord(emoji[1]))
print('ß'.upper(), 'Straße'.lower())
print('é' in s, 'e' in s)
print(f"{'é':>3}|{'日本':^6}|")
print([c for c in 'añb'])
print('ü'.isalpha(), '٣'.isdigit(), 'Ω'.isupper())
print(sorted('zéa'))
print('-'.join(list('日本')))
print('ab' < 'aé', 'é' > 'z')
print(repr('ünïcödé'))
print('€%s' % 5, str('€') * 3)
print(s.replace('é', 'e'), s.center(9, '·'))
