# Gilt benchmark: building strings.
# Formats many small values with f-strings (including format specs) and
# str.format, assembles them with str.join and +=, and then takes the result
# apart again with split.  Measures int/float-to-string conversion, format
# spec handling, and allocation of many short strings.

NAMES = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf",
         "hotel", "india", "juliet", "kilo", "lima", "mike"]


def render_rows(n):
    rows = []
    for i in range(n):
        name = NAMES[i % 13]
        value = (i * 37 % 1000) / 8.0
        rows.append(f"{i:6d} | {name:<8} | {value:9.3f} | {i % 7 == 0}")
    return "\n".join(rows)


def render_csv(n):
    lines = []
    for i in range(n):
        cells = [str(i), str(i * i % 10007), NAMES[i % 13], str(i / 4)]
        lines.append(",".join(cells))
    return "\n".join(lines)


def render_format(n):
    parts = []
    for i in range(n):
        parts.append("{}:{:>5}/{:05d}".format(NAMES[i % 13], i % 1000, i))
    return ";".join(parts)


def concat_pieces(n):
    # Grow strings with += in bounded chunks, collecting the chunks in a list.
    chunks = []
    s = ""
    for i in range(n):
        s += f"<{i % 100}>"
        if len(s) > 400:
            chunks.append(s)
            s = ""
    chunks.append(s)
    return "".join(chunks)


def check_table(n):
    table = render_rows(n)
    lines = table.split("\n")
    return len(table), len(lines), lines[3], lines[len(lines) - 1]


def check_csv(n):
    csv = render_csv(n)
    total = 0
    sample = ""
    for i, line in enumerate(csv.split("\n")):
        fields = line.split(",")
        total = (total + int(fields[1]) + len(fields[3])) % 1000000007
        if i == 5:
            sample = line
    return len(csv), total, sample


def check_format(n):
    fmt = render_format(n)
    words = fmt.split(";")
    return len(fmt), len(words), words[7], words[len(words) - 1]


def check_tags(n):
    tags = concat_pieces(n)
    pieces = tags.split(">")
    return len(tags), len(pieces), pieces[12345]


def main():
    t_len, t_lines, t_row3, t_last = check_table(300000)
    c_len, c_sum, c_row5 = check_csv(300000)
    f_len, f_words, f_word7, f_last = check_format(300000)
    g_len, g_pieces, g_piece = check_tags(1200000)
    print(f"table: {t_len} chars, {t_lines} lines, last row: {t_last}")
    print(f"csv: {c_len} chars, checksum {c_sum}")
    print(f"format: {f_len} chars, {f_words} words, last={f_last}")
    print(f"tags: {g_len} chars, {g_pieces} pieces, piece[12345]={g_piece}")
    print("sample: " + " | ".join([t_row3, c_row5, f_word7]))


main()
