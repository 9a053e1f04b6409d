//! `-X sched=SEED`: a deterministic scheduler, so that a race reproduces from its seed.
//!
//! With it on, the interpreter lock is always on (in the free-threaded build too: threads are
//! serialised) and who holds it is decided here, not by the operating system. Each thread has
//! a number, given in the order threads start (the parent numbers its child before the child
//! runs). Exactly one thread has the *turn*; only it may take the lock. The holder counts its
//! safe points (the places where the GIL build may switch threads: backward jumps and calls)
//! and, at a count drawn from the seed, hands the turn to another runnable thread, also drawn
//! from the seed. Everything a thread would block on is made cooperative, so no wait depends
//! on the operating system's timing:
//!
//! * a lock wait (locks, conditions, events, queues, `join`) hands the turn on and tries again
//!   when it comes back;
//! * `time.sleep` marks the thread asleep until a *virtual* time and hands the turn on; virtual
//!   time moves on [`SAFE_POINT_NS`] per safe point, and jumps ahead to the next waking thread
//!   when nothing else can run;
//! * I/O and native work keep the turn (and the lock) while they run.
//!
//! The same program with the same seed then switches at the same places, so it prints the same
//! output every time (unless it prints what depends on the outside world: clocks, addresses,
//! input). The clocks programs read stay real.

use parking_lot::{Condvar, Mutex};
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering::Relaxed};

/// Virtual time a safe point takes (about what one costs: sleeps last roughly as long as
/// they would).
pub(crate) const SAFE_POINT_NS: u64 = 100;
/// Safe points between switches, on average, unless the option says otherwise.
pub const DEFAULT_MEAN: u64 = 100;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Is {
    Runnable,
    /// Asleep until this virtual time.
    Asleep(u64),
    /// Waiting for a lock (until a virtual deadline, if it has one); `seen`: the
    /// [`State::progress`] count when it last found the lock taken. Retrying is worth it only
    /// once another thread has made progress since.
    Waiting {
        deadline: Option<u64>,
        seen: u64,
    },
    Done,
}

struct State {
    /// splitmix64's state.
    rng: u64,
    mean: u64,
    /// Every thread numbered so far, by number (index + 1).
    threads: Vec<Is>,
    /// The thread whose turn it is (0: nobody yet).
    turn: u64,
    /// Virtual time, in nanoseconds.
    now: u64,
    /// Safe points left before the next switch.
    countdown: u64,
    /// Counts what may let a waiting thread go on: safe points run, locks let go, threads
    /// ended.
    progress: u64,
}

static ON: AtomicBool = AtomicBool::new(false);
static STATE: Mutex<State> = Mutex::new(State {
    rng: 0,
    mean: DEFAULT_MEAN,
    threads: Vec::new(),
    turn: 0,
    now: 0,
    countdown: 1,
    progress: 0,
});
/// Notified whenever the turn changes.
static TURN: Condvar = Condvar::new();

thread_local! {
    /// This thread's number (0: not numbered yet).
    static ME: Cell<u64> = const { Cell::new(0) };
}

/// Turns the scheduler on, before any thread runs Gilt code: switches come at counts drawn
/// from `seed`, `mean` safe points apart on average.
pub fn start(seed: u64, mean: u64) {
    let mut st = STATE.lock();
    st.rng = seed;
    st.mean = mean.max(1);
    st.countdown = st.draw();
    ON.store(true, Relaxed);
}

/// Whether the scheduler is on.
#[inline]
pub(crate) fn on() -> bool {
    ON.load(Relaxed)
}

