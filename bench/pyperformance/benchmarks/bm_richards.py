"""Martin Richards' operating-system simulation (pyperformance "richards"
workload): an idle task, a worker, two handlers and two devices exchange
packets through a priority scheduler. One iteration queues 23,246 packets
and holds 9,297 times; both counts are checked.
"""

import pyperf

I_IDLE, I_WORK, I_HANDLERA, I_HANDLERB, I_DEVA, I_DEVB = 1, 2, 3, 4, 5, 6
K_DEV, K_WORK = 1000, 1001
BUFSIZE = 4
BUFSIZE_RANGE = range(BUFSIZE)
EXPECTED_QPKT, EXPECTED_HOLD = 23246, 9297


class Packet(object):
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class IdleRec(object):
    def __init__(self):
        self.control = 1
        self.count = 10000


class WorkRec(object):
    def __init__(self):
        self.destination = I_HANDLERA
        self.count = 0


class HandlerRec(object):
    def __init__(self):
        self.work_in = None
        self.device_in = None


class DeviceRec(object):
    def __init__(self):
        self.pending = None


class Scheduler(object):
    """Holds what the original keeps in globals: the task table and counters."""

    def __init__(self):
        self.tasks = [None] * 10
        self.task_list = None
        self.hold_count = 0
        self.qpkt_count = 0


class Task(object):
    def __init__(self, sched, ident, priority, queue, pending, waiting, handle):
        self.sched = sched
        self.link = sched.task_list
        self.ident = ident
        self.priority = priority
        self.input = queue
        self.pending = pending
        self.waiting = waiting
        self.holding = False
        self.handle = handle
        sched.task_list = self
        sched.tasks[ident] = self

    def held_or_waiting(self):
        return self.holding or (not self.pending and self.waiting)

    def add_packet(self, packet, old):
        if self.input is None:
            self.input = packet
            self.pending = True
            if self.priority > old.priority:
                return self
        else:
            packet.append_to(self.input)
        return old

    def run(self):
        if self.pending and self.waiting and not self.holding:
            msg = self.input
            self.input = msg.link
            self.waiting = False
            self.pending = self.input is not None
        else:
            msg = None
        return self.step(msg, self.handle)

    def wait(self):
        self.waiting = True
        return self

    def hold(self):
        self.sched.hold_count += 1
        self.holding = True
        return self.link

    def release(self, ident):
        t = self.sched.tasks[ident]
        t.holding = False
        return t if t.priority > self.priority else self

    def qpkt(self, packet):
        t = self.sched.tasks[packet.ident]
        self.sched.qpkt_count += 1
        packet.link = None
        packet.ident = self.ident
        return t.add_packet(packet, self)


class DeviceTask(Task):
    def step(self, packet, rec):
        if packet is None:
            packet = rec.pending
            if packet is None:
                return self.wait()
            rec.pending = None
            return self.qpkt(packet)
        rec.pending = packet
        return self.hold()


class HandlerTask(Task):
    def step(self, packet, rec):
        if packet is not None:
            if packet.kind == K_WORK:
                rec.work_in = packet.append_to(rec.work_in)
            else:
                rec.device_in = packet.append_to(rec.device_in)
        work = rec.work_in
        if work is None:
            return self.wait()
        count = work.datum
        if count >= BUFSIZE:
            rec.work_in = work.link
            return self.qpkt(work)
        dev = rec.device_in
        if dev is None:
            return self.wait()
        rec.device_in = dev.link
        dev.datum = work.data[count]
        work.datum = count + 1
        return self.qpkt(dev)


class IdleTask(Task):
    def step(self, packet, rec):
        rec.count -= 1
        if rec.count == 0:
            return self.hold()
        if rec.control & 1 == 0:
            rec.control //= 2
            return self.release(I_DEVA)
        rec.control = (rec.control // 2) ^ 0xD008
        return self.release(I_DEVB)


class WorkTask(Task):
    def step(self, packet, rec):
        if packet is None:
            return self.wait()
        dest = I_HANDLERB if rec.destination == I_HANDLERA else I_HANDLERA
        rec.destination = dest
        packet.ident = dest
        packet.datum = 0
        for i in BUFSIZE_RANGE:
            rec.count += 1
            if rec.count > 26:
                rec.count = 1
            packet.data[i] = ord("A") + rec.count - 1
        return self.qpkt(packet)


def schedule(sched):
    t = sched.task_list
    while t is not None:
        if t.held_or_waiting():
            t = t.link
        else:
            t = t.run()


def richards_once():
    s = Scheduler()
    IdleTask(s, I_IDLE, 1, None, False, False, IdleRec())
    q = Packet(Packet(None, 0, K_WORK), 0, K_WORK)
    WorkTask(s, I_WORK, 1000, q, True, True, WorkRec())
    q = Packet(Packet(Packet(None, I_DEVA, K_DEV), I_DEVA, K_DEV), I_DEVA, K_DEV)
    HandlerTask(s, I_HANDLERA, 2000, q, True, True, HandlerRec())
    q = Packet(Packet(Packet(None, I_DEVB, K_DEV), I_DEVB, K_DEV), I_DEVB, K_DEV)
    HandlerTask(s, I_HANDLERB, 3000, q, True, True, HandlerRec())
    DeviceTask(s, I_DEVA, 4000, None, False, True, DeviceRec())
    DeviceTask(s, I_DEVB, 5000, None, False, True, DeviceRec())
    schedule(s)
    if s.hold_count != EXPECTED_HOLD or s.qpkt_count != EXPECTED_QPKT:
        raise RuntimeError("richards self-check failed: hold=%d qpkt=%d"
                           % (s.hold_count, s.qpkt_count))


def richards(iterations):
    for _ in range(iterations):
        richards_once()


if __name__ == "__main__":
    runner = pyperf.Runner()
    runner.metadata["description"] = "The Richards benchmark"
    runner.bench_func("richards", richards, 1)
