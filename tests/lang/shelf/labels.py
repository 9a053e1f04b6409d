def tag(item):
    return "[" + item + "] from " + __name__ + " in " + __package__


_hidden = "not exported"
shown = "exported"