impl State {
    fn next(&mut self) -> u64 {
        self.rng = self.rng.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.rng;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Safe points until the next switch: 1 to twice the mean.
    fn draw(&mut self) -> u64 {
        let span = 2 * self.mean;
        1 + self.next() % span
    }

    fn is(&self, id: u64) -> Is {
        self.threads[(id - 1) as usize]
    }

    fn set(&mut self, id: u64, is: Is) {
        self.threads[(id - 1) as usize] = is;
    }

    fn number(&mut self) -> u64 {
        self.threads.push(Is::Runnable);
        self.threads.len() as u64
    }

    /// Whether thread `t` can be drawn: it can run, or it waits and something happened
    /// since it last tried (or its deadline has passed).
    fn can_run(&self, t: u64) -> bool {
        match self.is(t) {
            Is::Runnable => true,
            Is::Waiting { deadline, seen } => {
                seen != self.progress || deadline.is_some_and(|d| d <= self.now)
            }
            Is::Asleep(_) | Is::Done => false,
        }
    }

    /// Who runs next, drawn from the seed among the threads that can. When none can, virtual
    /// time moves on to the first sleeper's waking or waiter's deadline; when nothing will
    /// ever change, this thread goes on (a deadlock, as it would be without the scheduler).
    fn pick(&mut self, me: u64, why: Why) -> u64 {
        loop {
            let now = self.now;
            for is in self.threads.iter_mut() {
                if matches!(is, Is::Asleep(t) if *t <= now) {
                    *is = Is::Runnable;
                }
            }
            let mut candidates: Vec<u64> = (1..=self.threads.len() as u64)
                .filter(|&t| self.can_run(t) && (t != me || why != Why::Switch))
                .collect();
            if !candidates.is_empty() {
                let i = (self.next() % candidates.len() as u64) as usize;
                return candidates.swap_remove(i);
            }
            if why == Why::Switch {
                return me;
            }
            let next_change = self
                .threads
                .iter()
                .filter_map(|is| match *is {
                    Is::Asleep(t) => Some(t),
                    Is::Waiting {
                        deadline: Some(d), ..
                    } => Some(d),
                    _ => None,
                })
                .filter(|&t| t > now)
                .min();
            match next_change {
                Some(t) => self.now = t,
                None => return me,
            }
        }
    }
}

/// Why the thread holding the turn hands it on.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Why {
    /// It let go of the lock: anyone may be drawn, itself included.
    Left,
    /// Its count of safe points ran out: another thread, if one can run.
    Switch,
    /// It waits or sleeps (its state says which): another thread, moving virtual time on if
    /// none can run.
    Blocked,
}

/// This thread's number, numbering it now if it has none (the first thread gets the turn).
fn me(st: &mut State) -> u64 {
    let id = ME.with(|m| m.get());
    if id != 0 {
        return id;
    }
    let id = st.number();
    if st.turn == 0 {
        st.turn = id;
    }
    ME.with(|m| m.set(id));
    id
}

/// Before taking the lock: waits for this thread's turn.
pub(crate) fn wait_turn() {
    let mut st = STATE.lock();
    let me = me(&mut st);
    while st.turn != me {
        TURN.wait(&mut st);
    }
}

/// At a safe point of the thread holding the lock: true when it is time to switch.
pub(crate) fn due() -> bool {
    let mut st = STATE.lock();
    st.now += SAFE_POINT_NS;
    st.progress += 1;
    st.countdown -= 1;
    if st.countdown > 0 {
        return false;
    }
    st.countdown = st.draw();
    true
}

/// The thread holding the turn chooses who runs next; None: this thread goes on.
pub(crate) fn choose(why: Why) -> Option<u64> {
    let mut st = STATE.lock();
    let me = me(&mut st);
    let next = st.pick(me, why);
    (next != me).then_some(next)
}

/// Gives the turn to `next`.
pub(crate) fn hand_to(next: u64) {
    STATE.lock().turn = next;
    TURN.notify_all();
}

/// The thread let go of the lock (at the end of a call from outside, or for good): the turn
/// goes to whoever is drawn, this thread included.
pub(crate) fn left() {
    if let Some(next) = choose(Why::Left) {
        hand_to(next);
    }
}

