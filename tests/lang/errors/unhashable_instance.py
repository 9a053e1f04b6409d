# A class defining __eq__ without __hash__ cannot be put in a set.
class Tag:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Tag) and self.name == other.name


tags = [Tag("a"), Tag("b"), Tag("a")]
print(tags[0] == tags[2], tags[0] in tags)
unique = set(tags)
