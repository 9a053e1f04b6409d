# A small Richards-style operating-system simulation: tasks, packets, a scheduler.
IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is not None
        self.held = False
        self.runs = 0

    def ready(self):
        return not self.held and (not self.waiting or self.queue is not None)

    def take_packet(self):
        packet = self.queue
        self.queue = packet.link
        self.waiting = False
        return packet

    def run(self, packet):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}#{self.ident}"


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, count):
        super().__init__(scheduler, ident, priority, None)
        self.control = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_current()
        if self.control & 1 == 0:
            self.control //= 2
            return self.scheduler.release(DEVICE_A)
        self.control = (self.control // 2) ^ 0xD008
        return self.scheduler.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.destination = HANDLER_A
        self.count = 0

    def run(self, packet):
        if packet is None:
            return self.scheduler.wait_current()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(4):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = ord("A") + self.count - 1
        return self.scheduler.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.work_in = None
        self.device_in = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_in = packet.append_to(self.work_in)
            else:
                self.device_in = packet.append_to(self.device_in)
        if self.work_in is not None:
            work = self.work_in
            count = work.datum
            if count < 4:
                if self.device_in is not None:
                    dev = self.device_in
                    self.device_in = dev.link
                    dev.datum = work.data[count]
                    work.datum = count + 1
                    return self.scheduler.queue_packet(dev)
            else:
                self.work_in = work.link
                return self.scheduler.queue_packet(work)
        return self.scheduler.wait_current()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        super().__init__(scheduler, ident, priority, None)
        self.pending = None
        self.output = []

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.scheduler.wait_current()
            p = self.pending
            self.pending = None
            return self.scheduler.queue_packet(p)
        self.pending = packet
        self.output.append(chr(packet.datum))
        return self.scheduler.hold_current()


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.current = None
        self.queue_count = 0
        self.hold_count = 0
        self.switches = 0

    def add(self, task):
        self.tasks[task.ident] = task

    def by_priority(self):
        return sorted(self.tasks.values(), key=lambda t: -t.priority)

    def schedule(self):
        while True:
            runnable = [t for t in self.by_priority() if t.ready()]
            if not runnable:
                break
            task = runnable[0]
            self.current = task
            self.switches += 1
            task.runs += 1
            packet = task.take_packet() if task.waiting and task.queue is not None else None
            if packet is None and task.queue is not None and not isinstance(task, IdleTask):
                packet = task.take_packet()
            task.run(packet)

    def release(self, ident):
        self.tasks[ident].held = False
        return self.tasks[ident]

    def hold_current(self):
        self.hold_count += 1
        self.current.held = True
        return self.current

    def wait_current(self):
        self.current.waiting = True
        return self.current

    def queue_packet(self, packet):
        target = self.tasks.get(packet.ident)
        if target is None:
            return None
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        target.queue = packet.append_to(target.queue)
        return target


def build(count):
    s = Scheduler()
    s.add(IdleTask(s, IDLE, 0, count))
    wq = Packet(None, WORKER, KIND_WORK)
    wq = Packet(wq, WORKER, KIND_WORK)
    s.add(WorkerTask(s, WORKER, 1000, wq))
    for handler, device in [(HANDLER_A, DEVICE_A), (HANDLER_B, DEVICE_B)]:
        q = Packet(None, device, KIND_DEVICE)
        q = Packet(q, device, KIND_DEVICE)
        q = Packet(q, device, KIND_DEVICE)
        s.add(HandlerTask(s, handler, 2000 + handler, q))
    s.add(DeviceTask(s, DEVICE_A, 4000))
    s.add(DeviceTask(s, DEVICE_B, 5000))
    return s


for count in [10, 100, 500]:
    s = build(count)
    s.schedule()
    print(f"count={count}: switches={s.switches} queued={s.queue_count} held={s.hold_count}")
    print("  runs:", {repr(t): t.runs for t in s.by_priority()})
    print("  device A output:", "".join(s.tasks[DEVICE_A].output)[:40])
    print("  device B output:", "".join(s.tasks[DEVICE_B].output)[:40])