/// Marks this thread asleep until `for_ns` of virtual time from now; returns that time.
pub(crate) fn fall_asleep(for_ns: u64) -> u64 {
    let mut st = STATE.lock();
    let me = me(&mut st);
    let until = st.now.saturating_add(for_ns);
    st.set(me, Is::Asleep(until));
    until
}

/// Marks this thread waiting for a lock it found taken, until `deadline` in virtual time.
pub(crate) fn wait_for(deadline: Option<u64>) {
    let mut st = STATE.lock();
    let me = me(&mut st);
    let seen = st.progress;
    st.set(me, Is::Waiting { deadline, seen });
}

/// This thread has the turn again, after sleeping or waiting: it runs.
pub(crate) fn awake() {
    let mut st = STATE.lock();
    let me = me(&mut st);
    if matches!(st.is(me), Is::Asleep(_) | Is::Waiting { .. }) {
        st.set(me, Is::Runnable);
    }
}

/// Something a waiting thread may wait for happened (a lock was let go).
pub(crate) fn progress() {
    if on() {
        STATE.lock().progress += 1;
    }
}

/// Virtual time now.
pub(crate) fn now() -> u64 {
    STATE.lock().now
}

/// This thread will not run Gilt code again (called before its last release).
pub(crate) fn done() {
    let mut st = STATE.lock();
    let me = me(&mut st);
    st.set(me, Is::Done);
    st.progress += 1;
}

/// Numbers a thread about to start (called by its parent, holding the turn); the child
/// [`adopt`]s the number before it first takes the lock.
pub(crate) fn number_child() -> Option<u64> {
    on().then(|| STATE.lock().number())
}

/// Takes the number [`number_child`] gave this thread.
pub(crate) fn adopt(id: u64) {
    ME.with(|m| m.set(id));
}

/// A numbered child could not be started.
pub(crate) fn never_started(id: u64) {
    STATE.lock().set(id, Is::Done);
}

#[cfg(all(test, not(loom)))]
mod tests {
    use super::*;

    fn state(seed: u64, threads: Vec<Is>) -> State {
        State {
            rng: seed,
            mean: 10,
            threads,
            turn: 1,
            now: 0,
            countdown: 1,
            progress: 0,
        }
    }

    #[test]
    fn the_same_seed_draws_the_same_switches() {
        let draws = |seed| {
            let mut st = state(seed, vec![Is::Runnable; 4]);
            (0..20)
                .map(|_| (st.draw(), st.pick(1, Why::Switch)))
                .collect::<Vec<_>>()
        };
        assert_eq!(draws(7), draws(7));
        assert_ne!(draws(7), draws(8));
        assert!(draws(7)
            .iter()
            .all(|&(n, t)| (1..=20).contains(&n) && t != 1));
    }

    #[test]
    fn with_nobody_runnable_time_jumps_to_the_first_change() {
        let waiting = |deadline| Is::Waiting { deadline, seen: 0 };
        let mut st = state(1, vec![waiting(None), Is::Asleep(500), Is::Asleep(300)]);
        assert_eq!(st.pick(1, Why::Blocked), 3);
        assert_eq!(st.now, 300);
        assert_eq!(st.is(2), Is::Asleep(500));
        // a running thread whose count ran out goes on: sleepers wake in virtual time only
        let mut st = state(1, vec![Is::Runnable, Is::Asleep(500)]);
        assert_eq!(st.pick(1, Why::Switch), 1);
        assert_eq!(st.now, 0);
        // two threads waiting on each other with nothing new: the first deadline comes
        let mut st = state(1, vec![waiting(Some(200)), waiting(Some(900))]);
        assert_eq!(st.pick(1, Why::Blocked), 1);
        assert_eq!(st.now, 200);
        // a waiter is drawn again once another thread made progress
        st.progress += 1;
        st.now = 0;
        assert!(st.can_run(2));
        // nothing will ever change: the thread goes on
        let mut st = state(1, vec![waiting(None), Is::Done]);
        assert_eq!(st.pick(1, Why::Blocked), 1);
    }
}
