# An exception raised by __del__ is printed ("Exception ignored in: ...") and never
# propagates: the program carries on, also when the object dies in a collected cycle.
import gc


class Bad:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        raise ValueError("cannot finalize " + self.name)


class Plain:
    def __del__(self):
        print("plain finalized")
        1 / 0


p = Plain()
del p
print("after plain")
b = Bad("cycle")
del b
print("collected", gc.collect() > 0)
print("end")
