# Unicode case operations as CPython: full case folding, titlecase mappings, final sigma, and
# isalpha/isalnum/isupper/islower/istitle by general category.
print('straße'.casefold(), '\ufb01'.casefold(), 'ΣΑΣ'.casefold(), 'İ'.casefold() == 'i\u0307', 'ﬃ'.casefold())
print('Ꭰ'.casefold() == 'Ꭰ', 'ꭰ'.casefold() == 'Ꭰ', 'ſ'.casefold(), 'MASSE'.casefold() == 'Maße'.casefold())
print('\u01c5'.title(), '\u01c5x'.title(), '\u01c6a'.capitalize(), 'ǆemal ǳ'.title(), 'ß'.title(), 'ßa'.capitalize())
print('ﬁx ﬂy'.title(), 'ŉ'.title(), 'hello world'.title(), "they're bill's".title(), 'ǈ'.title(), 'ᾳ'.title())
print('ΑΣ'.swapcase(), 'ΑΣ Σ'.title(), 'AΣ'.capitalize(), 'ΣΑΣ.'.lower(), 'ΟΔΟΣ ΣΑΣ'.title(), 'Σ'.lower())
print('\u2167'.isalpha(), '\u3007'.isalpha(), 'ा'.isalpha(), '\u0345'.isalpha(), 'ǅ'.isalpha(), 'ʰ'.isalpha())
print('a\u2167'.isalnum(), '½'.isalnum(), 'ा'.isalnum(), '٣'.isalnum(), 'abc1'.isalnum(), ''.isalpha())
print('Aǅ'.isupper(), 'aǅ'.islower(), 'ǅ'.istitle(), 'ǅa'.istitle(), 'Aǅ'.istitle(), 'ǅ'.isupper(), 'ǅ'.islower())
print('ABC'.isupper(), 'abc'.islower(), 'Abc Def'.istitle(), 'ABC'.istitle(), 'ⅷ'.islower(), 'Ⅷ'.isupper())
print('ǅǅ'.swapcase(), 'ǅ'.upper(), 'ǅ'.lower(), 'ﬁ'.upper(), 'İ'.lower() == 'i\u0307')
