# N-body simulation of the Jovian planets with a Body class.
import math

PI = math.pi
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


class Body:
    def __init__(self, name, pos, vel, mass):
        self.name = name
        self.x, self.y, self.z = pos
        self.vx, self.vy, self.vz = (v * DAYS_PER_YEAR for v in vel)
        self.mass = mass * SOLAR_MASS

    def kinetic(self):
        return 0.5 * self.mass * (self.vx * self.vx + self.vy * self.vy + self.vz * self.vz)

    def distance_to(self, other):
        dx, dy, dz = self.x - other.x, self.y - other.y, self.z - other.z
        return math.sqrt(dx * dx + dy * dy + dz * dz)

    def __repr__(self):
        return f"Body({self.name}, x={self.x:.6f}, y={self.y:.6f}, z={self.z:.6f})"


class System:
    def __init__(self, bodies):
        self.bodies = bodies
        self.pairs = [(a, b) for i, a in enumerate(bodies) for b in bodies[i + 1:]]
        self.offset_momentum()

    def offset_momentum(self):
        px = sum(b.vx * b.mass for b in self.bodies)
        py = sum(b.vy * b.mass for b in self.bodies)
        pz = sum(b.vz * b.mass for b in self.bodies)
        sun = self.bodies[0]
        sun.vx = -px / SOLAR_MASS
        sun.vy = -py / SOLAR_MASS
        sun.vz = -pz / SOLAR_MASS

    def energy(self):
        e = sum(b.kinetic() for b in self.bodies)
        for a, b in self.pairs:
            e -= a.mass * b.mass / a.distance_to(b)
        return e

    def advance(self, dt, steps):
        for _ in range(steps):
            for a, b in self.pairs:
                dx, dy, dz = a.x - b.x, a.y - b.y, a.z - b.z
                d2 = dx * dx + dy * dy + dz * dz
                mag = dt / (d2 * math.sqrt(d2))
                bm = b.mass * mag
                am = a.mass * mag
                a.vx -= dx * bm
                a.vy -= dy * bm
                a.vz -= dz * bm
                b.vx += dx * am
                b.vy += dy * am
                b.vz += dz * am
            for body in self.bodies:
                body.x += dt * body.vx
                body.y += dt * body.vy
                body.z += dt * body.vz


def make_system():
    return System([
        Body("sun", (0.0, 0.0, 0.0), (0.0, 0.0, 0.0), 1.0),
        Body("jupiter",
             (4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01),
             (1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05),
             9.54791938424326609e-04),
        Body("saturn",
             (8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01),
             (-2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05),
             2.85885980666130812e-04),
        Body("uranus",
             (1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01),
             (2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05),
             4.36624404335156298e-05),
        Body("neptune",
             (1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01),
             (2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05),
             5.15138902046611451e-05),
    ])


system = make_system()
print(f"{system.energy():.9f}")
for chunk in range(4):
    system.advance(0.01, 500)
    print(f"after {(chunk + 1) * 500} steps: {system.energy():.9f}")
for b in system.bodies:
    print(b)
print(sorted((b.name for b in system.bodies), key=lambda n: -len(n)))
