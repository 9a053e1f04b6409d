import html

for s in ['plain', '<a href="x">Tom & Jerry\'s</a>', '&amp;', '', '"\'<>&']:
    print(repr(html.escape(s)), repr(html.escape(s, quote=False)), repr(html.escape(s, False)))

cases = ['no refs', '&amp; &lt; &gt; &quot; &#x27; &#39;', '&amp', '&ampx', '&amp;x', '&notit; &notin; &noti',
         '&copy2023', '&unknown; &', '&#65;&#x41;&#X41;&#65&#x41', '&#0; &#13; &#128; &#129; &#150;',
         '&#xd800; &#1114112; &#99999999999999;', '&#1; &#x7f; &#xfffe; &#x10ffff;',
         '&#128512; &#x1F600;', '&NotNestedGreaterGreater; &nGt; &bne;', '&AElig &Aacute; &aacute',
         '&&amp;&&', '&#; &#x; &#xg;', '&;', '&lt;p&gt;Hello&lt;/p&gt;', '&fjlig; &ThickSpace;',
         '&' + 'a' * 40 + ';', '&gt&lt&amp']
for s in cases:
    r = html.unescape(s)
    print(repr(s), repr(r), [hex(ord(c)) for c in r if ord(c) > 126])
print(html.unescape(html.escape('<&>"\'')) == '<&>"\'')
try:
    html.escape(None)
except Exception as e:
    print(type(e).__name__, e)
try:
    html.unescape(5)
except Exception as e:
    print(type(e).__name__, e)
print(sorted(html.__all__))
