# Gilt benchmark: float arithmetic.
# A small gravitational n-body system integrated with a symplectic Euler
# scheme.  Each body is a plain list [x, y, z, vx, vy, vz, mass]; the hot loop
# is float +, -, *, /, ** on list elements plus tuple unpacking in for loops.
# Units are chosen so that G = 1.  The system (one heavy star and five
# planets on slightly inclined, roughly circular orbits) is made up for this
# benchmark.


def make_system():
    star_mass = 1000.0
    bodies = [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, star_mass]]
    # (orbit radius, mass, phase as a fraction of a turn, inclination factor)
    planets = [
        (4.0, 0.05, 0.00, 0.010),
        (7.5, 0.40, 0.21, -0.020),
        (11.0, 1.30, 0.47, 0.015),
        (16.0, 0.90, 0.73, 0.030),
        (23.0, 0.15, 0.91, -0.012),
    ]
    for radius, mass, phase, tilt in planets:
        # A crude cos/sin of the phase angle from a short Taylor series keeps
        # the program free of imports.
        angle = phase * 6.283185307179586
        c = 1.0
        s = 0.0
        term_c = 1.0
        term_s = angle
        k = 1
        while k < 30:
            s += term_s
            term_c = -term_c * angle * angle / ((2 * k - 1) * (2 * k))
            c += term_c
            term_s = -term_s * angle * angle / ((2 * k) * (2 * k + 1))
            k += 1
        speed = (star_mass / radius) ** 0.5
        bodies.append([
            radius * c,
            radius * s,
            radius * tilt,
            -speed * s,
            speed * c,
            speed * tilt * 0.5,
            mass,
        ])
    return bodies


def offset_momentum(bodies):
    px = 0.0
    py = 0.0
    pz = 0.0
    for b in bodies:
        px += b[3] * b[6]
        py += b[4] * b[6]
        pz += b[5] * b[6]
    star = bodies[0]
    star[3] = -px / star[6]
    star[4] = -py / star[6]
    star[5] = -pz / star[6]


def make_pairs(bodies):
    pairs = []
    n = len(bodies)
    for i in range(n):
        for j in range(i + 1, n):
            pairs.append((bodies[i], bodies[j]))
    return pairs


def energy(bodies, pairs):
    e = 0.0
    for b in bodies:
        e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5])
    for b1, b2 in pairs:
        dx = b1[0] - b2[0]
        dy = b1[1] - b2[1]
        dz = b1[2] - b2[2]
        e -= b1[6] * b2[6] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for b1, b2 in pairs:
            dx = b1[0] - b2[0]
            dy = b1[1] - b2[1]
            dz = b1[2] - b2[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            m1 = b1[6] * mag
            m2 = b2[6] * mag
            b1[3] -= dx * m2
            b1[4] -= dy * m2
            b1[5] -= dz * m2
            b2[3] += dx * m1
            b2[4] += dy * m1
            b2[5] += dz * m1
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


def main():
    bodies = make_system()
    offset_momentum(bodies)
    pairs = make_pairs(bodies)
    e0 = energy(bodies, pairs)
    advance(bodies, pairs, 0.001, 150000)
    e1 = energy(bodies, pairs)
    print(f"energy before: {e0:.9f}")
    print(f"energy after:  {e1:.9f}")
    far = max([b[0] * b[0] + b[1] * b[1] + b[2] * b[2] for b in bodies])
    print(f"max distance^2 from origin: {far:.6f}")


main()
