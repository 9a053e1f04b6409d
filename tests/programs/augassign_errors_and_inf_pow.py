# Augmented assignment errors name the augmented operator; pow of -inf to a fraction is real.
class C:
    pass
o = C()
try:
    o += 1
except TypeError as e:
    print(e)
x = []
try:
    x -= 1
except TypeError as e:
    print(e)
print(float('-inf') ** 0.5)
print(float('-inf') ** 1.5)
print(float('-inf') ** -0.5)
